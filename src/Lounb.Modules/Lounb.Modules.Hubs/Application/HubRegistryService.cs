using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application;

internal sealed record HubRow(Guid Id, string Name, string LibraryName, string OblastName, HubStatus Status, string? CoordinatorName);

internal sealed record HubListPage(IReadOnlyList<HubRow> Hubs, IReadOnlyList<OblastCard> Oblasts, string? Oblast, HubStatus? Status);

internal sealed record LibraryChoice(Guid Id, string Name, string OblastCode, string OblastName);

internal sealed record PersonChoice(Guid Id, string Name);

internal sealed record CoordinatorPeriod(string Name, DateOnly Since, DateOnly? Until);

/// <summary>The registry's create/edit page; for an existing hub also its stops and coordinators.</summary>
internal sealed record HubEditPage(
    Guid? HubId,
    HubForm Form,
    IReadOnlyList<LibraryChoice> Libraries,
    IReadOnlyList<HubStop> Stops,
    IReadOnlyList<CoordinatorPeriod> Coordinators,
    IReadOnlyList<PersonChoice> CoordinatorChoices,
    IReadOnlyList<OblastCard> Oblasts,
    DateOnly Today);

/// <summary>The methodologist's registry: hubs of the oblasts in their scope, the mobile hub's itinerary, hub coordinators.</summary>
internal sealed class HubRegistryService(LounbDbContext db, IPeopleDirectory directory, IAuditLog audit, PeriodAssigner periods, KyivToday today)
{
    public async Task<HubListPage> ListAsync(AccessScope scope, string? oblast, HubStatus? status, CancellationToken ct)
    {
        var hubs = scope.Filter(db.Set<Hub>().AsNoTracking(), h => h.OblastCode);
        if (!string.IsNullOrEmpty(oblast))
        {
            hubs = hubs.Where(h => h.OblastCode == oblast);
        }

        if (status is { } s)
        {
            hubs = hubs.Where(h => h.Status == s);
        }

        var list = await hubs.ToListAsync(ct);
        var libraryIds = list.Select(h => h.LibraryId).ToList();
        var libraries = await directory.Libraries.Where(l => libraryIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var oblasts = await OblastsAsync(scope, ct);
        var names = oblasts.ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        var day = today.Date;
        var current = await CurrentCoordinatorNamesAsync(list.Select(h => h.Id).ToList(), day, ct);
        var rows = list
            .Select(h => new HubRow(h.Id, h.Name, libraries.GetValueOrDefault(h.LibraryId, ""), names.GetValueOrDefault(h.OblastCode, h.OblastCode), h.Status, current.GetValueOrDefault(h.Id)))
            .OrderBy(r => r.OblastName, StringComparer.CurrentCulture).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return new HubListPage(rows, oblasts, oblast, status);
    }

    public async Task<HubEditPage> NewPageAsync(AccessScope scope, HubForm form, CancellationToken ct) =>
        new(null, form.WithBlankRows(), await LibrariesAsync(scope, ct), [], [], [], [], today.Date);

    public async Task<Result<HubEditPage>> EditPageAsync(AccessScope scope, Guid hubId, HubForm? form, CancellationToken ct)
    {
        var hub = await db.Set<Hub>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null || !scope.Allows(hub.OblastCode))
        {
            return HubsErrors.HubNotFound;
        }

        var stops = await db.Set<HubStop>().AsNoTracking().Where(s => s.HubId == hubId).OrderBy(s => s.Day).ThenBy(s => s.Starts).ToListAsync(ct);
        var rows = await db.Set<HubCoordinator>().AsNoTracking().Where(c => c.HubId == hubId).OrderByDescending(c => c.Since).ToListAsync(ct);
        var ids = rows.Select(r => r.PersonId).ToList();
        var names = await directory.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var choices = await directory.InRole(Roles.HubCoordinator)
            .Where(r => r.ScopeOblastCode == null || r.ScopeOblastCode == hub.OblastCode)
            .OrderBy(r => r.SortName).Select(r => new PersonChoice(r.PersonId, r.FullName)).ToListAsync(ct);
        return new HubEditPage(
            hubId, (form ?? HubForm.Of(hub)).WithBlankRows(), await LibrariesAsync(scope, ct), stops,
            rows.Select(r => new CoordinatorPeriod(names.GetValueOrDefault(r.PersonId, "—"), r.Since, r.Until)).ToList(),
            choices.DistinctBy(c => c.Id).ToList(), await OblastsAsync(AccessScope.National, ct), today.Date);
    }

    public async Task<Result<Guid>> CreateAsync(AccessScope scope, HubForm form, CancellationToken ct)
    {
        if (!(await DescribeAsync(scope, form, ct)).Succeeded(out var description, out var error))
        {
            return error;
        }

        var hub = new Hub(description.LibraryId, description.OblastCode, description.Name, description.Status);
        hub.Describe(description);
        db.Add(hub);
        audit.Record("hubs.hub.created", $"hub:{hub.Id}", hub.Name);
        await db.SaveChangesAsync(ct);
        return hub.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid hubId, HubForm form, CancellationToken ct)
    {
        var hub = await db.Set<Hub>().FirstOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null || !scope.Allows(hub.OblastCode))
        {
            return HubsErrors.HubNotFound;
        }

        if (!(await DescribeAsync(scope, form, ct)).Succeeded(out var description, out var error))
        {
            return error;
        }

        hub.Describe(description);
        audit.Record("hubs.hub.updated", $"hub:{hub.Id}", hub.Name);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> AddStopAsync(AccessScope scope, Guid hubId, StopForm form, CancellationToken ct)
    {
        var hub = await db.Set<Hub>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null || !scope.Allows(hub.OblastCode))
        {
            return HubsErrors.HubNotFound;
        }

        if (form.Day is not { } day || form.Starts is not { } starts || form.Ends is not { } ends)
        {
            return HubsErrors.StopIncomplete;
        }

        var oblast = string.IsNullOrEmpty(form.OblastCode) ? hub.OblastCode : form.OblastCode;
        if (!await directory.Oblasts.AnyAsync(o => o.Code == oblast, ct))
        {
            return HubsErrors.StopIncomplete;
        }

        var plan = new StopPlan(form.Place ?? "", form.Address ?? "", form.Community ?? "", oblast, day, starts, ends, form.Offer ?? "");
        var stops = await db.Set<HubStop>().Where(s => s.HubId == hubId && s.Day == day).ToListAsync(ct);
        if (Itinerary.CanAdd(hub.Status, stops, plan, today.Date).Failed(out var error))
        {
            return error;
        }

        db.Add(new HubStop(hubId, plan));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveStopAsync(AccessScope scope, Guid hubId, Guid stopId, CancellationToken ct)
    {
        var hub = await db.Set<Hub>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == hubId, ct);
        var stop = await db.Set<HubStop>().FirstOrDefaultAsync(s => s.Id == stopId && s.HubId == hubId, ct);
        if (hub is null || !scope.Allows(hub.OblastCode))
        {
            return HubsErrors.HubNotFound;
        }

        if (stop is null)
        {
            return HubsErrors.StopNotFound;
        }

        db.Remove(stop);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The person (a holder of the coordinator role) runs the hub from <paramref name="since"/>; the previous coordinator's period ends the day before.</summary>
    public async Task<Result> AssignCoordinatorAsync(AccessScope scope, Guid hubId, Guid personId, DateOnly? since, CancellationToken ct)
    {
        var hub = await db.Set<Hub>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null || !scope.Allows(hub.OblastCode))
        {
            return HubsErrors.HubNotFound;
        }

        return await periods.AssignAsync<HubCoordinator>(
            Roles.HubCoordinator, HubsErrors.NotACoordinator, personId, since, c => c.HubId == hubId,
            day => new HubCoordinator(hubId, personId, day), "hubs.coordinator.assigned", $"hub:{hubId}", ct);
    }

    private async Task<Result<HubDescription>> DescribeAsync(AccessScope scope, HubForm form, CancellationToken ct)
    {
        var library = form.LibraryId is { } id ? await directory.Libraries.FirstOrDefaultAsync(l => l.Id == id, ct) : null;
        if (library is null)
        {
            return HubsErrors.LibraryRequired;
        }

        if (!scope.Allows(library.OblastCode))
        {
            return HubsErrors.OblastOutOfScope;
        }

        var description = form.ToDescription(library.OblastCode);
        return description.Check().Failed(out var error) ? error : description;
    }

    private async Task<Dictionary<Guid, string>> CurrentCoordinatorNamesAsync(List<Guid> hubIds, DateOnly day, CancellationToken ct)
    {
        var rows = await db.Set<HubCoordinator>().AsNoTracking()
            .Where(c => hubIds.Contains(c.HubId) && c.Since <= day && (c.Until == null || c.Until >= day)).ToListAsync(ct);
        var ids = rows.Select(r => r.PersonId).ToList();
        var names = await directory.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return rows.GroupBy(r => r.HubId).ToDictionary(g => g.Key, g => names.GetValueOrDefault(g.First().PersonId, "—"));
    }

    private async Task<IReadOnlyList<LibraryChoice>> LibrariesAsync(AccessScope scope, CancellationToken ct)
    {
        var oblasts = (await OblastsAsync(scope, ct)).ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        var libraries = await scope.Filter(directory.Libraries, l => l.OblastCode).Select(l => new { l.Id, l.Name, l.OblastCode }).ToListAsync(ct);
        return libraries.Select(l => new LibraryChoice(l.Id, l.Name, l.OblastCode, oblasts.GetValueOrDefault(l.OblastCode, l.OblastCode)))
            .OrderBy(l => l.OblastName, StringComparer.CurrentCulture).ThenBy(l => l.Name, StringComparer.CurrentCulture).ToList();
    }

    private async Task<IReadOnlyList<OblastCard>> OblastsAsync(AccessScope scope, CancellationToken ct) =>
        (await scope.Filter(directory.Oblasts, o => o.Code).ToListAsync(ct)).InDisplayOrder(o => o.Code).ToList();
}
