using System.Text;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>The files Moodle 5.1 exported, kept in the repository (<c>tests/fixtures/moodle</c>, provenance in its README).</summary>
internal static class MoodleFixtures
{
    public const string SourceGift = "set-a/source.gift";
    public const string SetAGift = "set-a/gift.txt";
    public const string SetAGiftNoCategories = "set-a/gift-nocategories.txt";
    public const string SetAXml = "set-a/moodle-xml.xml";
    public const string SetAXmlNoCategories = "set-a/moodle-xml-nocategories.xml";
    public const string Readback = "set-a/questions-readback.json";

    public static string Root { get; } = Locate();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public static ImportResult ReadGift(string relative) => new GiftReader().Read(Text(relative));

    public static ImportResult ReadXml(string relative)
    {
        using var stream = File.OpenRead(PathOf(relative));
        return new MoodleXmlReader().Read(stream);
    }

    public static ImportResult Read(string relative) =>
        relative.EndsWith(".xml", StringComparison.Ordinal) ? ReadXml(relative) : ReadGift(relative);

    public static ImportResult ReadXmlText(string xml) => new MoodleXmlReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lounb.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"Lounb.sln not found above {AppContext.BaseDirectory}.");
        }

        var root = Path.Combine(directory.FullName, "tests", "fixtures", "moodle");
        return Directory.Exists(root) ? root : throw new InvalidOperationException($"Moodle fixtures not found at {root}.");
    }
}
