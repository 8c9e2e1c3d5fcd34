using Lounb.Modules.Core.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lounb.Learning.Email;

internal sealed class MimeMessageFactory(IOptions<EmailOptions> options, TimeProvider time)
{
    public MimeMessage Create(EmailMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = time.GetUtcNow(),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
