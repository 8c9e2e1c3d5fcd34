using System.Text;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Lounb.Learning.Email;
using Lounb.Learning.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Identity;

/// <summary>Letters of the account lifecycle: email confirmation and password reset, with links back to this site.</summary>
/// <remarks>Letters are queued in the database (see <see cref="IEmailSender"/>): a mail server that is down delays them, never loses them.</remarks>
internal sealed class AccountMailer(UserManager<LounbUser> users, IEmailSender email, IHttpContextAccessor http, IOptions<EmailOptions> options)
{
    public async Task SendConfirmationAsync(LounbUser user, CancellationToken ct)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Absolute($"/account/confirm-email?userId={user.Id}&code={token}");
        await email.SendAsync(new EmailMessage(
            user.Email!,
            "Підтвердьте адресу — Lounb Learning",
            $"""
            Вітаємо, {user.FullName}!

            Ви зареєструвалися на навчальній платформі Луганської обласної універсальної наукової бібліотеки.
            Щоб підтвердити адресу й увійти, відкрийте посилання:

            {link}

            Якщо ви не реєструвалися, просто не відповідайте на цей лист.
            """), ct);
    }

    public async Task SendPasswordResetAsync(LounbUser user, CancellationToken ct)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Absolute($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        await email.SendAsync(new EmailMessage(
            user.Email!,
            "Новий пароль — Lounb Learning",
            $"""
            Вітаємо, {user.FullName}!

            Хтось (можливо, ви) попросив змінити пароль. Щоб задати новий, відкрийте посилання:

            {link}

            Якщо ви не просили, нічого не робіть: старий пароль діє.
            """), ct);
    }

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Absolute(string pathAndQuery)
    {
        // A configured public address keeps a forged Host header out of password-reset links.
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return configured.ToString().TrimEnd('/') + pathAndQuery;
        }

        var request = http.HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
