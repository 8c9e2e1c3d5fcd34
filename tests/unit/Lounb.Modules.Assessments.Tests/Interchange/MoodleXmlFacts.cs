using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>
/// A Moodle XML file read back as plain facts, independently of the importer under test: for each question (types the
/// platform supports) every element Moodle's importer reads and its readback lists, as text. Comparing the facts of
/// Moodle's own file with those of our export says whether Moodle would get the same question again.
/// </summary>
internal static class MoodleXmlFacts
{
    public static readonly string[] SupportedTypes = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "essay", "description", "ordering"];

    /// <summary>Facts of each supported question, in file order: element name → value.</summary>
    public static List<SortedDictionary<string, string>> Questions(string xml) =>
        [.. XDocument.Parse(xml).Root!.Elements("question")
            .Where(q => SupportedTypes.Contains(q.Attribute("type")!.Value))
            .Select(Of)];

    /// <summary>Category entries: path → (info format, info text).</summary>
    public static List<(string Path, string InfoFormat, string Info, string IdNumber)> Categories(string xml) =>
        [.. XDocument.Parse(xml).Root!.Elements("question")
            .Where(q => q.Attribute("type")!.Value == "category")
            .Select(q => (Text(q.Element("category")), q.Element("info")?.Attribute("format")?.Value ?? "", Text(q.Element("info")), Value(q, "idnumber")))];

    public static string Text(XElement? owner) => owner?.Element("text")?.Value.Trim() ?? "";

    private static SortedDictionary<string, string> Of(XElement question)
    {
        var type = question.Attribute("type")!.Value;
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["type"] = type,
            ["name"] = Text(question.Element("name")),
            ["questiontext"] = Text(question.Element("questiontext")),
            ["questiontext/format"] = question.Element("questiontext")?.Attribute("format")?.Value ?? "",
            ["generalfeedback"] = Text(question.Element("generalfeedback")),
            ["defaultgrade"] = Number(Value(question, "defaultgrade")),
            ["penalty"] = Number(Value(question, "penalty")),
            ["idnumber"] = Value(question, "idnumber"),
            ["files"] = string.Join(" ", question.Descendants("file").Select(f => f.Attribute("name")!.Value + ":" + Sha1(f.Value))),
        };

        var hints = question.Elements("hint").ToList();
        for (var i = 0; i < hints.Count; i++)
        {
            facts[$"hint[{i}]"] = Text(hints[i]);
            facts[$"hint[{i}]/shownumcorrect"] = Flag(hints[i], "shownumcorrect");
            facts[$"hint[{i}]/clearwrong"] = Flag(hints[i], "clearwrong");
            facts[$"hint[{i}]/options"] = Value(hints[i], "options");
        }

        switch (type)
        {
            case "multichoice":
                Copy(facts, question, "single", "shuffleanswers", "answernumbering", "showstandardinstruction");
                facts["shownumcorrect"] = Flag(question, "shownumcorrect");
                CombinedFeedback(facts, question);
                Answers(facts, question, withFormat: true);
                break;
            case "truefalse":
            case "shortanswer":
                Copy(facts, question, "usecase");
                Answers(facts, question, withFormat: false);
                break;
            case "numerical":
                Copy(facts, question, "unitgradingtype", "showunits", "unitsleft");
                facts["unitpenalty"] = Number(Value(question, "unitpenalty"));
                Answers(facts, question, withFormat: false);
                break;
            case "matching":
                Copy(facts, question, "shuffleanswers");
                facts["shownumcorrect"] = Flag(question, "shownumcorrect");
                CombinedFeedback(facts, question);
                var pairs = question.Elements("subquestion").ToList();
                for (var i = 0; i < pairs.Count; i++)
                {
                    facts[$"subquestion[{i}]"] = Text(pairs[i]) + " -> " + Text(pairs[i].Element("answer"));
                }

                break;
            case "essay":
                Copy(facts, question, "responseformat", "responserequired", "responsefieldlines", "minwordlimit", "maxwordlimit",
                    "attachments", "attachmentsrequired", "maxbytes", "filetypeslist");
                facts["graderinfo"] = Text(question.Element("graderinfo"));
                facts["responsetemplate"] = Text(question.Element("responsetemplate"));
                break;
            case "ordering":
                Copy(facts, question, "layouttype", "selecttype", "selectcount", "gradingtype", "showgrading", "numberingstyle", "shownumcorrect");
                CombinedFeedback(facts, question);
                var items = question.Elements("answer").ToList();
                for (var i = 0; i < items.Count; i++)
                {
                    facts[$"answer[{i}]"] = Text(items[i]) + " @" + items[i].Attribute("fraction")!.Value;
                }

                break;
        }

        return facts;
    }

    private static void Copy(SortedDictionary<string, string> facts, XElement question, params string[] names)
    {
        foreach (var name in names)
        {
            facts[name] = Value(question, name);
        }
    }

    private static void CombinedFeedback(SortedDictionary<string, string> facts, XElement question)
    {
        foreach (var name in new[] { "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback" })
        {
            facts[name] = Text(question.Element(name));
        }
    }

    private static void Answers(SortedDictionary<string, string> facts, XElement question, bool withFormat)
    {
        var answers = question.Elements("answer").ToList();
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            facts[$"answer[{i}]"] = Text(answer);
            facts[$"answer[{i}]/fraction"] = Number(answer.Attribute("fraction")!.Value);
            facts[$"answer[{i}]/feedback"] = Text(answer.Element("feedback"));
            if (withFormat)
            {
                facts[$"answer[{i}]/format"] = answer.Attribute("format")?.Value ?? "";
            }

            if (answer.Element("tolerance") is { } tolerance)
            {
                facts[$"answer[{i}]/tolerance"] = Number(tolerance.Value);
            }
        }
    }

    private static string Value(XElement parent, string name) => parent.Element(name)?.Value.Trim() ?? "(missing)";

    private static string Flag(XElement parent, string name) => parent.Element(name) is null ? "0" : "1";

    /// <summary>A number without trailing zeros ("1.0000000" and "1" are the same value to Moodle).</summary>
    private static string Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            : text;

#pragma warning disable CA5350 // Moodle identifies stored files by SHA-1; here it only compares bytes.
    private static string Sha1(string base64) => Convert.ToHexStringLower(SHA1.HashData(Convert.FromBase64String(base64.Trim())));
#pragma warning restore CA5350

    public static string Describe(SortedDictionary<string, string> facts) =>
        new StringBuilder().AppendJoin('\n', facts.Select(f => f.Key + " = " + f.Value)).ToString();
}
