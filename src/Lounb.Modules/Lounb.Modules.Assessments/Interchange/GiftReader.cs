using System.Diagnostics.CodeAnalysis;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Reads GIFT (Moodle's qformat_gift, plus qtype_ordering's <c>{&gt;…}</c> extension). Never throws on bad input:
/// every problem is an <see cref="ImportProblem"/> naming the line and the question.
/// </summary>
internal sealed class GiftReader
{
    private const string CategoryMarker = "$CATEGORY:";

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Readers are injected as instances, like the XML one.")]
    public ImportResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var log = new ImportLog();
        var questions = new List<ImportedQuestion>();
        var categories = new List<ImportedCategory>();
        var category = CategoryPath.Root;

        foreach (var block in GiftBlock.Split(text))
        {
            var body = block.Body;
            var start = SkipBlanks(body, 0);
            if (start == body.Length)
            {
                continue;
            }

            if (string.CompareOrdinal(body, start, CategoryMarker, 0, CategoryMarker.Length) == 0)
            {
                var lineEnd = body.IndexOf('\n', start);
                lineEnd = lineEnd < 0 ? body.Length : lineEnd;
                category = MoodleCategoryPaths.Parse(GiftText.Restore(body[(start + CategoryMarker.Length)..lineEnd]));
                if (!categories.Exists(known => known.Path.Equals(category)))
                {
                    categories.Add(new ImportedCategory(category, ""));
                }

                // Moodle wants the switch alone in its block; a question right under it is still read.
                start = SkipBlanks(body, lineEnd);
                if (start == body.Length)
                {
                    continue;
                }
            }

            var content = new GiftQuestionParser(block, start, log).Parse();
            if (content is not null)
            {
                questions.Add(new ImportedQuestion(content, category, block.Tags, block.LineAt(start), block.IdNumber));
            }
        }

        DuplicateQuestionNames.Warn(questions, log);
        return new ImportResult(questions, categories, log.Errors, log.Warnings);
    }

    private static int SkipBlanks(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
