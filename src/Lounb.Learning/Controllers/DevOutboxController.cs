using Lounb.Learning.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MimeKit;

namespace Lounb.Learning.Controllers;

internal sealed record OutboxLetter(string File, DateTimeOffset Date, string To, string Subject, string Body);

/// <summary>Development only: the letters the outbox sender wrote, newest first, so a developer can follow confirmation links.</summary>
[AllowAnonymous]
[Route("dev/outbox")]
internal sealed class DevOutboxController(OutboxFolder outbox, IHostEnvironment environment) : Controller
{
    private const int Shown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        var letters = new List<OutboxLetter>();
        if (Directory.Exists(outbox.Path))
        {
            foreach (var file in Directory.GetFiles(outbox.Path, "*.eml").OrderDescending().Take(Shown))
            {
                var message = await MimeMessage.LoadAsync(file, ct);
                letters.Add(new OutboxLetter(Path.GetFileName(file), message.Date, message.To.ToString(), message.Subject ?? "", message.TextBody ?? ""));
            }
        }

        return View(letters);
    }
}
