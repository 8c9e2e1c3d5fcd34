using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Hubs.Application.Reports;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application;

/// <summary>Who opens a mentee's records, and how: the route decides the viewer, the scope matters to methodologists only.</summary>
internal sealed record Viewing(MenteeViewer As, Guid UserId, AccessScope Scope);

internal sealed record MentorPeriod(Guid MentorId, string MentorName, DateOnly Since, DateOnly? Until);

internal sealed record SessionView(MentoringSession Session, string MentorName, IReadOnlyList<AgreedAction> Actions);

/// <summary>A coordinator's mentoring records as one viewer sees them.</summary>
internal sealed record MenteePage(
    MenteeReach Reach,
    string BaseUrl,
    IReadOnlyList<MentorPeriod> Mentors,
    IReadOnlyList<MentoringGoal> Goals,
    IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<AreaGrowth> Growth,
    bool HasStart,
    bool HasEnd,
    DateOnly Today,
    SessionForm SessionForm);

internal sealed record CoordinatorRow(Guid Id, string Name, string? OblastCode, MentorPeriod? CurrentMentor, IReadOnlyList<MentorPeriod> History);

internal sealed record PeoplePage(IReadOnlyList<CoordinatorRow> Coordinators, IReadOnlyList<PersonChoice> Mentors, DateOnly Today);

internal sealed record MenteeSummary(Guid Id, string Name, bool Current, DateOnly? NextSession, int OverdueActions);

internal sealed record OverdueAction(Guid CoordinatorId, string CoordinatorName, AgreedAction Action);

internal sealed record MentorDashboard(
    IReadOnlyList<MenteeSummary> Mentees, IReadOnlyList<MenteeSummary> Upcoming, IReadOnlyList<OverdueAction> Overdue, int ReportsWaiting, DateOnly Today);

internal sealed record SelfAssessmentPage(AssessmentStage Stage, IReadOnlyDictionary<string, int> Levels, DateOnly? TakenOn);

/// <summary>Mentoring: mentors assigned to coordinators, plans, sessions and agreed actions, self-assessments, the mentor's dashboard.</summary>
internal sealed class MentorshipService(
    LounbDbContext db, IPeopleDirectory directory, MenteeAccess access, PeriodAssigner periods, ReportReviewQueue reviews, KyivToday today)
{
    public async Task<PeoplePage> PeopleAsync(AccessScope scope, CancellationToken ct)
    {
        var holders = (await directory.InRole(Roles.HubCoordinator).ToListAsync(ct)).DistinctBy(h => h.PersonId).ToList();
        var rows = new List<CoordinatorRow>();
        var day = today.Date;
        foreach (var holder in holders.OrderBy(h => h.SortName, StringComparer.CurrentCulture))
        {
            var oblast = await access.OblastOfAsync(holder.PersonId, ct);
            if (!scope.Allows(oblast))
            {
                continue;
            }

            var history = await MentorsOfAsync(holder.PersonId, ct);
            rows.Add(new CoordinatorRow(holder.PersonId, holder.FullName, oblast, history.FirstOrDefault(m => m.Since <= day && (m.Until is null || m.Until >= day)), history));
        }

        var mentors = await directory.InRole(Roles.Mentor).OrderBy(r => r.SortName).Select(r => new PersonChoice(r.PersonId, r.FullName)).ToListAsync(ct);
        return new PeoplePage(rows, mentors.DistinctBy(m => m.Id).ToList(), day);
    }

    /// <summary>The mentor accompanies the coordinator from <paramref name="since"/>; the previous mentor's period ends the day before.</summary>
    public async Task<Result> AssignMentorAsync(AccessScope scope, Guid coordinatorId, Guid mentorId, DateOnly? since, CancellationToken ct)
    {
        if (!(await access.AsMethodologistAsync(scope, coordinatorId, ct)).Succeeded(out _, out var refused))
        {
            return refused;
        }

        return await periods.AssignAsync<MentorAssignment>(
            Roles.Mentor, HubsErrors.NotAMentor, mentorId, since, a => a.CoordinatorId == coordinatorId,
            day => new MentorAssignment(mentorId, coordinatorId, day), "hubs.mentor.assigned", $"person:{coordinatorId}", ct);
    }

    public async Task<Result<MenteePage>> PageAsync(Viewing viewing, Guid coordinatorId, SessionForm? form, CancellationToken ct)
    {
        if (!(await ReachAsync(viewing, coordinatorId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var id = reach.Coordinator.Id;
        var goals = await db.Set<MentoringGoal>().AsNoTracking().Where(g => g.CoordinatorId == id).OrderBy(g => g.TargetDate).ToListAsync(ct);
        var sessions = await db.Set<MentoringSession>().AsNoTracking().Where(s => s.CoordinatorId == id).OrderByDescending(s => s.HeldOn).ToListAsync(ct);
        var actions = (await db.Set<AgreedAction>().AsNoTracking().Where(a => a.CoordinatorId == id).OrderBy(a => a.DueOn).ToListAsync(ct)).ToLookup(a => a.SessionId);
        var mentors = await MentorsOfAsync(id, ct);
        var mentorNames = await NamesAsync(sessions.Select(s => s.MentorId), ct);
        var assessments = await db.Set<SelfAssessment>().AsNoTracking().Where(a => a.CoordinatorId == id).ToListAsync(ct);
        var start = assessments.FirstOrDefault(a => a.Stage == AssessmentStage.Start);
        var end = assessments.FirstOrDefault(a => a.Stage == AssessmentStage.End);
        return new MenteePage(
            reach, BaseUrl(viewing.As, id), mentors, goals,
            sessions.Select(s => new SessionView(s, mentorNames.GetValueOrDefault(s.MentorId, "—"), actions[s.Id].ToList())).ToList(),
            SelfAssessmentGrowth.PerArea(start, end), start is not null, end is not null, today.Date, form ?? new SessionForm { HeldOn = today.Date });
    }

    public async Task<Result> AddGoalAsync(Viewing viewing, Guid coordinatorId, string? title, DateOnly? targetDate, CancellationToken ct)
    {
        if (!(await WriterAsync(viewing, coordinatorId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (!MentoringGoal.Set(reach.Coordinator.Id, title, targetDate).Succeeded(out var goal, out var error))
        {
            return error;
        }

        db.Add(goal);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> SetGoalStatusAsync(Viewing viewing, Guid coordinatorId, Guid goalId, GoalStatus status, CancellationToken ct)
    {
        if (!(await WriterAsync(viewing, coordinatorId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var goal = await db.Set<MentoringGoal>().FirstOrDefaultAsync(g => g.Id == goalId && g.CoordinatorId == reach.Coordinator.Id, ct);
        if (goal is null || !Enum.IsDefined(status))
        {
            return HubsErrors.GoalNotFound;
        }

        goal.MoveTo(status);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RecordSessionAsync(Viewing viewing, Guid coordinatorId, SessionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!(await WriterAsync(viewing, coordinatorId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (form.HeldOn is not { } heldOn || form.DurationMinutes is not { } minutes)
        {
            return form.HeldOn is null ? HubsErrors.DateRequired : HubsErrors.DurationInvalid;
        }

        var filled = form.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Text) || a.DueOn is not null).ToList();
        if (filled.Any(a => a.DueOn is null || string.IsNullOrWhiteSpace(a.Text)))
        {
            return HubsErrors.ActionTextRequired;
        }

        var record = new SessionRecord(heldOn, form.Format, minutes, form.Topics ?? "", form.Notes, form.NextDate,
            filled.Select(a => new ActionPlan(a.Text!, a.Owner, a.DueOn!.Value)).ToList());
        if (!MentoringSession.Record(reach.Coordinator.Id, viewing.UserId, record, today.Date).Succeeded(out var recorded, out var error))
        {
            return error;
        }

        db.Add(recorded.Session);
        db.AddRange(recorded.Actions);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> MarkActionDoneAsync(Viewing viewing, Guid coordinatorId, Guid actionId, CancellationToken ct)
    {
        if (!(await ReachAsync(viewing, coordinatorId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (!reach.MarksActions)
        {
            return HubsErrors.ReadOnlyMentee;
        }

        var action = await db.Set<AgreedAction>().FirstOrDefaultAsync(a => a.Id == actionId && a.CoordinatorId == reach.Coordinator.Id, ct);
        if (action is null)
        {
            return HubsErrors.ActionNotFound;
        }

        action.MarkDone(today.Date);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<SelfAssessmentPage> SelfAssessmentAsync(Guid coordinatorId, AssessmentStage stage, CancellationToken ct)
    {
        var taken = await db.Set<SelfAssessment>().AsNoTracking().FirstOrDefaultAsync(a => a.CoordinatorId == coordinatorId && a.Stage == stage, ct);
        return new SelfAssessmentPage(stage, taken?.Ratings.ToDictionary(r => r.Code, r => r.Level, StringComparer.Ordinal) ?? [], taken?.TakenOn);
    }

    /// <summary>The coordinator rates all 21 competences; taking a stage again replaces its ratings.</summary>
    public async Task<Result> TakeSelfAssessmentAsync(Guid coordinatorId, AssessmentStage stage, IReadOnlyDictionary<string, int> levels, CancellationToken ct)
    {
        if (!Enum.IsDefined(stage))
        {
            return HubsErrors.LevelOutOfScale;
        }

        var taken = await db.Set<SelfAssessment>().FirstOrDefaultAsync(a => a.CoordinatorId == coordinatorId && a.Stage == stage, ct);
        if (taken is not null)
        {
            if (taken.Rate(levels, today.Date).Failed(out var error))
            {
                return error;
            }
        }
        else if (SelfAssessment.Take(coordinatorId, stage, levels, today.Date).Succeeded(out var assessment, out var error))
        {
            db.Add(assessment);
        }
        else
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The mentor's mentees (current first), the next sessions agreed with current mentees, every overdue action and the reports waiting for review.</summary>
    public async Task<MentorDashboard> DashboardAsync(Guid mentorId, CancellationToken ct)
    {
        var day = today.Date;
        var assignments = await db.Set<MentorAssignment>().AsNoTracking().Where(a => a.MentorId == mentorId).ToListAsync(ct);
        var ids = assignments.Select(a => a.CoordinatorId).Distinct().ToList();
        var current = assignments.Where(a => a.IsCurrentOn(day)).Select(a => a.CoordinatorId).ToHashSet();
        var names = await NamesAsync(ids, ct);
        var currentIds = current.ToList();
        var nextDates = (await db.Set<MentoringSession>().AsNoTracking().Where(s => currentIds.Contains(s.CoordinatorId)).ToListAsync(ct))
            .GroupBy(s => s.CoordinatorId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.HeldOn).First().NextDate);
        var overdue = (await db.Set<AgreedAction>().AsNoTracking().Where(a => currentIds.Contains(a.CoordinatorId) && a.DoneOn == null && a.DueOn < day).ToListAsync(ct))
            .OrderBy(a => a.DueOn).Select(a => new OverdueAction(a.CoordinatorId, names.GetValueOrDefault(a.CoordinatorId, "—"), a)).ToList();
        var mentees = ids
            .Select(id => new MenteeSummary(id, names.GetValueOrDefault(id, "—"), current.Contains(id), nextDates.GetValueOrDefault(id), overdue.Count(o => o.CoordinatorId == id)))
            .OrderByDescending(m => m.Current).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var upcoming = mentees.Where(m => m.Current && m.NextSession >= day).OrderBy(m => m.NextSession).ToList();
        return new MentorDashboard(mentees, upcoming, overdue, await reviews.WaitingCountAsync(mentorId, ct), day);
    }

    private static string BaseUrl(MenteeViewer viewer, Guid coordinatorId) => viewer switch
    {
        MenteeViewer.Mentor => $"/hubs/mentoring/{coordinatorId}",
        MenteeViewer.Methodologist => $"/hubs/people/{coordinatorId}",
        _ => "/hubs/my",
    };

    private Task<Result<MenteeReach>> ReachAsync(Viewing viewing, Guid coordinatorId, CancellationToken ct) => viewing.As switch
    {
        MenteeViewer.Mentor => access.AsMentorAsync(viewing.UserId, coordinatorId, ct),
        MenteeViewer.Methodologist => access.AsMethodologistAsync(viewing.Scope, coordinatorId, ct),
        _ => access.AsSelfAsync(viewing.UserId, ct),
    };

    private async Task<Result<MenteeReach>> WriterAsync(Viewing viewing, Guid coordinatorId, CancellationToken ct)
    {
        if (!(await ReachAsync(viewing, coordinatorId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        return reach.Writes ? reach : HubsErrors.ReadOnlyMentee;
    }

    private async Task<List<MentorPeriod>> MentorsOfAsync(Guid coordinatorId, CancellationToken ct)
    {
        var rows = await db.Set<MentorAssignment>().AsNoTracking().Where(a => a.CoordinatorId == coordinatorId).OrderByDescending(a => a.Since).ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.MentorId), ct);
        return rows.Select(r => new MentorPeriod(r.MentorId, names.GetValueOrDefault(r.MentorId, "—"), r.Since, r.Until)).ToList();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await directory.People.Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
    }
}
