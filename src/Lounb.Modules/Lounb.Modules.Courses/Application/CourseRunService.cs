using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record RunInput(string? Title, DateOnly StartsOn, DateOnly EndsOn, int? Capacity, EnrolmentMode Mode, string? InviteCode, IReadOnlyList<Guid> TrainerIds);

/// <summary>What the run form starts from: the course, today's date for a new run, the run being edited, and the trainers to pick.</summary>
internal sealed record RunFormStart(Guid CourseId, string CourseTitle, DateOnly Today, CourseRun? Run, IReadOnlyList<Choice> Trainers);

/// <summary>Staff's side of runs: the run form, dates and seats, opening and closing, approvals and assigning librarians.</summary>
internal sealed class CourseRunService(LounbDbContext db, IPeopleDirectory directory, RunSeats seats)
{
    private DateTime Now => seats.Now;

    private DateOnly Today => seats.Today;

    /// <summary>The form for a new run of the course, if it is within scope.</summary>
    public async Task<RunFormStart?> NewRunAsync(AccessScope scope, Guid courseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var course = await db.Set<Course>().AsNoTracking().Where(c => c.Id == courseId).Select(c => new { c.Title, c.OwnerOblastCode }).FirstOrDefaultAsync(ct);
        return course is null || !scope.Allows(course.OwnerOblastCode) ? null
            : new RunFormStart(courseId, course.Title, Today, null, await TrainersAsync(scope, ct));
    }

    /// <summary>The form for the run, with its trainers, if its course is within scope.</summary>
    public async Task<RunFormStart?> EditRunAsync(AccessScope scope, Guid runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var run = await db.Set<CourseRun>().AsNoTracking().Include(r => r.Trainers).FirstOrDefaultAsync(r => r.Id == runId, ct);
        var course = run is null ? null
            : await db.Set<Course>().AsNoTracking().Where(c => c.Id == run.CourseId).Select(c => new { c.Title, c.OwnerOblastCode }).FirstAsync(ct);
        return run is null || course is null || !scope.Allows(course.OwnerOblastCode) ? null
            : new RunFormStart(run.CourseId, course.Title, Today, run, await TrainersAsync(scope, ct));
    }

    /// <summary>Trainers within the staff member's scope (national trainers only for national staff), for the run form.</summary>
    public async Task<IReadOnlyList<Choice>> TrainersAsync(AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var national = scope.IsNational;
        var oblasts = scope.OblastCodes.ToList();
        return await directory.InRole(Roles.Trainer)
            .Where(t => national || (t.ScopeOblastCode != null && oblasts.Contains(t.ScopeOblastCode)))
            .OrderBy(t => t.SortName)
            .Select(t => new Choice(t.PersonId.ToString(), t.FullName))
            .ToListAsync(ct);
    }

    public async Task<Result<Guid>> CreateAsync(AccessScope scope, Guid courseId, RunInput input, CancellationToken ct)
    {
        var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || !scope.Allows(course.OwnerOblastCode))
        {
            return CourseErrors.CourseNotFound;
        }

        if (await ValidateAsync(input, seatsTaken: 0, ct) is { } invalid)
        {
            return invalid;
        }

        var run = new CourseRun(courseId, input.Title!.Trim(), input.StartsOn, input.EndsOn);
        Apply(run, input);
        db.Add(run);
        await seats.SaveAsync(ct);
        return run.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid runId, RunInput input, CancellationToken ct)
    {
        if (!(await LoadAsync(scope, runId, ct)).Succeeded(out var run, out var error))
        {
            return error;
        }

        if (await ValidateAsync(input, run.SeatsTaken, ct) is { } invalid)
        {
            return invalid;
        }

        run.Title = input.Title!.Trim();
        run.StartsOn = input.StartsOn;
        run.EndsOn = input.EndsOn;
        Apply(run, input);
        await seats.PromoteWaitingAsync(run, ct);
        await seats.SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> SetStateAsync(AccessScope scope, Guid runId, RunState state, CancellationToken ct)
    {
        if (!(await LoadAsync(scope, runId, ct)).Succeeded(out var run, out var error))
        {
            return error;
        }

        if (state == RunState.Published && !await db.Set<Course>().AnyAsync(c => c.Id == run.CourseId && c.Status == CourseStatus.Published, ct))
        {
            return CourseErrors.CourseNotPublished;
        }

        run.State = state;
        await seats.SaveAsync(ct);
        return Result.Success();
    }

    /// <summary>Approves or rejects a request to join a run; a run outside the scope is not found, whatever the request.</summary>
    public async Task<Result> DecideAsync(AccessScope scope, Guid runId, Guid enrollmentId, bool approve, CancellationToken ct) =>
        await seats.RetryAsync(async () =>
        {
            if (!(await LoadAsync(scope, runId, ct)).Succeeded(out var run, out var error))
            {
                return error;
            }

            var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.Id == enrollmentId && e.RunId == runId, ct);
            if (enrollment is null)
            {
                return CourseErrors.RequestNotFound;
            }

            if (enrollment.Status != EnrollmentStatus.PendingApproval)
            {
                return CourseErrors.RequestAlreadyDecided;
            }

            enrollment.MoveTo(approve ? run.SeatOrWaitingList() : EnrollmentStatus.Rejected, Now);

            await seats.SaveAsync(ct);
            return Result.Success();
        });

    /// <summary>Enrols every librarian of an oblast, hromada or library (within the methodologist's scope); past capacity they wait.</summary>
    public async Task<Result<int>> AssignLibrariansAsync(AccessScope scope, Guid runId, string? oblastCode, Guid? hromadaId, Guid? libraryId, CancellationToken ct)
    {
        if (oblastCode is null && hromadaId is null && libraryId is null)
        {
            return CourseErrors.AssignTargetRequired;
        }

        if (oblastCode is not null && !scope.Allows(oblastCode))
        {
            return CourseErrors.OblastOutOfScope;
        }

        if (!(await LoadAsync(scope, runId, ct)).Succeeded(out var run, out var error))
        {
            return error;
        }

        var librarians = directory.InRole(Roles.Librarian).Select(r => r.PersonId);
        var people = await scope.Filter(directory.People, u => u.OblastCode)
            .Where(u => librarians.Contains(u.Id))
            .Where(u => oblastCode == null || u.OblastCode == oblastCode)
            .Where(u => hromadaId == null || u.HromadaId == hromadaId)
            .Where(u => libraryId == null || u.LibraryId == libraryId)
            .Where(u => !db.Set<Enrollment>().Any(e => e.RunId == runId && e.UserId == u.Id))
            .Select(u => u.Id)
            .ToListAsync(ct);
        foreach (var person in people)
        {
            db.Add(new Enrollment(runId, run.CourseId, person, run.SeatOrWaitingList(), Now));
        }

        await seats.SaveAsync(ct);
        return people.Count;
    }

    private async Task<Error?> ValidateAsync(RunInput input, int seatsTaken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (CourseRules.Title(input.Title).Failed(out var error))
        {
            return error;
        }

        if (CourseRules.Run(input.StartsOn, input.EndsOn, input.Capacity, input.Mode, input.InviteCode, seatsTaken) is { } refused)
        {
            return refused;
        }

        var trainers = input.TrainerIds.Distinct().ToList();
        return trainers.Count > 0 && await directory.People.CountAsync(p => trainers.Contains(p.Id), ct) != trainers.Count
            ? CourseErrors.UnknownTrainer
            : null;
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
}
