namespace Lounb.Learning.Tests;

/// <summary>Reads downloaded PDFs back with poppler's pdftotext.</summary>
internal static class Pdfs
{
    /// <summary>The text of a PDF (-raw: one line per drawn line).</summary>
    public static string Text(byte[] bytes)
    {
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes[..4]), StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"lounb-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, bytes);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-raw", file, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The text with every run of white space (line ends included) made one space, so wrapped lines read as one.</summary>
    public static string Words(byte[] bytes) =>
        string.Join(' ', Text(bytes).Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
