using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>GIFT as Moodle's exporter writes it.</summary>
public sealed class GiftWriterTests
{
    [Fact]
    public void GiftWriter_writes_set_A_as_Moodle_did_apart_from_ids_and_context()
    {
        var moodle = MoodleFixtures.Text(MoodleFixtures.SetAGift);
        var ours = new GiftWriter().Write(QuestionSnapshot.ToExport(MoodleFixtures.ReadGift(MoodleFixtures.SetAGift).Questions));

        // Moodle writes question ids, an entry for the empty parent category and headers for the
        // types it skips, and its ordering plugin leaves the name's ":" unescaped; everything else must be the same.
        Assert.Equal(Bodies(moodle.Replace("::Впорядкування: перевірка", "::Впорядкування\\: перевірка", StringComparison.Ordinal)), Bodies(ours));
        Assert.Contains("$CATEGORY: $module$/top/Атестація бібліотекарів/Законодавство\n", ours, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_starts_each_question_with_its_number_and_name()
    {
        var gift = Write(new QuestionContent { Type = QuestionType.Essay, Name = "Есе", Text = "Напишіть" });

        Assert.Equal("// question: 0  name: Switch category to $module$/top\n$CATEGORY: $module$/top\n\n\n// question: 1  name: Есе\n::Есе::Напишіть{}\n\n\n", gift);
    }

    [Fact]
    public void GiftWriter_writes_weights_like_Moodle()
    {
        var gift = Write(
            new QuestionContent
            {
                Type = QuestionType.MultipleChoice, Name = "М", Text = "Т",
                Choices = [new("c1", "А", 0.5m), new("c2", "Б", 0.5m), new("c3", "В", -1m), new("c4", "Г", 0m, "ні")],
            },
            new QuestionContent
            {
                Type = QuestionType.Numerical, Name = "Ч", Text = "Т",
                NumericAnswers = [new(15m, 5m, 1m), new(15m, 7.5m, 0.5m, "близько"), new(null, 0m, 0m, "інше")],
            },
            new QuestionContent { Type = QuestionType.ShortAnswer, Name = "К", Text = "Т", AcceptedAnswers = [new("фейк", 0.5m)] });

        Assert.Contains("{\n\t~%50%А\n\t~%50%Б\n\t~%-100%В\n\t~Г#ні\n}\n", gift, StringComparison.Ordinal);
        Assert.Contains("{#\n\t=%100%15:5#\n\t=%50%15:7.5#близько\n\t~#інше\n}\n", gift, StringComparison.Ordinal);
        Assert.Contains("{\n\t=%50%фейк#\n}\n", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_escapes_reserved_characters_and_newlines()
    {
        var gift = Write(new QuestionContent { Type = QuestionType.Description, Name = "a:b", Text = "\\ # = ~ { } :\r\nдалі" });

        Assert.Contains("::a\\:b::\\\\ \\# \\= \\~ \\{ \\} \\:\\nдалі\n", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_writes_the_format_prefix_only_when_not_plain()
    {
        var gift = Write(
            new QuestionContent { Type = QuestionType.Essay, Name = "П", Text = "просто" },
            new QuestionContent { Type = QuestionType.Essay, Name = "H", Text = "<p>html</p>", Format = TextFormat.Html },
            new QuestionContent { Type = QuestionType.Essay, Name = "M", Text = "**md**", Format = TextFormat.Markdown });

        Assert.Contains("::П::просто{}", gift, StringComparison.Ordinal);
        Assert.Contains("::H::[html]<p>html</p>{}", gift, StringComparison.Ordinal);
        Assert.Contains("::M::[markdown]**md**{}", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_truefalse_puts_the_wrong_answer_feedback_first()
    {
        var gift = Write(new QuestionContent
        {
            Type = QuestionType.TrueFalse, Name = "П", Text = "Т", CorrectTruth = false, FeedbackWhenTrue = "хибно", FeedbackWhenFalse = "вірно",
        });

        Assert.Contains("::П::Т{FALSE#хибно#вірно}", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_category_changes_write_a_category_block_once()
    {
        var essay = new QuestionContent { Type = QuestionType.Essay, Name = "Е", Text = "Т" };
        var slashed = new CategoryPath(["A/B", "C"]);

        var gift = new GiftWriter().Write([new(essay, slashed, []), new(essay, slashed, []), new(essay, CategoryPath.Root, [])]);

        Assert.Equal(2, gift.Split("$CATEGORY:").Length - 1);
        Assert.Contains("$CATEGORY: $module$/top/A//B/C\n", gift, StringComparison.Ordinal);
        Assert.Contains("$CATEGORY: $module$/top\n", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_keeps_image_references_and_says_the_bytes_are_lost()
    {
        var gift = Write(new QuestionContent
        {
            Type = QuestionType.Description, Name = "Прапор", Text = "<img src=\"@@PLUGINFILE@@/flag.png\">", Format = TextFormat.Html,
            Files = [new EmbeddedFile("flag.png", "image/png", SampleQuestions.Png)],
        });

        Assert.Contains("// GIFT не переносить файлів: flag.png", gift, StringComparison.Ordinal);
        Assert.Contains("<img src\\=\"@@PLUGINFILE@@/flag.png\">", gift, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(SampleQuestions.Png), gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_writes_ordering_with_the_qtype_ordering_extension()
    {
        var gift = Write(new QuestionContent
        {
            Type = QuestionType.Ordering, Name = "Порядок", Text = "Упорядкуйте",
            OrderItems = [new("o1", "Перше"), new("o2", "Друге:\nз переносом")],
        });

        Assert.Contains("::Порядок::Упорядкуйте{>0 ALL VERTICAL ABSOLUTE_POSITION SHOW 123\nПерше\nДруге: з переносом\n}\n", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWriter_writes_idnumber_and_tags_as_a_comment()
    {
        var gift = new GiftWriter().Write([new(new QuestionContent { Type = QuestionType.Essay, Name = "Е", Text = "Т" }, CategoryPath.Root, ["право", "a]b"], "LAW-1")]);

        Assert.Contains("// question: 1  name: Е\n// [id:LAW-1] [tag:право] [tag:a\\]b]\n::Е::", gift, StringComparison.Ordinal);
    }

    private static string Write(params QuestionContent[] questions) =>
        new GiftWriter().Write(questions.Select(q => new ExportedQuestion(q, CategoryPath.Root, [])));

    private static string[] Bodies(string gift) => gift.Split('\n')
        .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith("$CATEGORY:", StringComparison.Ordinal))
        .ToArray();
}
