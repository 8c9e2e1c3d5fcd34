using System.Security.Claims;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Assessments.Contracts;

/// <summary>A bank category a person may draw from, with how many questions a draw can take from it.</summary>
/// <param name="Depth">0 for a top category; a subcategory is one deeper than its parent.</param>
/// <param name="Questions">Questions of the category itself that a draw may pick (not removed, not descriptions).</param>
/// <param name="WithSubcategories">The same counted over the category and all its subcategories.</param>
public sealed record DrawableCategory(Guid Id, string Name, int Depth, int Questions, int WithSubcategories);

/// <summary>One part of a drawn test: <paramref name="Count"/> random questions of a category (and its subcategories when asked).</summary>
public sealed record DrawPart(Guid CategoryId, int Count, bool IncludeSubcategories);

/// <summary>
/// A test drawn at random from bank categories: one attempt, each part a random draw, open in the given window
/// (UTC), owned by <paramref name="OblastCode"/> (null: national).
/// </summary>
public sealed record DrawnTestSpec(string Title, string? OblastCode, IReadOnlyList<DrawPart> Parts, decimal PassPercent, int? TimeLimitMinutes, DateTime? OpensAt, DateTime? ClosesAt);

/// <summary>A drawn test as it stands: its parts, pass mark, time limit and how many attempts it has had.</summary>
public sealed record DrawnTest(Guid QuizId, string Title, IReadOnlyList<DrawPart> Parts, decimal PassPercent, int? TimeLimitMinutes, int Attempts);

/// <summary>
/// Tests drawn at random from question-bank categories, for modules that hold an exam of their own (attestation):
/// every attempt gets its own questions. The parts may change only until the first attempt.
/// </summary>
public interface IDrawnTests
{
    /// <summary>The categories <paramref name="person"/> may draw from (their own, shared ones, all for a national author), as a tree.</summary>
    Task<IReadOnlyList<DrawableCategory>> CategoriesAsync(ClaimsPrincipal person, CancellationToken ct);

    /// <summary>
    /// Creates the test (<paramref name="quizId"/> null) or replaces its parts and settings, published with one attempt.
    /// Refused when a category is not the person's to use, has fewer questions than asked, or the test has had attempts.
    /// </summary>
    Task<Result<Guid>> SaveAsync(ClaimsPrincipal person, Guid? quizId, DrawnTestSpec spec, CancellationToken ct);

    /// <summary>Moves the test's window (allowed after attempts: it changes only who may still start one).</summary>
    Task<Result> SetWindowAsync(Guid quizId, DateTime? opensAt, DateTime? closesAt, CancellationToken ct);

    Task<DrawnTest?> FindAsync(Guid quizId, CancellationToken ct);

    /// <summary>
    /// Lets the person start one more attempt than they have used (a retake granted with <paramref name="reason"/>).
    /// Staged in the caller's unit of work: the caller saves.
    /// </summary>
    Task<Result> AllowOneMoreAttemptAsync(Guid quizId, Guid userId, string reason, CancellationToken ct);
}
