using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary>Tells people what happened to their registration and to the events they registered for, by e-mail.</summary>
internal sealed class RegistrantNotifier(LounbDbContext db, IPeopleDirectory people, IEmailSender email, LocalTime localTime, CalendarLinkFactory linkFactory) : IWebinarChangeListener
{
    public async Task RegistrationConfirmedAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var (webinar, person) = await LoadAsync(eventId, userId, ct);
        if (webinar is null || person is null)
        {
            return;
        }

        var links = linkFactory.Current();
        await email.SendAsync(new EmailMessage(person.Value.Email, $"Реєстрацію підтверджено: {webinar.Title}",
            $"""
            Вітаємо, {person.Value.Name}!

            Ви зареєстровані на подію «{webinar.Title}».
            Коли: {localTime.Format(webinar.StartsAt)} (за київським часом), {WebinarNames.Minutes(webinar.DurationMinutes)}.
            Сторінка події: {links.EventPage(webinar.Id)}
            Додати в календар: {links.EventIcs(webinar.Id)}

            Нагадування прийде за добу й за годину до початку. Якщо не зможете прийти, скасуйте реєстрацію на сторінці події — місце отримає наступний у черзі.
            """), ct);
    }

    public Task RegistrationEndedAsync(Guid eventId, Guid userId, CancellationToken ct) => Task.CompletedTask;

    public async Task EventChangedAsync(Guid eventId, bool rescheduled, CancellationToken ct)
    {
        if (!rescheduled)
        {
            return;
        }

        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return;
        }

        var links = linkFactory.Current();
        foreach (var person in await ActiveRegistrantsAsync(eventId, ct))
        {
            await email.SendAsync(new EmailMessage(person.Email, $"Подію перенесено: {webinar.Title}",
                $"""
                Вітаємо, {person.Name}!

                Подію «{webinar.Title}» перенесено.
                Новий час: {localTime.Format(webinar.StartsAt)} (за київським часом), {WebinarNames.Minutes(webinar.DurationMinutes)}.
                Ваша реєстрація зберігається. Сторінка події: {links.EventPage(webinar.Id)}
                Календар, на який ви підписані, оновиться сам; окремий файл: {links.EventIcs(webinar.Id)}
                """), ct);
        }
    }

    public Task EventCancelledAsync(Guid eventId, CancellationToken ct) => Task.CompletedTask;

    private async Task<(WebinarEvent? Event, (string Email, string Name)? Person)> LoadAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var person = await people.People.Where(p => p.Id == userId && p.Email != null).Select(p => new { Email = p.Email!, p.FullName }).FirstOrDefaultAsync(ct);
        return (webinar, person is null ? null : (person.Email, person.FullName));
    }

    private async Task<IReadOnlyList<(string Email, string Name)>> ActiveRegistrantsAsync(Guid eventId, CancellationToken ct) =>
        (await (from r in db.Set<Registration>().AsNoTracking()
                join u in people.People on r.UserId equals u.Id
                where r.EventId == eventId && u.Email != null
                      && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Waitlisted)
                select new { Email = u.Email!, u.FullName }).ToListAsync(ct))
        .Select(p => (p.Email, p.FullName)).ToList();
}
