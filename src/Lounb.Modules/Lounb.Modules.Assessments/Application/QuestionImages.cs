using System.Text.RegularExpressions;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Storage;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Adds an uploaded image to a question: checked by its bytes and size, named safely, referenced at the end of the text.</summary>
internal static partial class QuestionImages
{
    public static Result<QuestionContent> Attach(QuestionContent question, string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            return AssessmentErrors.ImageEmpty;
        }

        if (content.Length > AssessmentLimits.ImageBytes)
        {
            return AssessmentErrors.ImageTooLarge;
        }

        var type = FileSniffer.Detect(content.AsSpan(0, Math.Min(content.Length, FileSniffer.HeaderLength)));
        if (type is not { Category: FileCategory.Image })
        {
            return AssessmentErrors.NotAnImage;
        }

        if (question.Format == TextFormat.Plain)
        {
            return AssessmentErrors.ImageNeedsRichText;
        }

        var name = UniqueName(question, SafeStem(fileName), type.Extension);
        var reference = QuestionTextRenderer.FilePlaceholder + name;
        var text = question.Format == TextFormat.Markdown
            ? $"{question.Text.TrimEnd()}\n\n![Зображення]({reference})"
            : $"{question.Text.TrimEnd()}\n<p><img src=\"{reference}\" alt=\"Зображення\"></p>";
        return question with { Text = text, Files = [.. question.Files, new EmbeddedFile(name, type.ContentType, content)] };
    }

    private static string SafeStem(string fileName)
    {
        var stem = NotSafe().Replace(Path.GetFileNameWithoutExtension(fileName), "-").Trim('-');
        return stem.Length == 0 ? "image" : stem[..Math.Min(stem.Length, 60)];
    }

    private static string UniqueName(QuestionContent question, string stem, string extension)
    {
        var name = $"{stem}{extension}";
        for (var i = 2; question.Files.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)); i++)
        {
            name = $"{stem}-{i}{extension}";
        }

        return name;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotSafe();
}
