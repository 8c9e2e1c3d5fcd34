using System.Security.Claims;
using Lounb.Modules.Core.Web;

namespace Lounb.Modules.Courses.Contracts;

/// <summary>What a lesson kind sees of a lesson: enough to render it or to judge completion.</summary>
public sealed record LessonKindContext(Guid CourseId, Guid RunId, Guid LessonId, Guid UserId, string Title, string? ExtensionRef);

/// <summary>
/// A kind of lesson. Courses ships text, video, file and external resource; other modules register their own
/// (the Assessments module a quiz, the Webinars module a live session) as singletons of this interface, and
/// Courses lists, renders and completes them without knowing them.
/// </summary>
public interface ILessonKind
{
    /// <summary>Stable key stored with the lesson, e.g. "quiz".</summary>
    string Key { get; }

    /// <summary>Ukrainian name shown to authors, e.g. "Тест".</summary>
    string DisplayName { get; }

    /// <summary>Label of the author's reference field (e.g. "Ідентифікатор тесту"), or null when the kind needs none.</summary>
    string? ReferenceLabel { get; }

    /// <summary>Partial view that shows the lesson to a learner; its model is <see cref="LessonKindContext"/>. Null: Courses' own view of the kind.</summary>
    string? PlayerPartialView { get; }

    /// <summary>True when the learner finishes the lesson by pressing "Позначити як пройдене"; false when the kind's module reports completion (quiz passed, session attended).</summary>
    bool LearnerMarksComplete { get; }
}

/// <summary>Lets other modules record that a learner finished a lesson of their kind (a quiz passed, a session attended).</summary>
public interface ICourseProgress
{
    /// <returns>False when the person has no active enrolment in a run of the lesson's course.</returns>
    Task<bool> CompleteLessonAsync(Guid userId, Guid lessonId, CancellationToken ct);

    /// <summary>
    /// Completes every lesson of <paramref name="kindKey"/> whose reference is <paramref name="extensionRef"/> in the
    /// courses the person is enrolled in (a live session attended completes the lessons that point at it).
    /// </summary>
    /// <returns>How many lessons were completed.</returns>
    Task<int> CompleteLessonsReferringToAsync(Guid userId, string kindKey, string extensionRef, CancellationToken ct);
}

/// <summary>
/// Lets a lesson kind's author pick its reference from a searchable list instead of pasting an id. The module that
/// provides the kind registers one (scoped) with the kind's <see cref="KindKey"/>; it returns only what the person may
/// link (their oblast scope), so a reference outside it is refused when the lesson is saved.
/// </summary>
public interface ILessonReferenceSource
{
    /// <summary>The <see cref="ILessonKind.Key"/> this source serves.</summary>
    string KindKey { get; }

    /// <summary>What to call one item in the picker's labels, e.g. "тест", "подію".</summary>
    string ItemNoun { get; }

    /// <summary>Items whose title (or date, oblast) contains <paramref name="text"/>, the most relevant first; all of them when the text is empty.</summary>
    Task<IReadOnlyList<ReferenceOption>> SearchAsync(ClaimsPrincipal author, string? text, int limit, CancellationToken ct);

    /// <summary>The item named by <paramref name="value"/> when the person may link it; otherwise null.</summary>
    Task<ReferenceOption?> FindAsync(ClaimsPrincipal author, string value, CancellationToken ct);
}

/// <summary>
/// The <see cref="ILessonReferenceSource.KindKey"/>s of sources that serve pickers outside lessons (a certificate
/// template's course or webinar series); quizzes ("quiz") and events ("live") are served by their lesson kinds' sources.
/// </summary>
public static class ReferenceKinds
{
    /// <summary>Courses, from the Courses module.</summary>
    public const string Course = "course";

    /// <summary>Quizzes, from the Assessments module (the quiz lesson kind's source).</summary>
    public const string Quiz = "quiz";

    /// <summary>Webinar series, from the Webinars module.</summary>
    public const string WebinarSeries = "webinar-series";

    /// <summary>Single webinar events, from the Webinars module (the online-class lesson kind's source).</summary>
    public const string WebinarEvent = "live";
}

/// <summary>
/// A reference source whose items come from one query narrowed by id: searching filters its list by text, finding asks
/// it for one id (a value that is not an id finds nothing).
/// </summary>
public abstract class ListedReferenceSource : ILessonReferenceSource
{
    public abstract string KindKey { get; }

    public abstract string ItemNoun { get; }

    public async Task<IReadOnlyList<ReferenceOption>> SearchAsync(ClaimsPrincipal author, string? text, int limit, CancellationToken ct) =>
        ReferenceOption.Matching(await LinkableAsync(author, null, ct), text, limit);

    public async Task<ReferenceOption?> FindAsync(ClaimsPrincipal author, string value, CancellationToken ct) =>
        Guid.TryParse(value, out var id) ? await LinkableAsync(author, id, ct) is [var found, ..] ? found : null : null;

    /// <summary>What <paramref name="author"/> may link, only the item <paramref name="only"/> when given.</summary>
    protected abstract Task<IReadOnlyList<ReferenceOption>> LinkableAsync(ClaimsPrincipal author, Guid? only, CancellationToken ct);
}
