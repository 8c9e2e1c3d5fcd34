using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>When each reminder of an event is due, and when one is too late to be worth sending.</summary>
internal static class ReminderSchedule
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);

    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);

    /// <summary>
    /// The reminders a registration should have now: 24 hours and 1 hour before the start, by e-mail and (when the
    /// person linked a chat) by Telegram. A reminder whose time already passed is not planned: registering 2 hours
    /// before gives only the 1-hour ones.
    /// </summary>
    public static IReadOnlyList<(ReminderKind Kind, DateTime DueAt)> Planned(DateTime startsAt, DateTime now, bool telegram)
    {
        var planned = new List<(ReminderKind, DateTime)>();
        Add(planned, ReminderKind.EmailDayBefore, startsAt - DayBefore, now);
        Add(planned, ReminderKind.EmailHourBefore, startsAt - HourBefore, now);
        if (telegram)
        {
            Add(planned, ReminderKind.TelegramDayBefore, startsAt - DayBefore, now);
            Add(planned, ReminderKind.TelegramHourBefore, startsAt - HourBefore, now);
        }

        return planned;
    }

    /// <summary>
    /// A reminder found late (the app was down): none once the event started, and no "tomorrow" one once the
    /// "in an hour" one is due. A cancellation letter is never stale.
    /// </summary>
    public static bool IsStale(ReminderKind kind, DateTime startsAt, DateTime now) => kind switch
    {
        ReminderKind.EmailCancelled => false,
        ReminderKind.EmailDayBefore or ReminderKind.TelegramDayBefore => now >= startsAt - HourBefore,
        _ => now >= startsAt,
    };

    public static bool IsTelegram(ReminderKind kind) => kind is ReminderKind.TelegramDayBefore or ReminderKind.TelegramHourBefore;

    public static bool IsBeforeStart(ReminderKind kind) => kind != ReminderKind.EmailCancelled;

    private static void Add(List<(ReminderKind, DateTime)> planned, ReminderKind kind, DateTime dueAt, DateTime now)
    {
        if (dueAt > now)
        {
            planned.Add((kind, dueAt));
        }
    }
}
