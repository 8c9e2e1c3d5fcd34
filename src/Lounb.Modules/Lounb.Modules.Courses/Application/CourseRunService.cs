using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record RunInput(string? Title, DateOnly StartsOn, DateOnly EndsOn, int? Capacity, EnrolmentMode Mode, string? InviteCode, IReadOnlyList<Guid> TrainerIds);

internal sealed record RunRow(Guid Id, Guid CourseId, string Title, DateOnly StartsOn, DateOnly EndsOn, int? Capacity, int SeatsTaken, int Waitlisted, int Pending, EnrolmentMode Mode, RunState State);

internal sealed record EnrollmentRow(Guid Id, Guid UserId, string FullName, string Email, EnrollmentStatus Status, DateTime CreatedAt, LessonTally Lessons);

/// <summary>
/// Runs of a course and who is in them. Taking a seat increments the run's seat count, which is a concurrency token:
/// two people reaching for the last seat at once both read one free seat, one save wins, the other is retried and
/// lands on the waiting list. Freeing a seat promotes the longest-waiting person in the same save.
/// </summary>
internal sealed class CourseRunService(LounbDbContext db, LocalTime localTime, TimeProvider time, CatalogCache catalog)
{
    private const int MaxSeatRetries = 10;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(localTime.ToLocal(Now));

    public async Task<IReadOnlyList<RunRow>> ListAsync(Guid courseId, CancellationToken ct) =>
        await db.Set<CourseRun>().AsNoTracking().Where(r => r.CourseId == courseId)
            .OrderByDescending(r => r.StartsOn)
            .Select(r => new RunRow(r.Id, r.CourseId, r.Title, r.StartsOn, r.EndsOn, r.Capacity, r.SeatsTaken,
                db.Set<Enrollment>().Count(e => e.RunId == r.Id && e.Status == EnrollmentStatus.Waitlisted),
                db.Set<Enrollment>().Count(e => e.RunId == r.Id && e.Status == EnrollmentStatus.PendingApproval),
                r.Mode, r.State))
            .ToListAsync(ct);

    public async Task<(CourseRun Run, Course Course)?> FindAsync(AccessScope scope, Guid runId, CancellationToken ct)
    {
        var run = await db.Set<CourseRun>().AsNoTracking().Include(r => r.Trainers).FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return null;
        }

        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == run.CourseId, ct);
        return scope.Allows(course.OwnerOblastCode) ? (run, course) : null;
    }

    public async Task<Result<Guid>> CreateAsync(AccessScope scope, Guid courseId, RunInput input, CancellationToken ct)
    {
        var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || !scope.Allows(course.OwnerOblastCode))
        {
            return CourseErrors.CourseNotFound;
        }

        var invalid = await ValidateAsync(input, seatsTaken: 0, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var run = new CourseRun(courseId, input.Title!.Trim(), input.StartsOn, input.EndsOn);
        Apply(run, input);
        db.Add(run);
        await SaveAsync(ct);
        return run.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid runId, RunInput input, CancellationToken ct)
    {
        var run = await LoadAsync(scope, runId, ct);
        if (!run.IsSuccess)
        {
            return run.Error!;
        }

        var invalid = await ValidateAsync(input, run.Value.SeatsTaken, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        run.Value.Title = input.Title!.Trim();
        run.Value.StartsOn = input.StartsOn;
        run.Value.EndsOn = input.EndsOn;
        Apply(run.Value, input);
        await PromoteWaitingAsync(run.Value, ct);
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> SetStateAsync(AccessScope scope, Guid runId, RunState state, CancellationToken ct)
    {
        var run = await LoadAsync(scope, runId, ct);
        if (!run.IsSuccess)
        {
            return run.Error!;
        }

        if (state == RunState.Published && !await db.Set<Course>().AnyAsync(c => c.Id == run.Value.CourseId && c.Status == CourseStatus.Published, ct))
        {
            return CourseErrors.CourseNotPublished;
        }

        run.Value.State = state;
        await SaveAsync(ct);
        return Result.Success();
    }

    /// <summary>A learner asks for a place. Returns where they landed: learning, on the waiting list, or waiting for approval.</summary>
    public async Task<Result<EnrollmentStatus>> EnrolAsync(Guid userId, Guid runId, string? inviteCode, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryEnrolAsync(userId, runId, inviteCode, ct);
            }
            catch (DbUpdateException) when (attempt < MaxSeatRetries)
            {
                // Someone took a seat (or enrolled this same person) between our read and our save: read again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<Result> WithdrawAsync(Guid userId, Guid runId, CancellationToken ct) =>
        await WithRetriesAsync(async () =>
        {
            var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == runId && e.UserId == userId, ct);
            if (enrollment is null || enrollment.Status is EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected or EnrollmentStatus.Completed)
            {
                return CourseErrors.NotEnrolled;
            }

            var run = await db.Set<CourseRun>().FirstAsync(r => r.Id == runId, ct);
            var heldSeat = enrollment.HoldsSeat;
            enrollment.MoveTo(EnrollmentStatus.Withdrawn, Now);
            if (heldSeat)
            {
                run.FreeSeat();
                await PromoteWaitingAsync(run, ct);
            }

            await SaveAsync(ct);
            return Result.Success();
        });

    /// <summary>Approves or rejects a request to join a run; a run outside the scope is not found, whatever the request.</summary>
    public async Task<Result> DecideAsync(AccessScope scope, Guid runId, Guid enrollmentId, bool approve, CancellationToken ct) =>
        await WithRetriesAsync(async () =>
        {
            var run = await LoadAsync(scope, runId, ct);
            if (!run.IsSuccess)
            {
                return run.Error!;
            }

            var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.Id == enrollmentId && e.RunId == runId, ct);
            if (enrollment is null || enrollment.Status != EnrollmentStatus.PendingApproval)
            {
                return Error.NotFound("Заявку не знайдено.");
            }

            enrollment.MoveTo(approve ? run.Value.SeatOrWaitingList() : EnrollmentStatus.Rejected, Now);

            await SaveAsync(ct);
            return Result.Success();
        });

    /// <summary>Enrols every librarian of an oblast, hromada or library (within the methodologist's scope); past capacity they wait.</summary>
    public async Task<Result<int>> AssignLibrariansAsync(AccessScope scope, Guid runId, string? oblastCode, Guid? hromadaId, Guid? libraryId, CancellationToken ct)
    {
        if (oblastCode is null && hromadaId is null && libraryId is null)
        {
            return Error.Validation("Оберіть область, громаду або бібліотеку.");
        }

        if (oblastCode is not null && !scope.Allows(oblastCode))
        {
            return Error.Forbidden("Ця область поза вашими повноваженнями.");
        }

        var run = await LoadAsync(scope, runId, ct);
        if (!run.IsSuccess)
        {
            return run.Error!;
        }

        var librarianRole = await db.Roles.Where(r => r.Name == Roles.Librarian).Select(r => r.Id).SingleAsync(ct);
        var people = await scope.Filter(db.Users.AsNoTracking(), u => u.OblastCode)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == librarianRole))
            .Where(u => oblastCode == null || u.OblastCode == oblastCode)
            .Where(u => hromadaId == null || u.HromadaId == hromadaId)
            .Where(u => libraryId == null || u.LibraryId == libraryId)
            .Where(u => !db.Set<Enrollment>().Any(e => e.RunId == runId && e.UserId == u.Id))
            .Select(u => u.Id)
            .ToListAsync(ct);
        var runEntity = run.Value;
        foreach (var person in people)
        {
            db.Add(new Enrollment(runId, runEntity.CourseId, person, runEntity.SeatOrWaitingList(), Now));
        }

        await SaveAsync(ct);
        return people.Count;
    }

    /// <summary>The run's learners, each with the lessons passed out of the required ones, counted as their own progress bar counts.</summary>
    public async Task<IReadOnlyList<EnrollmentRow>> EnrollmentsAsync(Guid runId, CancellationToken ct)
    {
        var courseId = await db.Set<CourseRun>().AsNoTracking().Where(r => r.Id == runId).Select(r => r.CourseId).FirstOrDefaultAsync(ct);
        var required = await db.Set<Lesson>().AsNoTracking().Where(l => l.CourseId == courseId && l.IsRequired && !l.IsRemoved).Select(l => l.Id).ToListAsync(ct);
        var passed = (await db.Set<LessonProgress>().AsNoTracking()
                .Join(db.Set<Enrollment>().Where(e => e.RunId == runId), p => p.EnrollmentId, e => e.Id, (p, e) => new { p.EnrollmentId, p.LessonId })
                .ToListAsync(ct))
            .ToLookup(p => p.EnrollmentId, p => p.LessonId);
        var rows = await db.Set<Enrollment>().AsNoTracking().Where(e => e.RunId == runId)
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { e, u })
            .OrderBy(x => x.e.Status).ThenBy(x => x.e.CreatedAt)
            .Select(x => new { x.e.Id, UserId = x.u.Id, x.u.FullName, Email = x.u.Email ?? "", x.e.Status, x.e.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(x => new EnrollmentRow(x.Id, x.UserId, x.FullName, x.Email, x.Status, x.CreatedAt, LessonTally.Of(required, passed[x.Id]))).ToList();
    }

    private async Task<Result<EnrollmentStatus>> TryEnrolAsync(Guid userId, Guid runId, string? inviteCode, CancellationToken ct)
    {
        var run = await db.Set<CourseRun>().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return CourseErrors.RunNotFound;
        }

        var course = await db.Set<Course>().AsNoTracking().Include(c => c.Prerequisites).FirstAsync(c => c.Id == run.CourseId, ct);
        var person = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        var required = course.Prerequisites.Select(p => p.RequiredCourseId).ToList();
        var completedRequired = required.Count == 0 ? 0
            : await db.Set<Enrollment>().Where(e => e.UserId == userId && e.Status == EnrollmentStatus.Completed && required.Contains(e.CourseId))
                .Select(e => e.CourseId).Distinct().CountAsync(ct);
        var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == runId && e.UserId == userId, ct);
        var applicant = new EnrolmentApplicant(inviteCode, person.IsUnder14 && person.GuardianConsent is null, required.Count - completedRequired, enrollment?.Status);
        if (EnrolmentRules.Refusal(run, course.Status, Today, applicant) is { } refusal)
        {
            return refusal;
        }

        var status = run.Admit();
        if (enrollment is null)
        {
            db.Add(new Enrollment(runId, run.CourseId, userId, status, Now));
        }
        else
        {
            enrollment.MoveTo(status, Now);
        }

        await SaveAsync(ct);
        return status;
    }

    /// <summary>Fills free seats from the waiting list, longest-waiting first.</summary>
    private async Task PromoteWaitingAsync(CourseRun run, CancellationToken ct)
    {
        if (!run.HasFreeSeat)
        {
            return;
        }

        var waiting = await db.Set<Enrollment>().Where(e => e.RunId == run.Id && e.Status == EnrollmentStatus.Waitlisted)
            .OrderBy(e => e.StatusChangedAt).ThenBy(e => e.Id)
            .Take(Math.Min(run.FreeSeats, 1000))
            .ToListAsync(ct);
        run.PromoteWaiting(waiting, Now);
    }

    private async Task<Result> WithRetriesAsync(Func<Task<Result>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSeatRetries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Error?> ValidateAsync(RunInput input, int seatsTaken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            return CourseErrors.TitleRequired;
        }

        if (title.Length > CourseAuthoringService.MaxTitleLength)
        {
            return CourseErrors.TitleTooLong;
        }

        if (input.EndsOn < input.StartsOn)
        {
            return CourseErrors.RunDatesInvalid;
        }

        if (input.Capacity is < 1 or > 10_000)
        {
            return CourseErrors.CapacityInvalid;
        }

        if (input.Capacity < seatsTaken)
        {
            return CourseErrors.CapacityBelowEnrolled(seatsTaken);
        }

        if (input.Mode == EnrolmentMode.InviteCode && (input.InviteCode?.Trim().Length ?? 0) is < 4 or > 40)
        {
            return CourseErrors.InviteCodeRequired;
        }

        var trainers = input.TrainerIds.Distinct().ToList();
        if (trainers.Count > 0 && await db.Users.CountAsync(u => trainers.Contains(u.Id), ct) != trainers.Count)
        {
            return Error.Validation("Невідомий тренер.");
        }

        return null;
    }

    private static void Apply(CourseRun run, RunInput input)
    {
        run.Capacity = input.Capacity;
        run.Mode = input.Mode;
        run.InviteCode = input.Mode == EnrolmentMode.InviteCode ? input.InviteCode!.Trim() : null;
        run.Trainers.RemoveAll(t => !input.TrainerIds.Contains(t.UserId));
        foreach (var trainer in input.TrainerIds.Distinct().Where(id => run.Trainers.All(t => t.UserId != id)))
        {
            run.Trainers.Add(new RunTrainer { RunId = run.Id, UserId = trainer });
        }
    }

    private async Task<Result<CourseRun>> LoadAsync(AccessScope scope, Guid runId, CancellationToken ct)
    {
        var run = await db.Set<CourseRun>().Include(r => r.Trainers).FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return CourseErrors.RunNotFound;
        }

        var owner = await db.Set<Course>().Where(c => c.Id == run.CourseId).Select(c => c.OwnerOblastCode).FirstAsync(ct);
        return scope.Allows(owner) ? run : CourseErrors.RunNotFound;
    }

    /// <summary>Saves and lets the catalog forget what it showed, since this change may be on it.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
    }
}
