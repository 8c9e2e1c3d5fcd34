using System.Security.Claims;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>The result of scheduling: the (first) event, and the series when the form asked for repetition.</summary>
internal sealed record Scheduled(Guid EventId, Guid? SeriesId, int Occurrences);

/// <summary>Creates events and series, edits, reschedules and cancels them, within the methodologist's oblasts.</summary>
internal sealed class SchedulingService(
    LounbDbContext db, IPeopleDirectory people, ICourseRoster roster, IAuditLog audit, LocalTime localTime, IOptions<WebinarsOptions> options, TimeProvider time, IWebinarChangeListener changes)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Result<Scheduled>> CreateAsync(EventInput input, SeriesRuleInput? repeat, ClaimsPrincipal user, CancellationToken ct)
    {
        var checkedInput = await ValidateAsync(input, user, ct);
        if (checkedInput.Failed(out var error))
        {
            return error;
        }

        var details = checkedInput.Value;
        var now = Now;
        if (repeat is null)
        {
            var webinar = NewEvent(details, details.StartsAt, now, user);
            db.Add(webinar);
            audit.Record("webinars.event.created", $"event:{webinar.Id}", $"{webinar.Title}, {localTime.Format(webinar.StartsAt)}");
            await db.SaveChangesAsync(ct);
            return new Scheduled(webinar.Id, null, 1);
        }

        var expanded = SeriesRule.Expand(repeat, input.Date!.Value, input.Time!.Value, localTime.Zone.Id, options.Value.MaxOccurrencesPerSeries);
        if (expanded.Failed(out var refusedRule))
        {
            return refusedRule;
        }

        var occurrences = new List<DateTime>();
        foreach (var local in expanded.Value.StartsLocal)
        {
            if (!localTime.TryToUtc(local, out var utc))
            {
                return WebinarErrors.NoSuchLocalTimeOn(local);
            }

            occurrences.Add(utc);
        }

        if (occurrences[0] <= now)
        {
            return WebinarErrors.InThePast;
        }

        localTime.TryToUtc(expanded.Value.FirstStartLocal, out var firstUtc);
        var series = new WebinarSeries(details.Title, expanded.Value.RecurrenceRule, firstUtc, details.DurationMinutes, details.OblastCode, options.Value.UidDomain, now);
        db.Add(series);
        var events = occurrences.Select(start =>
        {
            var webinar = NewEvent(details, start, now, user);
            webinar.BelongTo(series, start);
            return webinar;
        }).ToList();
        db.AddRange(events);
        audit.Record("webinars.series.created", $"series:{series.Id}", $"{series.Title}: {SeriesRule.Describe(series.RecurrenceRule)}, {events.Count} зустрічей");
        await db.SaveChangesAsync(ct);
        return new Scheduled(events[0].Id, series.Id, events.Count);
    }

    /// <summary>
    /// Saves the form for one event; with <paramref name="alsoFutureOfSeries"/> the details (not the time) go to every
    /// later meeting of its series too. A new time is a reschedule: refused in the past, raises the calendar SEQUENCE.
    /// </summary>
    public async Task<Result> UpdateAsync(Guid eventId, EventInput input, bool alsoFutureOfSeries, ClaimsPrincipal user, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().Include(e => e.Hosts).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return WebinarErrors.EventNotFound;
        }

        if (!MayManage(user, webinar.OblastCode))
        {
            return WebinarErrors.EventNotFound;
        }

        var checkedInput = await ValidateAsync(input with { OblastCode = webinar.OblastCode }, user, ct, allowPast: true);
        if (checkedInput.Failed(out var error))
        {
            return error;
        }

        var details = checkedInput.Value;
        var now = Now;
        var retimed = details.StartsAt != webinar.StartsAt || details.DurationMinutes != webinar.DurationMinutes;
        if (retimed && details.StartsAt <= now)
        {
            return WebinarErrors.InThePast;
        }

        if (retimed && webinar.IsCancelled)
        {
            return WebinarErrors.Cancelled;
        }

        var before = $"{localTime.Format(webinar.StartsAt)}, {webinar.DurationMinutes} хв";
        var targets = new List<WebinarEvent> { webinar };
        if (alsoFutureOfSeries && webinar.SeriesId is { } seriesId)
        {
            targets.AddRange(await db.Set<WebinarEvent>().Include(e => e.Hosts)
                .Where(e => e.SeriesId == seriesId && e.Id != webinar.Id && e.StartsAt > now && e.Status == EventStatus.Scheduled).ToListAsync(ct));
            var series = await db.Set<WebinarSeries>().FirstAsync(s => s.Id == seriesId, ct);
            series.Title = details.Title;
            series.Touch(now, significant: false);
        }

        foreach (var target in targets)
        {
            var significant = Apply(target, details);
            ReplaceHosts(target, details.Hosts);
            target.Touch(now, significant);
        }

        if (retimed)
        {
            webinar.Reschedule(details.StartsAt, details.DurationMinutes, now);
            audit.Record("webinars.event.rescheduled", $"event:{webinar.Id}", $"було: {before}; стало: {localTime.Format(details.StartsAt)}, {details.DurationMinutes} хв");
        }
        else
        {
            audit.Record("webinars.event.updated", $"event:{webinar.Id}", alsoFutureOfSeries ? $"{webinar.Title} (і наступні зустрічі серії: {targets.Count - 1})" : webinar.Title);
        }

        await db.SaveChangesAsync(ct);
        foreach (var target in targets)
        {
            await changes.EventChangedAsync(target.Id, retimed && target == webinar, ct);
        }

        return Result.Success();
    }

    /// <summary>Cancels one meeting, or it and every later meeting of its series; registrants are told by the change listener.</summary>
    public async Task<Result> CancelAsync(Guid eventId, string? reason, bool alsoFutureOfSeries, ClaimsPrincipal user, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return WebinarErrors.EventNotFound;
        }

        if (!MayManage(user, webinar.OblastCode))
        {
            return WebinarErrors.EventNotFound;
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > WebinarLimits.CancellationReasonLength)
        {
            return WebinarErrors.CancellationReason;
        }

        if (webinar.IsCancelled && !alsoFutureOfSeries)
        {
            return WebinarErrors.Cancelled;
        }

        var now = Now;
        var targets = new List<WebinarEvent>();
        if (!webinar.IsCancelled)
        {
            targets.Add(webinar);
        }

        if (alsoFutureOfSeries && webinar.SeriesId is { } seriesId)
        {
            targets.AddRange(await db.Set<WebinarEvent>()
                .Where(e => e.SeriesId == seriesId && e.Id != webinar.Id && e.StartsAt > webinar.StartsAt && e.Status == EventStatus.Scheduled).ToListAsync(ct));
        }

        foreach (var target in targets)
        {
            target.Cancel(reason, now);
            audit.Record("webinars.event.cancelled", $"event:{target.Id}", $"{target.Title}, {localTime.Format(target.StartsAt)}: {reason}");
        }

        await db.SaveChangesAsync(ct);
        foreach (var target in targets)
        {
            await changes.EventCancelledAsync(target.Id, ct);
        }

        return Result.Success();
    }

    public static bool MayManage(ClaimsPrincipal user, string? oblastCode) => AccessScope.Of(user, WebinarsPermissions.Manage).Allows(oblastCode);

    private static bool Apply(WebinarEvent target, ValidEvent details)
    {
        var significant = target.Location != details.Location || target.RoomKind != details.RoomKind || target.ExternalUrl != details.ExternalUrl
            || target.Title != details.Title;
        target.Title = details.Title;
        target.Description = details.Description;
        target.Kind = details.Kind;
        target.Location = details.Location;
        target.CourseRunId = details.CourseRunId;
        target.RegistrationMode = details.RegistrationMode;
        target.Capacity = details.Capacity;
        target.RoomKind = details.RoomKind;
        target.ExternalUrl = details.ExternalUrl;
        target.Materials = details.Materials;
        target.RecordingUrl = details.RecordingUrl;
        return significant;
    }

    private void ReplaceHosts(WebinarEvent target, IReadOnlyList<HostInput> hosts)
    {
        var unchanged = target.Hosts.Count == hosts.Count && target.Hosts.Zip(hosts).All(p => p.First.UserId == p.Second.UserId && p.First.DisplayName == p.Second.DisplayName && p.First.Role == p.Second.Role);
        if (unchanged)
        {
            return;
        }

        db.RemoveRange(target.Hosts);
        target.Hosts.Clear();
        var replacements = hosts.Select(h => new EventHost(target.Id, h.UserId, h.DisplayName, h.Role)).ToList();
        // Added explicitly: a new host found only through the navigation has its key set and would be taken for an existing row.
        db.AddRange(replacements);
        target.Hosts.AddRange(replacements);
    }

    private WebinarEvent NewEvent(ValidEvent details, DateTime startsAt, DateTime now, ClaimsPrincipal user)
    {
        var webinar = new WebinarEvent(details.Title, details.Kind, startsAt, details.DurationMinutes, details.OblastCode, options.Value.UidDomain, now)
        {
            CreatedById = user.UserId(),
        };
        Apply(webinar, details);
        webinar.Hosts.AddRange(details.Hosts.Select(h => new EventHost(webinar.Id, h.UserId, h.DisplayName, h.Role)));
        return webinar;
    }

    private sealed record HostInput(Guid? UserId, string DisplayName, HostRole Role);

    private sealed record ValidEvent(
        string Title, string Description, EventKind Kind, DateTime StartsAt, int DurationMinutes, string? OblastCode, string? Location,
        Guid? CourseRunId, RegistrationMode RegistrationMode, int? Capacity, RoomKind RoomKind, string? ExternalUrl, string Materials,
        string? RecordingUrl, IReadOnlyList<HostInput> Hosts);

    private async Task<Result<ValidEvent>> ValidateAsync(EventInput input, ClaimsPrincipal user, CancellationToken ct, bool allowPast = false)
    {
        var title = input.Title?.Trim() ?? "";
        if (title.Length is < WebinarLimits.TitleMinLength or > WebinarLimits.TitleLength)
        {
            return WebinarErrors.TitleLength;
        }

        if (input.Date is null || input.Time is null)
        {
            return WebinarErrors.NoStart;
        }

        if (!localTime.TryToUtc(input.Date.Value.ToDateTime(input.Time.Value), out var startsAt))
        {
            return WebinarErrors.NoSuchLocalTime;
        }

        if (!allowPast && startsAt <= Now)
        {
            return WebinarErrors.InThePast;
        }

        if (input.DurationMinutes is < WebinarLimits.MinDurationMinutes or > WebinarLimits.MaxDurationMinutes)
        {
            return WebinarErrors.Duration;
        }

        var oblast = string.IsNullOrWhiteSpace(input.OblastCode) ? null : input.OblastCode.Trim();
        if (!MayManage(user, oblast))
        {
            return oblast is null
                ? WebinarErrors.NationalEventsForNationalStaff
                : WebinarErrors.NotYours;
        }

        if (input.Capacity is < 1 or > WebinarLimits.MaxCapacity)
        {
            return WebinarErrors.Capacity;
        }

        if (input.RoomKind == RoomKind.Platform && options.Value.Video.Provider == VideoProviderKind.None)
        {
            return WebinarErrors.NoVideoServer;
        }

        var externalUrl = input.ExternalUrl?.Trim();
        if (input.RoomKind == RoomKind.ExternalLink && !IsWebAddress(externalUrl))
        {
            return WebinarErrors.ExternalUrlNeeded;
        }

        var recordingUrl = string.IsNullOrWhiteSpace(input.RecordingUrl) ? null : input.RecordingUrl.Trim();
        if (recordingUrl is not null && !IsWebAddress(recordingUrl))
        {
            return WebinarErrors.RecordingUrl;
        }

        var location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
        if (input.Kind == EventKind.HybridEvent && location is null)
        {
            return WebinarErrors.LocationNeeded;
        }

        if (location?.Length > WebinarLimits.LocationLength)
        {
            return WebinarErrors.LocationLength;
        }

        if ((input.Kind == EventKind.CourseClass || input.RegistrationMode == RegistrationMode.Cohort) && input.CourseRunId is null)
        {
            return WebinarErrors.CourseRunNeeded;
        }

        if (input.CourseRunId is { } runId && await roster.FindOpenRunAsync(runId, ct) is null)
        {
            return WebinarErrors.NoSuchCourseRun;
        }

        var description = input.Description?.Trim() ?? "";
        var materials = input.Materials?.Trim() ?? "";
        if (description.Length > WebinarLimits.DescriptionLength || materials.Length > WebinarLimits.DescriptionLength)
        {
            return WebinarErrors.DescriptionLength;
        }

        var hosts = await ResolveHostsAsync(input, ct);
        if (hosts.Failed(out var error))
        {
            return error;
        }

        return new ValidEvent(title, description, input.Kind, startsAt, input.DurationMinutes, oblast, location, input.CourseRunId,
            input.RegistrationMode, input.Capacity, input.RoomKind, input.RoomKind == RoomKind.ExternalLink ? externalUrl : null, materials, recordingUrl, hosts.Value);
    }

    private async Task<Result<IReadOnlyList<HostInput>>> ResolveHostsAsync(EventInput input, CancellationToken ct)
    {
        var hosts = new List<HostInput>();
        foreach (var (text, role) in Lines(input.Speakers).Select(l => (l, HostRole.Speaker)).Concat(Lines(input.Moderators).Select(l => (l, HostRole.Moderator))))
        {
            if (text.Length > WebinarLimits.PersonNameLength)
            {
                return WebinarErrors.HostNameLength;
            }

            if (!text.Contains('@', StringComparison.Ordinal))
            {
                if (role == HostRole.Moderator)
                {
                    return WebinarErrors.ModeratorNeedsEmail(text);
                }

                hosts.Add(new HostInput(null, text, role));
                continue;
            }

            var person = await people.FindByEmailAsync(text, ct);
            if (person is null)
            {
                return WebinarErrors.NoAccountWithEmail(text);
            }

            if (hosts.All(h => h.UserId != person.Id || h.Role != role))
            {
                hosts.Add(new HostInput(person.Id, person.FullName, role));
            }
        }

        return hosts;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0);

    private static bool IsWebAddress(string? url) => WebAddresses.IsHttp(url) && url!.Length <= WebinarLimits.UrlLength;
}
