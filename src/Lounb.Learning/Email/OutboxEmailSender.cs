using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Email;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Email;

/// <summary>Writes each message as an .eml file to the outbox folder: development, tests, and installations without SMTP.</summary>
internal sealed class OutboxEmailSender(MimeMessageFactory factory, OutboxFolder outbox, ILogger<OutboxEmailSender> logger) : IMailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = factory.Create(message);
        Directory.CreateDirectory(outbox.Path);
        var file = System.IO.Path.Combine(outbox.Path, $"{mime.Date.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.CreateVersion7():N}.eml");
        await mime.WriteToAsync(file, ct);
        logger.MailWrittenToOutbox(message.To, file);
    }
}

/// <summary>The resolved outbox folder.</summary>
internal sealed class OutboxFolder(IOptions<EmailOptions> options, IHostEnvironment environment)
{
    public string Path { get; } = System.IO.Path.IsPathRooted(options.Value.OutboxDirectory)
        ? options.Value.OutboxDirectory
        : System.IO.Path.Combine(environment.ContentRootPath, options.Value.OutboxDirectory);
}
