using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Writes Moodle XML as Moodle's exporter lays it out: UTF-8, <c>&lt;quiz&gt;</c>, a category question whenever the
/// category changes (<c>$course$/top/…</c>), one <c>&lt;question&gt;</c> per question with its images as base64
/// <c>&lt;file&gt;</c> elements inside <c>&lt;questiontext&gt;</c>.
/// </summary>
internal sealed class MoodleXmlWriter
{
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Writers are injected as instances, like the readers.")]
    public void Write(IEnumerable<ExportedQuestion> questions, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
        var output = new MoodleXmlOutput(writer);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        CategoryPath? current = null;
        var number = 0;
        foreach (var question in questions)
        {
            if (current is null || !current.Equals(question.Category))
            {
                WriteCategory(output, question.Category);
                current = question.Category;
            }

            number++;
            output.Line(0, string.Create(CultureInfo.InvariantCulture, $"<!-- question: {number}  -->"));
            MoodleXmlQuestionWriter.Write(output, question);
            writer.Write('\n');
        }

        writer.Write("</quiz>\n");
    }

    private static void WriteCategory(MoodleXmlOutput output, CategoryPath category)
    {
        output.Line(0, "<!-- question: 0  -->");
        output.Line(1, "<question type=\"category\">");
        output.TextOwner(2, "category", null, MoodleCategoryPaths.Format(category));
        output.TextOwner(2, "info", Domain.TextFormat.Plain, "");
        output.Line(1, "</question>");
        output.Line(0, "");
    }
}
