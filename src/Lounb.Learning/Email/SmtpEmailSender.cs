using Lounb.Modules.Core.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Email;

/// <summary>Sends through the configured SMTP server with MailKit.</summary>
internal sealed class SmtpEmailSender(MimeMessageFactory factory, IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }

        await client.SendAsync(factory.Create(message), ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
