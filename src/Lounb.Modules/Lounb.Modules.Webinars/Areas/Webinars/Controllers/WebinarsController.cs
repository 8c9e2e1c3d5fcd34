using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>The visitor's side: the list of live sessions, an event's page, registration and cancellation.</summary>
[Area("Webinars")]
[OfferedInEnglish]
internal sealed class WebinarsController(WebinarCatalog catalog, RegistrationService registrations) : Controller
{
    [AllowAnonymous]
    [PublicPageCache]
    [HttpGet("/webinars")]
    public async Task<IActionResult> Index(string? show, CancellationToken ct) => View(await catalog.ListAsync(show, User, ct));

    [AllowAnonymous]
    [PublicPageCache]
    [HttpGet("/webinars/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await catalog.DetailsAsync(id, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("/webinars/{id:guid}/register")]
    public async Task<IActionResult> Register(Guid id, bool wholeSeries, CancellationToken ct)
    {
        var result = wholeSeries
            ? await registrations.RegisterForSeriesAsync(id, User.UserId(), ct)
            : await registrations.RegisterAsync(id, User.UserId(), ct);
        var done = result.Succeeded(out var outcome, out _) ? Registered(outcome) : "";
        return this.BackTo($"/webinars/{id}", result, done);
    }

    [HttpPost("/webinars/{id:guid}/cancel-registration")]
    public async Task<IActionResult> CancelRegistration(Guid id, CancellationToken ct) =>
        this.BackTo($"/webinars/{id}", await registrations.CancelAsync(id, User.UserId(), ct), "Реєстрацію скасовано. Дякуємо, що звільнили місце.");

    private static string Registered(RegistrationOutcome outcome)
    {
        var status = outcome.Status switch
        {
            RegistrationStatus.Confirmed => "Ви зареєстровані. Нагадування прийде за добу й за годину до початку.",
            RegistrationStatus.Pending => "Заявку надіслано. Модератор розгляне її, і ви отримаєте лист.",
            _ => "Місць немає: ви в списку очікування. Щойно місце звільниться, ми вас зареєструємо й напишемо.",
        };
        return outcome.Registered > 1 ? $"Зареєстровано на зустрічей серії: {outcome.Registered}. {status}" : status;
    }
}
