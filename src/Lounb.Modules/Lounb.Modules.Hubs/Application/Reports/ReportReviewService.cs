using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Hubs.Contracts;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>The mentor's side: the queue of their mentees' reports, approving (raising <see cref="HubReportApproved"/>) or returning with a comment.</summary>
internal sealed class ReportReviewService(ReportAccess access, ReportPages pages, IIntegrationEventPublisher events)
{
    public async Task<ReviewQueuePage> QueueAsync(Guid mentorId, CancellationToken ct)
    {
        var rows = await pages.RowsAsync(access.Reviewed(mentorId), ct);
        return new ReviewQueuePage(
            rows.Where(r => r.Status == ReportStatus.Submitted).OrderBy(r => r.SubmittedAt).ToList(),
            rows.Where(r => r.Status == ReportStatus.Returned).ToList(),
            rows.Where(r => r.Status == ReportStatus.Approved).ToList());
    }

    public async Task<Result<ReportPage>> PageAsync(Guid mentorId, Guid reportId, CancellationToken ct) =>
        (await access.ForMentorAsync(mentorId, reportId, ct)).Succeeded(out var report, out var error)
            ? await pages.PageAsync(report, asCoordinator: false, typed: null, ct)
            : error;

    /// <summary>Approves the submitted revision; the event goes to the outbox in the same SaveChanges.</summary>
    public async Task<Result> ApproveAsync(Guid mentorId, Guid reportId, CancellationToken ct)
    {
        if (!(await access.ForMentorAsync(mentorId, reportId, ct)).Succeeded(out var report, out var error))
        {
            return error;
        }

        var now = access.Now;
        if (report.Approve(mentorId, now).Failed(out var refused))
        {
            return refused;
        }

        await events.PublishAsync(Approved(report, now), ct);
        return await access.SaveAsync(ct);
    }

    /// <summary>The event an approval raises: the approved revision's figures (the demo's approved reports raise it too).</summary>
    public static HubReportApproved Approved(ReportOfMonth report, DateTime approvedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var approved = report.Working;
        var participants = approved.Participants;
        return new HubReportApproved(
            report.Id, report.HubId, report.LibraryId, report.OblastCode, report.CoordinatorId, report.Year, report.Month, approved.Events.Count,
            participants.Displaced, participants.Older, participants.Youth, participants.WithDisabilities, participants.Other,
            approved.Consultations.Total, approvedAt);
    }

    public async Task<Result> ReturnAsync(Guid mentorId, Guid reportId, string? comment, CancellationToken ct)
    {
        if (!(await access.ForMentorAsync(mentorId, reportId, ct)).Succeeded(out var report, out var error))
        {
            return error;
        }

        if (report.Return(mentorId, comment, access.Now).Failed(out var refused))
        {
            return refused;
        }

        return await access.SaveAsync(ct);
    }
}

/// <summary>How many reports wait for a mentor's review (for the mentor dashboard's badge).</summary>
internal sealed class ReportReviewQueue(LounbDbContext db, ReportAccess access)
{
    public Task<int> WaitingCountAsync(Guid mentorId, CancellationToken ct) =>
        access.Reviewed(mentorId)
            .CountAsync(r => db.Set<ReportRevision>().Any(v => v.ReportId == r.Id && v.Status == ReportStatus.Submitted), ct);
}
