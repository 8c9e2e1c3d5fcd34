using System.Globalization;
using System.Net.Mail;
using System.Text;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Reminders;

/// <summary>Who a reminder goes to.</summary>
internal sealed record ReminderRecipient(string Name, string Email, RegistrationStatus? Status);

/// <summary>
/// The Ukrainian texts of reminders and cancellation letters. A letter carries the event as an iMIP attachment
/// (text/calendar; method=REQUEST, or CANCEL for a cancellation) with the same UID and SEQUENCE as the feeds, so a
/// mail client updates the entry it already has instead of adding a second one.
/// </summary>
internal sealed class ReminderLetters(LocalTime localTime, IcsWriter ics, IOptions<PlatformMailOptions> mail, IOptions<WebinarsOptions> options)
{
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk-UA");

    /// <summary>"середа, 7 січня 2026 р., 18:00" (Kyiv time).</summary>
    public string When(DateTime utc) => localTime.ToLocal(utc).ToString("dddd, d MMMM yyyy 'р.', HH:mm", Ukrainian);

    public EmailMessage Email(ReminderKind kind, WebinarEvent webinar, ReminderRecipient recipient, CalendarLinks links)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(links);
        var cancelled = kind == ReminderKind.EmailCancelled;
        var subject = kind switch
        {
            ReminderKind.EmailCancelled => $"Скасовано: «{webinar.Title}», {When(webinar.StartsAt)}",
            ReminderKind.EmailDayBefore => $"Завтра: «{webinar.Title}» о {Time(webinar.StartsAt)}",
            _ => $"Через годину: «{webinar.Title}» о {Time(webinar.StartsAt)}",
        };
        var body = cancelled ? CancellationBody(webinar, recipient, links) : ReminderBody(kind, webinar, recipient, links);
        var method = cancelled ? "CANCEL" : "REQUEST";
        var invitation = ics.WriteUtf8(new CalendarDocument([Entry(webinar, recipient, links, cancelled)])
        {
            Method = method,
            Invitation = Parties(recipient),
        });
        return new EmailMessage(recipient.Email, subject, body)
        {
            Attachments = [new EmailAttachment(cancelled ? "cancel.ics" : "invite.ics", $"text/calendar; method={method}; charset=utf-8", invitation)],
        };
    }

    public string Telegram(ReminderKind kind, WebinarEvent webinar, CalendarLinks links)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        ArgumentNullException.ThrowIfNull(links);
        var lead = kind == ReminderKind.TelegramDayBefore ? "Завтра" : "Через годину";
        return $"{lead}, {When(webinar.StartsAt)} (за київським часом): «{webinar.Title}».\n"
            + $"Приєднатися: {links.Room(webinar.Id).AbsoluteUri}\n"
            + $"Сторінка події: {links.EventPage(webinar.Id).AbsoluteUri}";
    }

    private string ReminderBody(ReminderKind kind, WebinarEvent webinar, ReminderRecipient recipient, CalendarLinks links)
    {
        var text = new StringBuilder();
        text.Append("Вітаємо, ").Append(recipient.Name).Append("!\n\n");
        text.Append(kind == ReminderKind.EmailDayBefore ? "Нагадуємо: завтра — «" : "Нагадуємо: за годину починається «").Append(webinar.Title).Append("».\n\n");
        text.Append("Коли: ").Append(When(webinar.StartsAt)).Append(" (за київським часом), ").Append(webinar.DurationMinutes).Append(" хв.\n");
        if (webinar is { Kind: EventKind.HybridEvent, Location: { Length: > 0 } hub })
        {
            text.Append("Де: ").Append(hub).Append(", а також онлайн.\n");
        }

        text.Append("Приєднатися: ").Append(links.Room(webinar.Id).AbsoluteUri).Append('\n');
        text.Append("Кімната відкривається за ").Append(options.Value.JoinOpensMinutesBefore).Append(" хв до початку.\n");
        text.Append("Сторінка події: ").Append(links.EventPage(webinar.Id).AbsoluteUri).Append("\n\n");
        var note = recipient.Status switch
        {
            RegistrationStatus.Pending => "Ваша заявка ще чекає на підтвердження модератора: увійти до кімнати можна буде після підтвердження.\n\n",
            RegistrationStatus.Waitlisted => "Ви в списку очікування: увійти до кімнати можна буде, якщо для вас звільниться місце.\n\n",
            _ => "",
        };
        text.Append(note);
        text.Append("Не зможете взяти участь? Скасуйте реєстрацію на сторінці події — ваше місце отримає інша людина, а нагадування більше не надходитимуть.\n\n");
        text.Append("У вкладенні — подія для вашого календаря. Усі ваші події одним посиланням для календаря: ").Append(links.Settings.AbsoluteUri).Append('\n');
        return text.ToString();
    }

    private string CancellationBody(WebinarEvent webinar, ReminderRecipient recipient, CalendarLinks links)
    {
        var text = new StringBuilder();
        text.Append("Вітаємо, ").Append(recipient.Name).Append("!\n\n");
        text.Append("На жаль, подію «").Append(webinar.Title).Append("», заплановану на ").Append(When(webinar.StartsAt)).Append(" (за київським часом), скасовано.\n");
        if (!string.IsNullOrWhiteSpace(webinar.CancellationReason))
        {
            text.Append("Причина: ").Append(webinar.CancellationReason.Trim()).Append('\n');
        }

        text.Append('\n');
        text.Append("Сторінка події: ").Append(links.EventPage(webinar.Id).AbsoluteUri).Append('\n');
        text.Append("Інші вебінари й заняття: ").Append(links.Webinars.AbsoluteUri).Append("\n\n");
        text.Append("Вкладений файл прибирає подію з вашого календаря.\n");
        return text.ToString();
    }

    private static CalendarEntry Entry(WebinarEvent webinar, ReminderRecipient recipient, CalendarLinks links, bool cancelled)
    {
        var status = cancelled ? CalendarEntryStatus.Cancelled
            : recipient.Status is RegistrationStatus.Pending or RegistrationStatus.Waitlisted ? CalendarEntryStatus.Tentative
            : CalendarEntryStatus.Confirmed;
        return new CalendarEntries(links).ForEvent(webinar, status) with { Status = status };
    }

    private InvitationParties Parties(ReminderRecipient recipient)
    {
        var organizer = MailAddress.TryCreate(mail.Value.From, out var parsed) ? parsed : new MailAddress("noreply@lounb.example", "Lounb Learning");
        var name = string.IsNullOrWhiteSpace(organizer.DisplayName) ? organizer.Address : organizer.DisplayName;
        return new InvitationParties(name, organizer.Address, recipient.Name, recipient.Email);
    }

    private string Time(DateTime utc) => localTime.ToLocal(utc).ToString("HH:mm", Ukrainian);
}
