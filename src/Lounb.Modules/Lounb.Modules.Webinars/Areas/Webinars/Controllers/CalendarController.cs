using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Telegram;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>"Календар і нагадування": the person's feed address (and a new one), the public feed, Telegram on or off.</summary>
[Area("Webinars")]
internal sealed class CalendarController(CalendarFeedTokens tokens, TelegramLinks telegram, CalendarLinkFactory linkFactory) : Controller
{
    [HttpGet("/my/calendar")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var links = linkFactory.For(Request);
        var personal = links.PersonalFeed(await tokens.GetOrCreateAsync(User.UserId(), ct));
        var state = await telegram.StateAsync(User.UserId(), ct);
        return View("Index", new CalendarSettingsPage(personal, CalendarLinks.Webcal(personal), links.PublicFeed, CalendarLinks.Webcal(links.PublicFeed), state)
        {
            Message = TempData["CalendarMessage"] as string,
        });
    }

    [HttpPost("/my/calendar/regenerate")]
    public async Task<IActionResult> Regenerate(CancellationToken ct)
    {
        await tokens.RegenerateAsync(User.UserId(), ct);
        TempData["CalendarMessage"] = "Створено нове посилання. Старе більше не працює: підпишіться в календарі на нове.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("/my/calendar/telegram/disconnect")]
    public async Task<IActionResult> DisconnectTelegram(CancellationToken ct)
    {
        await telegram.DisconnectAsync(User.UserId(), ct);
        TempData["CalendarMessage"] = "Telegram відключено: нагадування надходитимуть лише електронною поштою.";
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>What the settings page shows.</summary>
internal sealed record CalendarSettingsPage(Uri PersonalFeed, string PersonalWebcal, Uri PublicFeed, string PublicWebcal, TelegramState Telegram)
{
    public string? Message { get; init; }
}
