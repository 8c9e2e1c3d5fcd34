using Lounb.Modules.Core.Results;
using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Application;

internal sealed record ProgramLesson(string Title, string Kind, bool IsRequired, string? Url, string Body);

internal sealed record ProgramSection(string Title, IReadOnlyList<ProgramLesson> Lessons);

internal sealed record ProgramFile(
    string Slug, string Title, string Summary, Audience Audience, CourseFormat Format, int Hours, string Topics, string? Department, IReadOnlyList<ProgramSection> Sections);

/// <summary>
/// Reads a program written as Markdown (Seed/Programs/*.md): a front-matter block, "# " sections, "## " lessons
/// each followed by "key: value" lines (kind, required, url), a blank line and the lesson's Markdown.
/// </summary>
internal static class ProgramFileParser
{
    public static Result<ProgramFile> Parse(string slug, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            return CourseErrors.ProgramWithoutMetadata(slug);
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            return CourseErrors.ProgramMetadataNotClosed(slug);
        }

        var meta = lines[1..end].Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        if (!meta.TryGetValue("title", out var title) || !Enum.TryParse<Audience>(meta.GetValueOrDefault("audience"), out var audience)
            || !Enum.TryParse<CourseFormat>(meta.GetValueOrDefault("format"), out var format)
            || !int.TryParse(meta.GetValueOrDefault("hours"), out var hours))
        {
            return CourseErrors.ProgramMetadataIncomplete(slug);
        }

        var sections = new List<ProgramSection>();
        List<ProgramLesson>? lessons = null;
        string? sectionTitle = null;
        for (var i = end + 1; i < lines.Length;)
        {
            var line = lines[i];
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                if (sectionTitle is not null)
                {
                    sections.Add(new ProgramSection(sectionTitle, lessons!));
                }

                sectionTitle = line[2..].Trim();
                lessons = [];
                i++;
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (lessons is null)
                {
                    return CourseErrors.ProgramLessonOutsideSection(slug, i + 1);
                }

                var lessonTitle = line[3..].Trim();
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                i++;
                while (i < lines.Length && lines[i].Trim().Length > 0 && lines[i].Split(':', 2) is [var key, var value] && key.Trim() is "kind" or "required" or "url")
                {
                    attributes[key.Trim()] = value.Trim();
                    i++;
                }

                var body = new List<string>();
                while (i < lines.Length && !lines[i].StartsWith("# ", StringComparison.Ordinal) && !lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    body.Add(lines[i]);
                    i++;
                }

                lessons.Add(new ProgramLesson(lessonTitle, attributes.GetValueOrDefault("kind", BuiltInLessonKind.Text),
                    !string.Equals(attributes.GetValueOrDefault("required"), "false", StringComparison.OrdinalIgnoreCase),
                    attributes.GetValueOrDefault("url"), string.Join('\n', body).Trim()));
            }
            else
            {
                i++;
            }
        }

        if (sectionTitle is not null)
        {
            sections.Add(new ProgramSection(sectionTitle, lessons!));
        }

        return sections.Count == 0
            ? CourseErrors.ProgramWithoutSections(slug)
            : new ProgramFile(slug, title, meta.GetValueOrDefault("summary", ""), audience, format, hours, meta.GetValueOrDefault("topics", ""), meta.GetValueOrDefault("department"), sections);
    }
}
