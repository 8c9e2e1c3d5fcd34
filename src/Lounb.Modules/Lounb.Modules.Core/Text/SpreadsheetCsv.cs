using System.Globalization;
using System.Text;
using CsvHelper.Configuration;

namespace Lounb.Modules.Core.Text;

/// <summary>Why an uploaded file cannot be read as a spreadsheet's CSV text.</summary>
public enum SpreadsheetCsvProblem
{
    None,

    /// <summary>Valid UTF-8 but holding NUL characters: a binary file (an .xlsx, a picture) sent as CSV.</summary>
    NotText,

    /// <summary>Not valid UTF-8 (Excel's "CSV" in a Windows code page).</summary>
    NotUtf8,
}

/// <summary>
/// Reading CSV files that people save from Excel or LibreOffice: strict UTF-8 with an optional byte-order mark, the
/// delimiter (';' or ',') guessed from the header line, cells trimmed, blank lines skipped, short or ragged rows left
/// for the importer to report line by line.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file, or <c>null</c> with the <paramref name="problem"/> that stops it.</summary>
    public static string? Decode(byte[] content, out SpreadsheetCsvProblem problem)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            problem = SpreadsheetCsvProblem.NotUtf8;
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            problem = SpreadsheetCsvProblem.NotText;
            return null;
        }

        problem = SpreadsheetCsvProblem.None;
        return text.TrimStart('\uFEFF');
    }

    /// <summary>The reader settings for <paramref name="text"/>: ';' when its header line has at least as many as ','.</summary>
    public static CsvConfiguration Configuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = text.Split('\n', 2)[0];
        return new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = header.Count(c => c == ';') >= header.Count(c => c == ',') ? ";" : ",",
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
    }
}
