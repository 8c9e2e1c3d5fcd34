namespace Lounb.Modules.Core.Email;

/// <summary>A message to one person; the body is plain text (the platform sends no HTML mail).</summary>
public sealed record EmailMessage(string To, string Subject, string Body)
{
    /// <summary>Files sent with the letter (e.g. a calendar invitation); none by default.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// Set for a letter from the mail queue: the same on every try, so a letter sent again (its node died after it left,
    /// before recording that) carries the same Message-Id and is one file in the outbox folder.
    /// </summary>
    public QueuedLetterKey? Queued { get; init; }
}

/// <summary>Which queued letter this is (<c>core_mail</c>'s id) and when it was queued.</summary>
public sealed record QueuedLetterKey(Guid Id, DateTime QueuedAt);

/// <summary>
/// A file attached to a letter. <paramref name="ContentType"/> is the full MIME type with its parameters, e.g.
/// <c>text/calendar; method=REQUEST; charset=utf-8</c> for an iMIP invitation.
/// </summary>
public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>Sends mail through SMTP when configured, otherwise writes it to the local outbox folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
