using System.Text;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Reminders;
using Microsoft.Extensions.Options;
using static Lounb.Modules.Webinars.Tests.Calendars.CalendarSamples;

namespace Lounb.Modules.Webinars.Tests.Reminders;

public sealed class ReminderLettersTests
{
    private static readonly ReminderLetters Letters = new(
        Kyiv, Writer, Options.Create(new PlatformMailOptions { From = "Lounb Learning <noreply@learn.test>" }), Options.Create(new WebinarsOptions()));

    private static readonly ReminderRecipient Olena = new("Олена Петренко", "olena@example.org", RegistrationStatus.Confirmed);

    [Fact]
    public void When_IsTheKyivWeekdayDateAndTime()
    {
        Assert.Equal("середа, 7 січня 2026 р., 18:00", Letters.When(WinterStart));
        Assert.Equal("середа, 1 квітня 2026 р., 18:00", Letters.When(new DateTime(2026, 4, 1, 15, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Email_DayBefore_UkrainianTextWithTimeJoinPageAndHowToCancel_AndAnInvitation()
    {
        var webinar = Event();

        var letter = Letters.Email(ReminderKind.EmailDayBefore, webinar, Olena, Links);

        Assert.Equal("olena@example.org", letter.To);
        Assert.Equal("Завтра: «Медіаграмотність для бібліотекарів» о 18:00", letter.Subject);
        Assert.Contains("Вітаємо, Олена Петренко!", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Коли: середа, 7 січня 2026 р., 18:00 (за київським часом), 90 хв.", letter.Body, StringComparison.Ordinal);
        Assert.Contains($"Приєднатися: https://learn.test/webinars/{webinar.Id}/room", letter.Body, StringComparison.Ordinal);
        Assert.Contains($"Сторінка події: https://learn.test/webinars/{webinar.Id}", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Скасуйте реєстрацію на сторінці події", letter.Body, StringComparison.Ordinal);
        var invitation = Assert.Single(letter.Attachments);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", invitation.ContentType);
        var ics = Encoding.UTF8.GetString(invitation.Content.Span);
        Assert.Contains("METHOD:REQUEST", Unfolded(ics));
        var vevent = Assert.Single(Events(ics));
        Assert.Equal($"UID:{webinar.Uid}", Property(vevent, "UID"));
        Assert.Equal("ORGANIZER;CN=Lounb Learning:mailto:noreply@learn.test", Property(vevent, "ORGANIZER"));
        Assert.EndsWith("mailto:olena@example.org", Property(vevent, "ATTENDEE"), StringComparison.Ordinal);
    }

    [Fact]
    public void Email_HourBefore_ForAWaitlistedPerson_SaysSoAndIsTentative()
    {
        var letter = Letters.Email(ReminderKind.EmailHourBefore, Event(), Olena with { Status = RegistrationStatus.Waitlisted }, Links);

        Assert.Equal("Через годину: «Медіаграмотність для бібліотекарів» о 18:00", letter.Subject);
        Assert.Contains("Ви в списку очікування", letter.Body, StringComparison.Ordinal);
        var vevent = Assert.Single(Events(Encoding.UTF8.GetString(Assert.Single(letter.Attachments).Content.Span)));
        Assert.Equal("STATUS:TENTATIVE", Property(vevent, "STATUS"));
    }

    [Fact]
    public void Email_Cancelled_GivesTheReason_AndACancelMessageForTheCalendar()
    {
        var webinar = Event();
        webinar.Cancel("Спікерка захворіла", Created.AddDays(1));

        var letter = Letters.Email(ReminderKind.EmailCancelled, webinar, Olena, Links);

        Assert.Equal("Скасовано: «Медіаграмотність для бібліотекарів», середа, 7 січня 2026 р., 18:00", letter.Subject);
        Assert.Contains("Причина: Спікерка захворіла", letter.Body, StringComparison.Ordinal);
        var attachment = Assert.Single(letter.Attachments);
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", attachment.ContentType);
        var ics = Encoding.UTF8.GetString(attachment.Content.Span);
        Assert.Contains("METHOD:CANCEL", Unfolded(ics));
        var vevent = Assert.Single(Events(ics));
        Assert.Equal("STATUS:CANCELLED", Property(vevent, "STATUS"));
        Assert.Equal("SEQUENCE:1", Property(vevent, "SEQUENCE"));
    }

    [Fact]
    public void Telegram_IsShortWithTheJoinLink()
    {
        var webinar = Event();

        var text = Letters.Telegram(ReminderKind.TelegramHourBefore, webinar, Links);

        Assert.StartsWith("Через годину, середа, 7 січня 2026 р., 18:00 (за київським часом): «Медіаграмотність для бібліотекарів».", text, StringComparison.Ordinal);
        Assert.Contains($"https://learn.test/webinars/{webinar.Id}/room", text, StringComparison.Ordinal);
    }
}
