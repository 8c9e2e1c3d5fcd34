using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>
/// <c>set-a/questions-readback.json</c>: how Moodle stored each set-A question (read back through its own API). An
/// imported question must say the same: type, texts, format, marks, answers with fractions and feedback, tolerances,
/// pairs, order, files, category.
/// </summary>
internal static class MoodleReadback
{
    /// <summary>Moodle types our platform does not have; the XML importer warns and skips them, GIFT never has them.</summary>
    public static readonly string[] UnsupportedTypes = ["ddwtos", "gapselect", "multianswer"];

    public static IReadOnlyList<JsonElement> Questions { get; } = Load();

    public static IEnumerable<JsonElement> Supported =>
        Questions.Where(question => !UnsupportedTypes.Contains(question.GetProperty("qtype").GetString()));

    public static void AssertStoredLikeMoodle(JsonElement expected, ImportedQuestion actual, bool withCategories, bool withFiles)
    {
        var content = actual.Content;
        var name = expected.GetProperty("name").GetString();
        Assert.Equal(name, content.Name);
        Assert.Equal(expected.GetProperty("questiontext").GetString(), content.Text);
        Assert.Equal(expected.GetProperty("questiontextformat").GetInt32() == 1 ? TextFormat.Html : TextFormat.Plain, content.Format);
        Assert.Equal(expected.GetProperty("generalfeedback").GetString(), content.GeneralFeedback);
        Assert.Equal(expected.GetProperty("defaultmark").GetDecimal(), content.DefaultMark);
        Assert.Null(actual.IdNumber);

        var category = expected.GetProperty("category").GetString()!.Split('/').Skip(1).ToArray();
        Assert.Equal(withCategories ? category : [], actual.Category.Segments);

        var grading = expected.TryGetProperty("grading", out var found) ? found : default;
        switch (expected.GetProperty("qtype").GetString())
        {
            case "multichoice":
                Assert.Equal(grading.GetProperty("single").GetBoolean() ? QuestionType.SingleChoice : QuestionType.MultipleChoice, content.Type);
                Assert.Equal(grading.GetProperty("shuffleanswers").GetBoolean(), content.ShuffleAnswers);
                Assert.Equal(
                    grading.GetProperty("answers").EnumerateArray().Select(a => (Text(a, "answer"), Number(a, "fraction"), Text(a, "feedback"))),
                    content.Choices.Select(c => (c.Text, c.Fraction, c.Feedback)));
                break;
            case "truefalse":
                Assert.Equal(QuestionType.TrueFalse, content.Type);
                Assert.Equal(grading.GetProperty("correct").GetString() == "true", content.CorrectTruth);
                Assert.Equal(Text(grading.GetProperty("true_answer"), "feedback"), content.FeedbackWhenTrue);
                Assert.Equal(Text(grading.GetProperty("false_answer"), "feedback"), content.FeedbackWhenFalse);
                break;
            case "numerical":
                Assert.Equal(QuestionType.Numerical, content.Type);
                Assert.Equal(
                    grading.GetProperty("answers").EnumerateArray().Select(a =>
                        ((decimal?)decimal.Parse(Text(a, "answer"), CultureInfo.InvariantCulture), Number(a, "tolerance"), Number(a, "fraction"), Text(a, "feedback"))),
                    content.NumericAnswers.Select(a => (a.Value, a.Tolerance, a.Fraction, a.Feedback)));
                break;
            case "shortanswer":
                Assert.Equal(QuestionType.ShortAnswer, content.Type);
                Assert.Equal(grading.GetProperty("usecase").GetBoolean(), content.CaseSensitive);
                Assert.Equal(
                    grading.GetProperty("answers").EnumerateArray().Select(a => (Text(a, "answer"), Number(a, "fraction"), Text(a, "feedback"))),
                    content.AcceptedAnswers.Select(a => (a.Text, a.Fraction, a.Feedback)));
                break;
            case "match":
                Assert.Equal(QuestionType.Matching, content.Type);
                Assert.Equal(grading.GetProperty("shuffleanswers").GetBoolean(), content.ShuffleAnswers);
                Assert.Equal(
                    grading.GetProperty("pairs").EnumerateArray().Select(p => (Text(p, "question"), Text(p, "answer"))),
                    content.Pairs.Select(p => (p.Prompt, p.Answer)));
                break;
            case "essay":
                Assert.Equal(QuestionType.Essay, content.Type);
                Assert.Equal(grading.GetProperty("responsefieldlines").GetInt32(), content.EssayLines);
                Assert.Equal(Text(grading, "graderinfo"), content.GraderInfo);
                Assert.Equal(Text(grading, "responsetemplate"), content.ResponseTemplate);
                break;
            case "description":
                Assert.Equal(QuestionType.Description, content.Type);
                Assert.False(content.IsGraded);
                break;
            case "ordering":
                Assert.Equal(QuestionType.Ordering, content.Type);
                Assert.Equal(
                    grading.GetProperty("correct_order").EnumerateArray().OrderBy(i => i.GetProperty("correct_position").GetInt32()).Select(i => Text(i, "text")),
                    content.OrderItems.Select(i => i.Text));
                break;
            default:
                Assert.Fail($"Unexpected type in the readback for «{name}».");
                break;
        }

        var files = expected.GetProperty("files").EnumerateArray().ToList();
        if (!withFiles)
        {
            Assert.Empty(content.Files);
            return;
        }

        Assert.Equal(
            files.Select(f => (Text(f, "filename"), Text(f, "mimetype"), int.Parse(Text(f, "filesize"), CultureInfo.InvariantCulture), Text(f, "sha1"))),
            content.Files.Select(f => (f.Name, f.ContentType, f.Content.Length, Sha1(f.Content))));
    }

#pragma warning disable CA5350 // Moodle identifies stored files by SHA-1; here it only compares bytes with its readback.
    private static string Sha1(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));
#pragma warning restore CA5350

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";

    private static decimal Number(JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    private static List<JsonElement> Load()
    {
        using var document = JsonDocument.Parse(MoodleFixtures.Text(MoodleFixtures.Readback));
        return document.RootElement.EnumerateArray().Select(question => question.Clone()).ToList();
    }
}
