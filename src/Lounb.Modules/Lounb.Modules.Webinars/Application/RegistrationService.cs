using System.Security.Claims;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary>What registering gave the person.</summary>
internal sealed record RegistrationOutcome(RegistrationStatus Status, int Registered = 1);

/// <summary>
/// Registration: open (confirmed while seats last, then the waiting list), by approval, or for a course run's cohort.
/// Seats are counted on the event with a concurrency token, so the last seat cannot be given twice; a cancelled seat
/// goes to the first person on the waiting list.
/// </summary>
internal sealed class RegistrationService(
    LounbDbContext db, ICourseRoster roster, IAuditLog audit, TimeProvider time, IWebinarChangeListener changes, IIntegrationEventPublisher events)
{
    private const int MaxSeatRetries = 5;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Result<RegistrationOutcome>> RegisterAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRegisterAsync(eventId, userId, ct);
            }
            catch (DbUpdateException) when (attempt < MaxSeatRetries)
            {
                // Someone took a seat (or the same person tapped twice) meanwhile: read again and decide again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Registers for this meeting and every later scheduled meeting of its series (each by its own rules).</summary>
    public async Task<Result<RegistrationOutcome>> RegisterForSeriesAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar?.SeriesId is not { } seriesId)
        {
            return WebinarErrors.EventNotFound;
        }

        var ids = await db.Set<WebinarEvent>().AsNoTracking()
            .Where(e => e.SeriesId == seriesId && e.StartsAt >= webinar.StartsAt && e.Status == EventStatus.Scheduled)
            .OrderBy(e => e.StartsAt).Select(e => e.Id).ToListAsync(ct);
        RegistrationOutcome? first = null;
        var registered = 0;
        foreach (var id in ids)
        {
            var outcome = await RegisterAsync(id, userId, ct);
            if (outcome.Succeeded(out var registration, out var error))
            {
                first ??= registration;
                registered++;
            }
            else if (id == eventId)
            {
                return error;
            }
        }

        return first is null ? WebinarErrors.RegistrationClosed : first with { Registered = registered };
    }

    public async Task<Result> CancelAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var registration = await db.Set<Registration>().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId, ct);
        if (registration is null || !registration.IsActive)
        {
            return WebinarErrors.NoRegistrationToCancel;
        }

        return await EndAsync(registration, RegistrationStatus.Cancelled, ct);
    }

    /// <summary>A moderator confirms a pending request (or puts it on the waiting list when the seats are gone).</summary>
    public async Task<Result<RegistrationStatus>> ApproveAsync(Guid registrationId, ClaimsPrincipal moderator, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var registration = await db.Set<Registration>().FirstOrDefaultAsync(r => r.Id == registrationId, ct);
                if (registration is null)
                {
                    return WebinarErrors.RequestNotFound;
                }

                var webinar = await db.Set<WebinarEvent>().FirstAsync(e => e.Id == registration.EventId, ct);
                if (!MayModerate(moderator, webinar))
                {
                    return WebinarErrors.EventNotFound;
                }

                if (registration.Status is not (RegistrationStatus.Pending or RegistrationStatus.Waitlisted or RegistrationStatus.Declined))
                {
                    return WebinarErrors.RequestAlreadyDecided;
                }

                var status = webinar.HasFreeSeat ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
                if (status == RegistrationStatus.Confirmed)
                {
                    webinar.TakeSeat();
                }

                registration.MoveTo(status, Now);
                audit.Record("webinars.registration.approved", $"event:{webinar.Id} user:{registration.UserId}", status.ToString());
                await db.SaveChangesAsync(ct);
                if (status == RegistrationStatus.Confirmed)
                {
                    await changes.RegistrationConfirmedAsync(webinar.Id, registration.UserId, ct);
                }

                return status;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSeatRetries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<Result> DeclineAsync(Guid registrationId, ClaimsPrincipal moderator, CancellationToken ct)
    {
        var registration = await db.Set<Registration>().FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        if (registration is null)
        {
            return WebinarErrors.RequestNotFound;
        }

        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstAsync(e => e.Id == registration.EventId, ct);
        if (!MayModerate(moderator, webinar))
        {
            return WebinarErrors.EventNotFound;
        }

        if (!registration.IsActive)
        {
            return WebinarErrors.RequestAlreadyDecided;
        }

        audit.Record("webinars.registration.declined", $"event:{webinar.Id} user:{registration.UserId}", null);
        return await EndAsync(registration, RegistrationStatus.Declined, ct);
    }

    private async Task<Result<RegistrationOutcome>> TryRegisterAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return WebinarErrors.EventNotFound;
        }

        if (webinar.IsCancelled)
        {
            return WebinarErrors.Cancelled;
        }

        if (Now >= webinar.EndsAt)
        {
            return WebinarErrors.RegistrationClosed;
        }

        var registration = await db.Set<Registration>().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId, ct);
        if (registration is { IsActive: true })
        {
            return new RegistrationOutcome(registration.Status);
        }

        if (webinar.RegistrationMode == RegistrationMode.Cohort
            && (webinar.CourseRunId is not { } runId || !await roster.IsInCohortAsync(runId, userId, ct)))
        {
            return WebinarErrors.NotInCohort;
        }

        // The seat is claimed by one conditional UPDATE inside the transaction that adds the registration: a rush of
        // people queues on the event's row instead of failing optimistic retries, and a failed insert gives the seat back.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var status = webinar.RegistrationMode == RegistrationMode.Approval ? RegistrationStatus.Pending
            : await ClaimSeatAsync(eventId, ct) ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        if (registration is null)
        {
            var added = new Registration(eventId, userId, status, Now);
            db.Add(added);
            await events.PublishAsync(new WebinarRegistered(added.Id, eventId, userId, added.CreatedAt), ct);
        }
        else
        {
            registration.MoveTo(status, Now);
        }

        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        if (status == RegistrationStatus.Confirmed)
        {
            await changes.RegistrationConfirmedAsync(eventId, userId, ct);
        }

        return new RegistrationOutcome(status);
    }

    /// <summary>Takes a seat if one is free, in the database itself; true when this call got it.</summary>
    private async Task<bool> ClaimSeatAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<WebinarEvent>()
            .Where(e => e.Id == eventId && (e.Capacity == null || e.SeatsTaken < e.Capacity))
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.SeatsTaken, e => e.SeatsTaken + 1)
                .SetProperty(e => e.SeatVersion, e => e.SeatVersion + 1), ct) == 1;

    private async Task<Result> EndAsync(Registration registration, RegistrationStatus endStatus, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var webinar = await db.Set<WebinarEvent>().FirstAsync(e => e.Id == registration.EventId, ct);
                var heldSeat = registration.HoldsSeat;
                registration.MoveTo(endStatus, Now);
                Registration? promoted = null;
                if (heldSeat)
                {
                    webinar.FreeSeat();
                    promoted = await db.Set<Registration>()
                        .Where(r => r.EventId == webinar.Id && r.Status == RegistrationStatus.Waitlisted && r.Id != registration.Id)
                        .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
                    if (promoted is not null && !webinar.IsCancelled)
                    {
                        webinar.TakeSeat();
                        promoted.MoveTo(RegistrationStatus.Confirmed, Now);
                    }
                    else
                    {
                        promoted = null;
                    }
                }

                await db.SaveChangesAsync(ct);
                await changes.RegistrationEndedAsync(webinar.Id, registration.UserId, ct);
                if (promoted is not null)
                {
                    await changes.RegistrationConfirmedAsync(webinar.Id, promoted.UserId, ct);
                }

                return Result.Success();
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSeatRetries)
            {
                db.ChangeTracker.Clear();
                registration = await db.Set<Registration>().FirstAsync(r => r.Id == registration.Id, ct);
                if (!registration.IsActive)
                {
                    return Result.Success();
                }
            }
        }
    }

    private static bool MayModerate(ClaimsPrincipal user, WebinarEvent webinar) =>
        AccessScope.Of(user, WebinarsPermissions.Moderate).Allows(webinar.OblastCode)
        || AccessScope.Of(user, WebinarsPermissions.Manage).Allows(webinar.OblastCode);
}
