using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Email;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Email;

/// <summary>
/// Writes each message as an .eml file to the outbox folder: development, tests, and installations without SMTP. A
/// queued letter's file is named after the letter and appears whole (written aside, then renamed), so a letter sent
/// again after its node died mid-send is still one file.
/// </summary>
internal sealed class OutboxEmailSender(MimeMessageFactory factory, OutboxFolder outbox, ILogger<OutboxEmailSender> logger) : IMailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = factory.Create(message);
        Directory.CreateDirectory(outbox.Path);
        var name = message.Queued is { } queued
            ? $"{queued.QueuedAt:yyyyMMddHHmmssfff}-{queued.Id:N}.eml"
            : $"{mime.Date.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.CreateVersion7():N}.eml";
        var file = System.IO.Path.Combine(outbox.Path, name);
        var writing = $"{file}.{Guid.NewGuid():N}.part";
        await mime.WriteToAsync(writing, ct);
        File.Move(writing, file, overwrite: true);
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
