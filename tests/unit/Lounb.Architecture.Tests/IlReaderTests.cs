using System.Reflection.Emit;
using Lounb.Architecture.Tests.Boundaries;

namespace Lounb.Architecture.Tests;

public sealed class IlReaderTests
{
    [Fact]
    public void TokenInstructions_MixedOperandSizes_FindsEveryTokenAtItsOffset()
    {
        byte[] il =
        [
            0x20, 0x01, 0x00, 0x00, 0x00,                         // IL_0000 ldc.i4 1
            0x45, 0x02, 0x00, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, // IL_0005 switch (2 targets)
            0x21, 0, 0, 0, 0, 0, 0, 0, 0,                         // IL_0012 ldc.i8 0
            0x28, 0x01, 0x00, 0x00, 0x0A,                         // IL_001B call 0x0A000001
            0xFE, 0x15, 0x02, 0x00, 0x00, 0x01,                   // IL_0020 initobj 0x01000002
            0x0E, 0x03,                                           // IL_0026 ldarg.s 3
            0xD0, 0x03, 0x00, 0x00, 0x02,                         // IL_0028 ldtoken 0x02000003
            0x2A,                                                 // IL_002D ret
        ];

        var tokens = IlReader.TokenInstructions(il);

        Assert.Equal(
            [(OpCodes.Call, 0x0A000001, 0x1B), (OpCodes.Initobj, 0x01000002, 0x20), (OpCodes.Ldtoken, 0x02000003, 0x28)],
            tokens.Select(t => (t.OpCode, t.Token, t.Offset)));
    }

    [Fact]
    public void TokenInstructions_UnknownOpcode_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IlReader.TokenInstructions([0x00, 0xA6]));

        Assert.Contains("0xA6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenInstructions_OperandCutShort_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => IlReader.TokenInstructions([0x28, 0x01, 0x00]));
    }
}
