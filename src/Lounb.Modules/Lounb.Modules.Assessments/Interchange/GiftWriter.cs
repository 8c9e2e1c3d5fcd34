using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Writes GIFT in the layout of Moodle's exporter: a <c>// question: n  name: …</c> line before each question and a
/// <c>$CATEGORY: $course$/top/…</c> block whenever the category changes. GIFT carries no files: image bytes are lost,
/// their <c>@@PLUGINFILE@@</c> references stay, and a comment says so.
/// </summary>
internal sealed class GiftWriter
{
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Writers are injected as instances, like the readers.")]
    public string Write(IEnumerable<ExportedQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var output = new StringBuilder();
        CategoryPath? current = null;
        var number = 0;
        foreach (var question in questions)
        {
            if (current is null || !current.Equals(question.Category))
            {
                var path = MoodleCategoryPaths.Format(question.Category);
                output.Append("// question: 0  name: Switch category to ").Append(path).Append('\n')
                    .Append("$CATEGORY: ").Append(path).Append("\n\n\n");
                current = question.Category;
            }

            number++;
            GiftQuestionWriter.Write(output, question, number);
            output.Append("\n\n");
        }

        return output.ToString();
    }
}
