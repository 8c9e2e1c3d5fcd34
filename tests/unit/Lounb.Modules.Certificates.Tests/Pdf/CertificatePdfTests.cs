using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Lounb.Modules.Certificates.Pdf;

namespace Lounb.Modules.Certificates.Tests.Pdf;

/// <summary>Renders real PDFs and reads them back with Debian's poppler-utils (pdftotext, pdfinfo, pdftoppm) and zbar-tools.</summary>
public sealed partial class CertificatePdfTests : IDisposable
{
    private const string Url = "https://learn.lounb.org.ua/certificates/verify/ЛОУНБ-2026-000123?c=7f3a9c2e";

    private readonly CertificatePdf _pdf = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("lounb-cert-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static CertificateDocument Sample(string? holder = null, string? achievement = null, IReadOnlyList<string>? details = null) => new(
        Title: "СЕРТИФІКАТ",
        HolderName: holder ?? "Олена Петрівна Шевчук",
        Achievement: achievement ?? "успішно завершила курс «Ґрунтовна медіаграмотність: її джерела, є й інші»",
        Details: details ?? ["обсягом 6 годин (0,2 кредиту ЄКТС) з 1 по 30 листопада 2026 року"],
        Number: "ЛОУНБ-2026-000123",
        IssuedOn: "29 листопада 2026 року",
        Issuer: "Луганська обласна універсальна наукова бібліотека",
        Signatories: [("Директор", "Ірина Коваленко"), ("Куратор курсу", "Богдан Ґудзь")],
        VerificationUrl: Url);

    [Fact]
    public void Renders_one_landscape_a4_page_with_extractable_ukrainian_text()
    {
        var bytes = _pdf.Render(Sample());

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var file = Write(bytes);

        var info = Run("pdfinfo", file);
        Assert.Matches(@"(?m)^Pages:\s+1$", info);
        var size = PageSize().Match(info);
        Assert.True(size.Success, "pdfinfo printed no page size:\n" + info);
        var width = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var height = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.True(width > height, $"page is {width} x {height} pt, not landscape");
        Assert.InRange(width, 841, 843); // A4: 297 mm
        Assert.InRange(height, 594, 596); // 210 mm

        var text = Run("pdftotext", "-layout", file, "-");
        Assert.Contains("Олена Петрівна Шевчук", text, StringComparison.Ordinal);
        Assert.Contains("ЛОУНБ-2026-000123", text, StringComparison.Ordinal);
        Assert.Contains("«Ґрунтовна", text, StringComparison.Ordinal);
        Assert.Contains("її", text, StringComparison.Ordinal);
        Assert.Contains("ЄКТС", text, StringComparison.Ordinal);
        Assert.Contains("СЕРТИФІКАТ", text, StringComparison.Ordinal);
        Assert.Contains("засвідчує, що", text, StringComparison.Ordinal);
        Assert.Contains("Луганська обласна універсальна наукова бібліотека", text, StringComparison.Ordinal);
        Assert.Contains("Ірина Коваленко", text, StringComparison.Ordinal);
        Assert.Contains("29 листопада 2026 року", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Qr_code_decodes_to_the_verification_url()
    {
        RequireTool("zbarimg", "zbar-tools");
        var file = Write(_pdf.Render(Sample()));
        var png = Path.Combine(_dir, "page");
        Run("pdftoppm", "-r", "150", "-png", "-singlefile", file, png);

        var decoded = Run("zbarimg", "--raw", "-q", png + ".png").Trim();

        Assert.Equal(Url, decoded);
    }

    [Fact]
    public void Very_long_texts_wrap_and_stay_on_the_page()
    {
        var holder = "Олександра-Анастасія Вікторія Костянтинівна Гнатюк-Шевченко-Ґонтаренко-Квітка-Основ'яненко";
        var achievement = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"слово{i}"))
            + " «Надзвичайнодовгесловобезпробілівякемаєрозірватисяпосимволахщобвміститисянасторінці»";
        var details = Enumerable.Range(1, 4).Select(i => $"рядок{i} " + string.Join(' ', Enumerable.Range(1, 25).Select(j => $"деталь{i}x{j}"))).ToList();
        var file = Write(_pdf.Render(Sample(holder, achievement, details)));

        Assert.Matches(@"(?m)^Pages:\s+1$", Run("pdfinfo", file));
        // raw (not -layout) order; only text inside the page's crop box is extracted
        var text = Run("pdftotext", "-raw", file, "-");
        var words = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var word in holder.Split(' ').Concat(Enumerable.Range(1, 40).Select(i => $"слово{i}")).Concat(details.SelectMany(d => d.Split(' '))))
        {
            Assert.Contains(word, words, StringComparison.Ordinal);
        }

        // the unbreakable word was broken by characters: all its letters are there, in order, across lines
        Assert.Contains("Надзвичайнодовгесловобезпробілівякемаєрозірватисяпосимволахщобвміститисянасторінці",
            text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // and every glyph lies inside the page: pdftotext -bbox reports word boxes
        var bbox = Run("pdftotext", "-bbox", file, "-");
        foreach (Match m in WordBox().Matches(bbox))
        {
            var xMax = double.Parse(m.Groups["xMax"].Value, CultureInfo.InvariantCulture);
            var yMax = double.Parse(m.Groups["yMax"].Value, CultureInfo.InvariantCulture);
            var xMin = double.Parse(m.Groups["xMin"].Value, CultureInfo.InvariantCulture);
            var yMin = double.Parse(m.Groups["yMin"].Value, CultureInfo.InvariantCulture);
            Assert.True(xMin >= 30 && yMin >= 30 && xMax <= 841.89 - 30 && yMax <= 595.28 - 30,
                $"word '{m.Groups["w"].Value}' at ({xMin},{yMin})-({xMax},{yMax}) is outside the frame");
        }
    }

    /// <summary>A 1 x 1 PNG (RGBA).</summary>
    internal static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [Fact]
    public void With_a_logo_and_a_signature_image_the_text_is_still_extractable()
    {
        var bytes = _pdf.Render(Sample() with { Logo = TinyPng, Signature = TinyPng });

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var file = Write(bytes);
        Assert.Matches(@"(?m)^Pages:\s+1$", Run("pdfinfo", file));
        var text = Run("pdftotext", "-layout", file, "-");
        Assert.Contains("Олена Петрівна Шевчук", text, StringComparison.Ordinal);
        Assert.Contains("Ірина Коваленко", text, StringComparison.Ordinal);
        Assert.Contains("ЛОУНБ-2026-000123", text, StringComparison.Ordinal);
        Assert.Contains("/Image", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_concurrently_from_one_instance()
    {
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = _pdf.Render(Sample(holder: $"Особа {i}")));
        Assert.All(results, r => Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(r, 0, 4)));
        Assert.NotNull(new CertificatePdf().Render(Sample())); // a second instance reuses the installed resolver
    }

    private string Write(byte[] bytes)
    {
        var file = Path.Combine(_dir, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, bytes);
        return file;
    }

    private static void RequireTool(string tool, string package)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));
        Assert.True(found, $"'{tool}' is not installed: install the Debian package {package} (apt-get install -y {package}); test.sh does this.");
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{tool} did not finish in 60 s");
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [GeneratedRegex("""<word xMin="(?<xMin>[\d.]+)" yMin="(?<yMin>[\d.]+)" xMax="(?<xMax>[\d.]+)" yMax="(?<yMax>[\d.]+)">(?<w>[^<]*)</word>""")]
    private static partial Regex WordBox();
}
