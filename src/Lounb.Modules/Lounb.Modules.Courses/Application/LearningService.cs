using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record OutlineLesson(Guid Id, string Title, string Kind, bool IsRequired, bool IsCompleted);

internal sealed record OutlineSection(string Title, IReadOnlyList<OutlineLesson> Lessons);

internal sealed record LessonContent(Guid Id, string Title, string Kind, bool IsRequired, string BodyHtml, string? Url, string? FileKey, string? FileName, string? ExtensionRef);

internal sealed record PlayerView(
    Guid RunId, Guid CourseId, string CourseTitle, string CourseSlug, LessonContent Lesson, IReadOnlyList<OutlineSection> Outline,
    Guid? PreviousId, Guid? NextId, bool IsCompleted, int Done, int Required, DateTime? CourseCompletedAt, ILessonKind? Kind, LessonKindContext Context);

internal sealed record MyCourse(
    Guid RunId, string CourseTitle, string CourseSlug, string RunTitle, EnrollmentStatus Status, int Done, int Required,
    Guid? NextLessonId, string? NextLessonTitle, DateOnly StartsOn, DateOnly EndsOn, DateTime? CompletedAt)
{
    public int Percent => Required == 0 ? 0 : (int)Math.Round(100.0 * Done / Required);
}

internal sealed record CompletionResult(bool LessonCompleted, int Done, int Required, bool CourseCompleted);

/// <summary>The learner's side: "Моє навчання", the lesson player, marking lessons complete and completing the course.</summary>
internal sealed class LearningService(LounbDbContext db, LessonKindRegistry kinds, IIntegrationEventPublisher events, TimeProvider time) : ICourseProgress
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<MyCourse>> MyCoursesAsync(Guid userId, CancellationToken ct)
    {
        var enrollments = await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.Status != EnrollmentStatus.Withdrawn && e.Status != EnrollmentStatus.Rejected)
            .Join(db.Set<CourseRun>(), e => e.RunId, r => r.Id, (e, r) => new { e, r })
            .Join(db.Set<Course>(), x => x.e.CourseId, c => c.Id, (x, c) => new { x.e, x.r, c.Title, c.Slug })
            .OrderByDescending(x => x.e.CreatedAt)
            .ToListAsync(ct);
        var courseIds = enrollments.Select(x => x.e.CourseId).Distinct().ToList();
        var lessons = await OrderedLessonsAsync(courseIds, ct);
        var enrollmentIds = enrollments.Select(x => x.e.Id).ToList();
        var done = (await db.Set<LessonProgress>().AsNoTracking().Where(p => enrollmentIds.Contains(p.EnrollmentId)).Select(p => new { p.EnrollmentId, p.LessonId }).ToListAsync(ct))
            .ToLookup(p => p.EnrollmentId, p => p.LessonId);
        return enrollments.Select(x =>
        {
            var courseLessons = lessons.GetValueOrDefault(x.e.CourseId) ?? [];
            var completed = done[x.e.Id].ToHashSet();
            var tally = LessonTally.Of(RequiredIds(courseLessons), completed);
            var next = courseLessons.FirstOrDefault(l => !completed.Contains(l.Id));
            return new MyCourse(x.r.Id, x.Title, x.Slug, x.r.Title, x.e.Status, tally.Done, tally.Required,
                next?.Id, next?.Title, x.r.StartsOn, x.r.EndsOn, x.e.CompletedAt);
        }).ToList();
    }

    /// <summary>The lesson to open when the learner comes back: where they stopped, else the first one not done.</summary>
    public async Task<Guid?> ResumeLessonAsync(Guid userId, Guid runId, CancellationToken ct)
    {
        var enrollment = await FindLearningAsync(userId, runId, ct);
        if (enrollment is null)
        {
            return null;
        }

        var lessons = (await OrderedLessonsAsync([enrollment.CourseId], ct)).GetValueOrDefault(enrollment.CourseId) ?? [];
        if (enrollment.LastLessonId is { } last && lessons.Any(l => l.Id == last))
        {
            return last;
        }

        var done = await db.Set<LessonProgress>().Where(p => p.EnrollmentId == enrollment.Id).Select(p => p.LessonId).ToListAsync(ct);
        return (lessons.FirstOrDefault(l => !done.Contains(l.Id)) ?? lessons.FirstOrDefault())?.Id;
    }

    public async Task<PlayerView?> OpenLessonAsync(Guid userId, Guid runId, Guid lessonId, CancellationToken ct)
    {
        var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == runId && e.UserId == userId
            && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Completed), ct);
        if (enrollment is null)
        {
            return null;
        }

        var lesson = await db.Set<Lesson>().AsNoTracking()
            .Where(l => l.Id == lessonId && l.CourseId == enrollment.CourseId && !l.IsRemoved)
            .Select(l => new LessonContent(l.Id, l.Title, l.Kind, l.IsRequired, l.BodyHtml, l.Url, l.FileKey, l.FileName, l.ExtensionRef))
            .FirstOrDefaultAsync(ct);
        if (lesson is null)
        {
            return null;
        }

        if (enrollment.LastLessonId != lessonId)
        {
            enrollment.LastLessonId = lessonId;
            await db.SaveChangesAsync(ct);
        }

        var course = await db.Set<Course>().AsNoTracking().Where(c => c.Id == enrollment.CourseId).Select(c => new { c.Title, c.Slug }).FirstAsync(ct);
        var sections = await db.Set<Section>().AsNoTracking().Where(s => s.CourseId == enrollment.CourseId).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Title }).ToListAsync(ct);
        var lessons = (await OrderedLessonsAsync([enrollment.CourseId], ct)).GetValueOrDefault(enrollment.CourseId) ?? [];
        var done = (await db.Set<LessonProgress>().AsNoTracking().Where(p => p.EnrollmentId == enrollment.Id).Select(p => p.LessonId).ToListAsync(ct)).ToHashSet();
        var outline = sections
            .Select(s => new OutlineSection(s.Title, lessons.Where(l => l.SectionId == s.Id)
                .Select(l => new OutlineLesson(l.Id, l.Title, l.Kind, l.IsRequired, done.Contains(l.Id))).ToList()))
            .Where(s => s.Lessons.Count > 0)
            .ToList();
        var index = lessons.FindIndex(l => l.Id == lessonId);
        var tally = LessonTally.Of(RequiredIds(lessons), done);
        return new PlayerView(runId, enrollment.CourseId, course.Title, course.Slug, lesson, outline,
            index > 0 ? lessons[index - 1].Id : null,
            index < lessons.Count - 1 ? lessons[index + 1].Id : null,
            done.Contains(lessonId), tally.Done, tally.Required, enrollment.CompletedAt,
            kinds.Find(lesson.Kind), new LessonKindContext(enrollment.CourseId, runId, lessonId, userId, lesson.Title, lesson.ExtensionRef));
    }

    /// <summary>The learner finished a lesson (idempotent: a repeated or late tap changes nothing).</summary>
    public async Task<Result<CompletionResult>> MarkCompleteAsync(Guid userId, Guid runId, Guid lessonId, CancellationToken ct)
    {
        var enrollment = await FindLearningAsync(userId, runId, ct);
        if (enrollment is null)
        {
            return CourseErrors.NotEnrolled;
        }

        var lesson = await db.Set<Lesson>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.CourseId == enrollment.CourseId && !l.IsRemoved, ct);
        if (lesson is null)
        {
            return CourseErrors.LessonNotFound;
        }

        if (kinds.Find(lesson.Kind) is { LearnerMarksComplete: false })
        {
            return CourseErrors.CompletedAutomatically;
        }

        return await RecordAsync(enrollment, lessonId, ct);
    }

    /// <summary><see cref="ICourseProgress"/>: another module reports that a lesson of its kind was completed.</summary>
    public async Task<bool> CompleteLessonAsync(Guid userId, Guid lessonId, CancellationToken ct)
    {
        var courseId = await db.Set<Lesson>().Where(l => l.Id == lessonId && !l.IsRemoved).Select(l => (Guid?)l.CourseId).FirstOrDefaultAsync(ct);
        var enrollment = courseId is null ? null : await db.Set<Enrollment>()
            .Where(e => e.UserId == userId && e.CourseId == courseId && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Completed))
            .OrderByDescending(e => e.CreatedAt).FirstOrDefaultAsync(ct);
        return enrollment is not null && !(await RecordAsync(enrollment, lessonId, ct)).Failed(out _);
    }

    /// <summary><see cref="ICourseProgress"/>: every lesson of a kind that refers to the same thing (one live session) is completed.</summary>
    public async Task<int> CompleteLessonsReferringToAsync(Guid userId, string kindKey, string extensionRef, CancellationToken ct)
    {
        var lessonIds = await db.Set<Lesson>().AsNoTracking()
            .Where(l => l.Kind == kindKey && l.ExtensionRef == extensionRef && !l.IsRemoved).Select(l => l.Id).ToListAsync(ct);
        var completed = 0;
        foreach (var lessonId in lessonIds)
        {
            if (await CompleteLessonAsync(userId, lessonId, ct))
            {
                completed++;
            }
        }

        return completed;
    }

    private async Task<Result<CompletionResult>> RecordAsync(Enrollment enrollment, Guid lessonId, CancellationToken ct)
    {
        if (!await db.Set<LessonProgress>().AnyAsync(p => p.EnrollmentId == enrollment.Id && p.LessonId == lessonId, ct))
        {
            db.Add(new LessonProgress(enrollment.Id, lessonId, Now));
            await events.PublishAsync(new LessonCompleted(enrollment.Id, enrollment.UserId, enrollment.CourseId, lessonId, Now), ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same tap arrived twice at once (an offline queue replaying): the other one recorded it.
                db.ChangeTracker.Clear();
                enrollment = await db.Set<Enrollment>().FirstAsync(e => e.Id == enrollment.Id, ct);
            }
        }

        var required = await db.Set<Lesson>().Where(l => l.CourseId == enrollment.CourseId && l.IsRequired && !l.IsRemoved).Select(l => l.Id).ToListAsync(ct);
        var done = await db.Set<LessonProgress>().Where(p => p.EnrollmentId == enrollment.Id && required.Contains(p.LessonId)).CountAsync(ct);
        if (enrollment.CompleteIfAllRequiredDone(done, required.Count, Now))
        {
            // The event is saved with the completion (the outbox): both are committed, or neither.
            var course = await db.Set<Course>().AsNoTracking().Where(c => c.Id == enrollment.CourseId).Select(c => new { c.Title, c.Hours }).FirstAsync(ct);
            await events.PublishAsync(new CourseCompleted(enrollment.Id, enrollment.UserId, enrollment.CourseId, enrollment.RunId, course.Title, course.Hours, enrollment.CompletedAt!.Value), ct);
            await db.SaveChangesAsync(ct);
        }

        return new CompletionResult(true, done, required.Count, enrollment.Status == EnrollmentStatus.Completed);
    }

    private Task<Enrollment?> FindLearningAsync(Guid userId, Guid runId, CancellationToken ct) =>
        db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == runId && e.UserId == userId
            && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Completed), ct);

    private static List<Guid> RequiredIds(IEnumerable<OrderedLesson> lessons) => lessons.Where(l => l.IsRequired).Select(l => l.Id).ToList();

    private sealed record OrderedLesson(Guid Id, Guid SectionId, string Title, string Kind, bool IsRequired);

    /// <summary>Visible lessons of each course in reading order (section position, then lesson position).</summary>
    private async Task<Dictionary<Guid, List<OrderedLesson>>> OrderedLessonsAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct)
    {
        var rows = await db.Set<Lesson>().AsNoTracking()
            .Where(l => courseIds.Contains(l.CourseId) && !l.IsRemoved)
            .Join(db.Set<Section>(), l => l.SectionId, s => s.Id, (l, s) => new { l.CourseId, SectionPosition = s.Position, l.Position, Lesson = new OrderedLesson(l.Id, l.SectionId, l.Title, l.Kind, l.IsRequired) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CourseId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.SectionPosition).ThenBy(r => r.Position).Select(r => r.Lesson).ToList());
    }
}
