namespace Lounb.Modules.Core.Email;

/// <summary>A message to one person; the body is plain text (the platform sends no HTML mail).</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends mail through SMTP when configured, otherwise writes it to the local outbox folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
