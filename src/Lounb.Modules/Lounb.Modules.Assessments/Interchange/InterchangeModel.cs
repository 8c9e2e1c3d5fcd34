using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// A category path below Moodle's context token and <c>top</c>: <c>$course$/top/Атестація/Законодавство</c> is
/// ["Атестація", "Законодавство"]. An empty path is the bank's root.
/// </summary>
internal sealed record CategoryPath(IReadOnlyList<string> Segments)
{
    public static CategoryPath Root { get; } = new([]);

    public override string ToString() => string.Join(" / ", Segments);

    public bool Equals(CategoryPath? other) => other is not null && Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);

    public override int GetHashCode() => Segments.Aggregate(17, (hash, segment) => HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(segment)));
}

/// <summary>A question read from a file, with where it came from (1-based line of its first line, for messages).</summary>
internal sealed record ImportedQuestion(QuestionContent Content, CategoryPath Category, IReadOnlyList<string> Tags, int Line, string? IdNumber = null);

/// <summary>A category met in a file, with its description (Moodle XML's category info).</summary>
internal sealed record ImportedCategory(CategoryPath Path, string Info, string? IdNumber = null);

/// <summary>A problem found while reading: which question (name when known) at which line, said in Ukrainian.</summary>
internal sealed record ImportProblem(int Line, string? QuestionName, string Message)
{
    public override string ToString() =>
        QuestionName is null ? $"Рядок {Line}: {Message}" : $"Рядок {Line}, питання «{QuestionName}»: {Message}";
}

/// <summary>
/// What a file gave. Errors make the whole import refused (all or nothing); warnings (a question type the platform
/// does not have, skipped) are shown in the preview and the rest imports.
/// </summary>
internal sealed record ImportResult(
    IReadOnlyList<ImportedQuestion> Questions,
    IReadOnlyList<ImportedCategory> Categories,
    IReadOnlyList<ImportProblem> Errors,
    IReadOnlyList<ImportProblem> Warnings)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A category to write even when no question is in it, with its description (plain text or HTML).</summary>
internal sealed record ExportedCategory(CategoryPath Path, string Info, string? IdNumber = null);

/// <summary>A question to write, with its category and tags.</summary>
internal sealed record ExportedQuestion(QuestionContent Content, CategoryPath Category, IReadOnlyList<string> Tags, string? IdNumber = null);
