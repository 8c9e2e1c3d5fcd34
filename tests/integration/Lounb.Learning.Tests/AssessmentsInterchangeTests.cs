using System.Text;
using System.Xml.Linq;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>A Moodle XML file imported into the bank (stored on the provider) and exported again keeps Moodle's settings.</summary>
public abstract partial class AssessmentsTests
{
    [Fact]
    public async Task Interchange_MoodleFileImportedAndExported_KeepsOrderingEssayPenaltyHintsAndCategoryDescriptions()
    {
        // Moodle's own set A, with the ordering question switched to settings Moodle's form offers beyond the defaults.
        var moodle = File.ReadAllText(FixturePath("set-a", "moodle-xml.xml"), Encoding.UTF8)
            .Replace("<layouttype>VERTICAL</layouttype>", "<layouttype>HORIZONTAL</layouttype>", StringComparison.Ordinal)
            .Replace("<gradingtype>ABSOLUTE_POSITION</gradingtype>", "<gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>", StringComparison.Ordinal)
            .Replace("<numberingstyle>123</numberingstyle>", "<numberingstyle>none</numberingstyle>", StringComparison.Ordinal)
            .Replace("<responseformat>editor</responseformat>", "<responseformat>plain</responseformat>", StringComparison.Ordinal);

        var exported = await Builder.WithAsync(async services =>
        {
            var db = services.GetRequiredService<LounbDbContext>();
            var author = await db.Set<Lounb.Modules.Core.Identity.LounbUser>().Where(u => u.NormalizedEmail == "METODYST@LOUNB.DEMO").Select(u => u.Id).SingleAsync();
            var actor = new BankActor(author, IsNational: true);
            var root = "Moodle " + Guid.NewGuid().ToString("N")[..6];
            var category = (await services.GetRequiredService<QuestionBankService>().CreateCategoryAsync(actor, root, null, false, "", default)).Value;
            var interchange = services.GetRequiredService<QuestionImportService>();
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(moodle));
            var uploaded = await interchange.UploadAsync(actor, category, "set-a.xml", file, file.Length, default);
            Assert.Equal(15, (await interchange.ConfirmAsync(actor, uploaded.Value, default)).Value);
            db.ChangeTracker.Clear();
            var export = await interchange.ExportAsync(actor, category, InterchangeFormat.MoodleXml, default);
            return (root, XDocument.Parse(Encoding.UTF8.GetString(export!.Value.Content)));
        });

        var (rootName, xml) = exported;
        var questions = xml.Root!.Elements("question").ToList();
        var ordering = questions.Single(q => q.Attribute("type")!.Value == "ordering");
        Assert.Equal(
            ["HORIZONTAL", "ALL", "RELATIVE_NEXT_EXCLUDE_LAST", "SHOW", "none", "1"],
            new[] { "layouttype", "selecttype", "gradingtype", "showgrading", "numberingstyle", "shownumcorrect" }.Select(n => ordering.Element(n)!.Value));
        Assert.Equal("<p>Почніть із джерела.</p>", ordering.Element("hint")!.Element("text")!.Value);
        var essay = questions.Single(q => q.Attribute("type")!.Value == "essay");
        Assert.Equal(["plain", "1", "15", "0"], new[] { "responseformat", "responserequired", "responsefieldlines", "attachments" }.Select(n => essay.Element(n)!.Value));
        var trueFalse = questions.Single(q => q.Attribute("type")!.Value == "truefalse");
        Assert.Equal("1.0000000", trueFalse.Element("penalty")!.Value);
        var categories = questions.Where(q => q.Attribute("type")!.Value == "category")
            .Select(q => (q.Element("category")!.Element("text")!.Value, q.Element("info")!.Element("text")!.Value)).ToList();
        // The file's root category holds no question itself and is still written, before its children.
        Assert.Equal($"$module$/top/{rootName}/Атестація бібліотекарів", categories[1].Item1);
        Assert.Contains(($"$module$/top/{rootName}/Атестація бібліотекарів/Нетипові типи (API)",
            "<p>Питання, створені через API Moodle (набір A): типи, яких GIFT не виражає.</p>"), categories);
    }

    [Fact]
    public async Task Interchange_MoodleCategoryIdNumber_IsStoredOnTheCategoryAndWrittenBackOnExport()
    {
        var moodle = File.ReadAllText(FixturePath("set-a", "moodle-xml.xml"), Encoding.UTF8);

        var (stored, written) = await Builder.WithAsync(async services =>
        {
            var db = services.GetRequiredService<LounbDbContext>();
            var author = await db.Set<Lounb.Modules.Core.Identity.LounbUser>().Where(u => u.NormalizedEmail == "METODYST@LOUNB.DEMO").Select(u => u.Id).SingleAsync();
            var actor = new BankActor(author, IsNational: true);
            var category = (await services.GetRequiredService<QuestionBankService>().CreateCategoryAsync(actor, "Idnumber " + Guid.NewGuid().ToString("N")[..6], null, false, "", default)).Value;
            var interchange = services.GetRequiredService<QuestionImportService>();
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(moodle));
            var uploaded = await interchange.UploadAsync(actor, category, "set-a.xml", file, file.Length, default);
            Assert.True((await interchange.ConfirmAsync(actor, uploaded.Value, default)).IsSuccess);
            db.ChangeTracker.Clear();
            var saved = await db.Set<QuestionCategory>().AsNoTracking().Where(c => c.Name == "Нетипові типи (API)" && c.OwnerId == author)
                .OrderByDescending(c => c.Id).Select(c => c.IdNumber).FirstAsync();
            var export = await interchange.ExportAsync(actor, category, InterchangeFormat.MoodleXml, default);
            var categories = XDocument.Parse(Encoding.UTF8.GetString(export!.Value.Content)).Root!.Elements("question")
                .Where(q => q.Attribute("type")!.Value == "category")
                .ToDictionary(q => q.Element("category")!.Element("text")!.Value.Split('/')[^1], q => q.Element("idnumber")!.Value);
            return (saved, categories);
        });

        Assert.Equal("fx-a-api", stored);
        Assert.Equal("fx-a-api", written["Нетипові типи (API)"]);
        Assert.Equal("", written["Законодавство"]);
    }

    private static string FixturePath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lounb.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("Lounb.sln not found."), "tests", "fixtures", "moodle", .. parts]);
    }
}
