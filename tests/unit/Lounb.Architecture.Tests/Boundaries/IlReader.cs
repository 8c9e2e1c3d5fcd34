using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;

namespace Lounb.Architecture.Tests.Boundaries;

/// <summary>One instruction whose operand is a metadata token (a type, method, field or ldtoken operand).</summary>
internal readonly record struct TokenInstruction(OpCode OpCode, int Token, int Offset);

/// <summary>
/// Walks a method body's IL with the opcode table of <see cref="OpCodes"/> and yields every instruction that
/// carries a metadata token. Operand sizes come from <see cref="OpCode.OperandType"/>, so no instruction is skipped or misread.
/// </summary>
internal static class IlReader
{
    private static readonly (OpCode?[] OneByte, OpCode?[] TwoByte) Table = LoadOpCodes();

    public static IReadOnlyList<TokenInstruction> TokenInstructions(byte[] il)
    {
        ArgumentNullException.ThrowIfNull(il);
        var found = new List<TokenInstruction>();
        var position = 0;
        while (position < il.Length)
        {
            var offset = position;
            OpCode? opCode;
            if (il[position] == 0xFE)
            {
                if (position + 1 >= il.Length)
                {
                    throw new InvalidOperationException($"IL ends inside a two-byte opcode at {offset}.");
                }

                opCode = Table.TwoByte[il[position + 1]];
                position += 2;
            }
            else
            {
                opCode = Table.OneByte[il[position]];
                position += 1;
            }

            if (opCode is not { } op)
            {
                throw new InvalidOperationException($"Unknown IL opcode 0x{il[offset]:X2} at offset {offset}.");
            }

            var operandSize = OperandSize(op.OperandType, il, position);
            if (position + operandSize > il.Length)
            {
                throw new InvalidOperationException($"IL ends inside the operand of {op.Name} at {offset}.");
            }

            if (op.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                found.Add(new TokenInstruction(op, BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(position, 4)), offset));
            }

            position += operandSize;
        }

        return found;
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineBrTarget or OperandType.InlineField or OperandType.InlineI or OperandType.InlineMethod
            or OperandType.InlineSig or OperandType.InlineString or OperandType.InlineTok or OperandType.InlineType
            or OperandType.ShortInlineR => 4,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(position, 4))),
        _ => throw new InvalidOperationException($"Unexpected operand type {type}."),
    };

    private static (OpCode?[] OneByte, OpCode?[] TwoByte) LoadOpCodes()
    {
        var oneByte = new OpCode?[0x100];
        var twoByte = new OpCode?[0x100];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode op)
            {
                continue;
            }

            var value = unchecked((ushort)op.Value);
            if (op.Size == 1)
            {
                oneByte[value] = op;
            }
            else
            {
                twoByte[value & 0xFF] = op;
            }
        }

        return (oneByte, twoByte);
    }
}
