using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Writes Moodle XML as Moodle's exporter lays it out: UTF-8, <c>&lt;quiz&gt;</c>, a category question for each
/// category (<c>$module$/top/…</c>, with its description, written even when the category holds no question itself),
/// one <c>&lt;question&gt;</c> per question with its images as base64 <c>&lt;file&gt;</c> elements inside
/// <c>&lt;questiontext&gt;</c>.
/// </summary>
internal sealed partial class MoodleXmlWriter
{
    /// <param name="questions">The questions, grouped by category.</param>
    /// <param name="stream">Where the UTF-8 text goes.</param>
    /// <param name="categories">
    /// Every category of the export in tree order (parents first), each written before its questions; a question whose
    /// category is not listed gets a category entry (without a description) when the category changes.
    /// </param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Writers are injected as instances, like the readers.")]
    public void Write(IEnumerable<ExportedQuestion> questions, Stream stream, IReadOnlyList<ExportedCategory>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
        var output = new MoodleXmlOutput(writer);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        var all = questions.ToList();
        var listed = categories ?? [];
        var number = 0;
        void Question(ExportedQuestion question)
        {
            number++;
            output.Line(0, string.Create(CultureInfo.InvariantCulture, $"<!-- question: {number}  -->"));
            MoodleXmlQuestionWriter.Write(output, question);
            writer.Write('\n');
        }

        foreach (var category in listed)
        {
            WriteCategory(output, category);
            all.Where(q => q.Category.Equals(category.Path)).ToList().ForEach(Question);
        }

        CategoryPath? current = null;
        foreach (var question in all.Where(q => !listed.Any(c => c.Path.Equals(q.Category))))
        {
            if (current is null || !current.Equals(question.Category))
            {
                WriteCategory(output, new ExportedCategory(question.Category, ""));
                current = question.Category;
            }

            Question(question);
        }

        writer.Write("</quiz>\n");
    }

    /// <summary>
    /// A category entry. A description is written as HTML, as Moodle's category form saves it: one with markup or
    /// entities as it is, plain text escaped; an empty one as Moodle's auto-format, as Moodle writes it.
    /// </summary>
    private static void WriteCategory(MoodleXmlOutput output, ExportedCategory category)
    {
        output.Line(0, "<!-- question: 0  -->");
        output.Line(1, "<question type=\"category\">");
        output.TextOwner(2, "category", null, MoodleCategoryPaths.Format(category.Path));
        var info = category.Info.Length == 0 || Markup().IsMatch(category.Info)
            ? category.Info
            : SourceFormats.Adapt(category.Info, SourceFormat.Plain, Domain.TextFormat.Html);
        output.TextOwner(2, "info", info.Length == 0 ? Domain.TextFormat.Plain : Domain.TextFormat.Html, info);
        output.Value(2, "idnumber", category.IdNumber ?? "");
        output.Line(1, "</question>");
        output.Line(0, "");
    }

    [GeneratedRegex("</?[a-zA-Z][^<>]*>|&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
