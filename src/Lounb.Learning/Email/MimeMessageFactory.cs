using Lounb.Modules.Core.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lounb.Learning.Email;

internal sealed class MimeMessageFactory(IOptions<EmailOptions> options, TimeProvider time)
{
    public MimeMessage Create(EmailMessage message)
    {
        var text = new TextPart("plain") { Text = message.Body };
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = time.GetUtcNow(),
            Body = message.Attachments.Count == 0 ? text : WithAttachments(text, message.Attachments),
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.Queued is { } queued)
        {
            // The same on every try of a queued letter: a receiver (and the outbox folder) sees a resend as the same letter.
            mime.MessageId = $"{queued.Id:N}@{mime.From.Mailboxes.First().Domain}";
        }

        return mime;
    }

    private static Multipart WithAttachments(TextPart text, IReadOnlyList<EmailAttachment> attachments)
    {
        var mixed = new Multipart("mixed") { text };
        foreach (var attachment in attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(new MemoryStream(attachment.Content.ToArray())),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        }

        return mixed;
    }
}
