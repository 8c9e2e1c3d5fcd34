using System.Text;
using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Tests.Text;

public sealed class SpreadsheetCsvTests
{
    [Fact]
    public void Decode_Utf8WithByteOrderMark_DropsTheMark()
    {
        var text = SpreadsheetCsv.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Область;Громада")], out var problem);

        Assert.Equal(("Область;Громада", SpreadsheetCsvProblem.None), (text, problem));
    }

    [Fact]
    public void Decode_Windows1251Bytes_NotUtf8()
    {
        // «Область» in Windows-1251, as Excel's plain "CSV" writes it.
        var text = SpreadsheetCsv.Decode([0xCE, 0xE1, 0xEB, 0xE0, 0xF1, 0xF2, 0xFC], out var problem);

        Assert.Equal((null, SpreadsheetCsvProblem.NotUtf8), (text, problem));
    }

    [Fact]
    public void Decode_BytesWithNul_NotText()
    {
        var text = SpreadsheetCsv.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], out var problem);

        Assert.Equal((null, SpreadsheetCsvProblem.NotText), (text, problem));
    }

    [Theory]
    [InlineData("a;b;c\n1,5;2;3", ";")]
    [InlineData("a,b,c\n1;2;3", ",")]
    [InlineData("a;b,c\n", ";")]
    [InlineData("single\n", ";")]
    public void Configuration_DelimiterComesFromTheHeaderLine(string text, string delimiter) =>
        Assert.Equal(delimiter, SpreadsheetCsv.Configuration(text).Delimiter);
}
