using Lounb.Modules.Core.Time;

namespace Lounb.Learning.Backups;

/// <summary>
/// When the daily backup is due, in the platform's zone (Europe/Kyiv): at <c>TimeOfDay</c> each local day. A time the
/// clocks skip (spring forward, 03:00–04:00 on the last Sunday of March) runs an hour later; a time that occurs twice
/// (autumn) runs at its first occurrence, once. A day whose time passed while the app was down is run as soon as a node
/// is up that day; before today's time, yesterday's missed run is made only when the last good copy is older than a day.
/// </summary>
internal sealed class BackupSchedule(LocalTime localTime, TimeOnly runAt)
{
    /// <summary>The UTC instant of the run of local <paramref name="day"/>.</summary>
    public DateTime SlotOf(DateOnly day)
    {
        var local = day.ToDateTime(runAt);
        if (localTime.TryToUtc(local, out var utc))
        {
            return utc;
        }

        // Skipped by the clocks: the same wall time an hour later exists.
        return localTime.TryToUtc(local.AddHours(1), out var later) ? later : throw new InvalidOperationException($"No instant for {local:o} in {localTime.Zone.Id}.");
    }

    /// <summary>
    /// The local day whose run should exist at <paramref name="nowUtc"/>: today once today's time has come; before it,
    /// yesterday when the last good copy (<paramref name="lastSuccessUtc"/>) is older than a day or there is none; else null.
    /// </summary>
    public DateOnly? DueDay(DateTime nowUtc, DateTime? lastSuccessUtc)
    {
        var today = localTime.DateOf(nowUtc);
        if (nowUtc >= SlotOf(today))
        {
            return today;
        }

        return lastSuccessUtc is null || nowUtc - lastSuccessUtc.Value > TimeSpan.FromDays(1) ? today.AddDays(-1) : null;
    }

    /// <summary>The next scheduled run after <paramref name="nowUtc"/> (for the admin page).</summary>
    public DateTime NextAfter(DateTime nowUtc)
    {
        var today = localTime.DateOf(nowUtc);
        var slot = SlotOf(today);
        return slot > nowUtc ? slot : SlotOf(today.AddDays(1));
    }
}
