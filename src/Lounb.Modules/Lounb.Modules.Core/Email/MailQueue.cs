using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Core.Email;

/// <summary>A letter waiting in the database to be sent (core_mail): nothing is lost while the mail server is down.</summary>
public sealed class QueuedMail : ILeasedWork
{
    /// <summary>For EF Core.</summary>
    private QueuedMail()
    {
        To = Subject = Body = "";
    }

    public QueuedMail(EmailMessage message, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(message);
        Id = Guid.CreateVersion7();
        To = message.To;
        Subject = message.Subject;
        Body = message.Body;
        CreatedAt = DueAt = now;
        Attachments = message.Attachments.Select(a => new QueuedMailAttachment(a)).ToList();
    }

    public Guid Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public List<QueuedMailAttachment> Attachments { get; private set; } = [];

    public DateTime CreatedAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    public string? ClaimedBy { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? SentAt { get; private set; }

    public EmailMessage ToMessage() => new(To, Subject, Body)
    {
        Attachments = Attachments.OrderBy(a => a.Id).Select(a => new EmailAttachment(a.FileName, a.ContentType, a.Content)).ToList(),
        Queued = new QueuedLetterKey(Id, CreatedAt),
    };
}

/// <summary>A file of a queued letter (the .ics of a reminder, say).</summary>
public sealed class QueuedMailAttachment
{
    /// <summary>For EF Core.</summary>
    private QueuedMailAttachment()
    {
        FileName = ContentType = "";
        Content = [];
    }

    internal QueuedMailAttachment(EmailAttachment attachment)
    {
        Id = Guid.CreateVersion7();
        FileName = attachment.FileName;
        ContentType = attachment.ContentType;
        Content = attachment.Content.ToArray();
    }

    public Guid Id { get; private set; }

    public Guid MailId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }
}

/// <summary>Bound from "Lounb:Email:Queue".</summary>
public sealed class MailQueueOptions
{
    public const string Section = "Lounb:Email:Queue";

    /// <summary>How often each node looks for letters to send (a letter added on this node is sent at once).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;
}

/// <summary>The actual way out: SMTP, or the outbox folder when no SMTP server is configured (the host provides both).</summary>
public interface IMailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>Wakes this node's mail worker when a letter was queued (see <see cref="WakeWorkersOnCommit"/>).</summary>
public sealed class MailQueueSignal : WorkSignal;

/// <summary>
/// What every module gets as <see cref="IEmailSender"/>: the letter becomes a row saved at once and alone — through a
/// context of its own on the caller's connection, never with whatever else the caller has pending. When the caller has
/// a transaction open the row is written inside it, so the letter exists exactly when the change that caused it is
/// committed; a mail server that is down delays it but loses nothing.
/// </summary>
internal sealed class QueuedEmailSender(LounbDbContext db, IServiceScopeFactory scopes, MailQueueSignal signal, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var mail = new QueuedMail(message, time.GetUtcNow().UtcDateTime);
        var transaction = db.Database.CurrentTransaction;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var own = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
            own.Database.SetDbConnection(db.Database.GetDbConnection());
            if (transaction is not null)
            {
                await own.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
            }

            own.Add(mail);
            await own.SaveChangesAsync(ct);
        }

        if (transaction is null)
        {
            signal.Notify();
        }
        else
        {
            // Tracked (unchanged) by the caller's context, so its commit wakes this node's mail worker (WakeWorkersOnCommit).
            db.Attach(mail);
        }
    }
}

/// <summary>Sends queued letters that are due through <see cref="IMailTransport"/>; each goes out once with several nodes.</summary>
public sealed class MailDispatcher(LounbDbContext db, IMailTransport transport, LeasedWorkClaims claims, TimeProvider time, ILogger<MailDispatcher> logger)
{
    public const int BatchSize = 50;

    public static RetrySchedule Schedule => RetrySchedule.Default;

    /// <summary>The letters not yet sent (waiting, retrying or given up).</summary>
    public static IQueryable<QueuedMail> Unsent(LounbDbContext db) => db.Set<QueuedMail>().Where(m => m.SentAt == null);

    /// <summary>One pass: claims up to <see cref="BatchSize"/> due letters and sends them. Returns how many this node handled.</summary>
    public Task<int> SendDueAsync(CancellationToken ct) =>
        claims.ProcessDueAsync(Unsent(db), Schedule, BatchSize, claim => SendAsync(claim, ct), ct);

    private async Task SendAsync(WorkClaim claim, CancellationToken ct)
    {
        var mail = await db.Set<QueuedMail>().AsNoTracking().Include(m => m.Attachments).FirstAsync(m => m.Id == claim.Id, ct);
        try
        {
            await transport.SendAsync(mail.ToMessage(), ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = await claims.ReleaseFailedAsync(db.Set<QueuedMail>(), claim, mail.Attempts, exception, Schedule, ct);
            WorkLog.Failed(logger, exception, "Mail", mail.Id, failure);
            return;
        }

        // Not cancellable: the letter left, and it must not be sent again because the node is stopping.
        var sentAt = time.GetUtcNow().UtcDateTime;
        await LeasedWorkClaims.Held(db.Set<QueuedMail>(), claim)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }
}

/// <summary>Sends queued letters on every node: at once when this node queued one, otherwise every <see cref="MailQueueOptions.PollSeconds"/>.</summary>
internal sealed class MailQueueWorker(IServiceScopeFactory scopes, MailQueueSignal signal, IOptions<MailQueueOptions> options, TimeProvider time,
    ILogger<MailQueueWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ScopedWorkLoop.RunAsync<MailDispatcher>(scopes, (dispatcher, ct) => dispatcher.SendDueAsync(ct), MailDispatcher.BatchSize,
            TimeSpan.FromSeconds(options.Value.PollSeconds), signal, time, logger, "mail", stoppingToken);
}

public static class MailQueueServiceCollectionExtensions
{
    /// <summary>
    /// The durable mail queue: <see cref="IEmailSender"/> queues, a worker on every node sends through the
    /// <see cref="IMailTransport"/> the host registers.
    /// </summary>
    public static IServiceCollection AddMailQueue(this IServiceCollection services)
    {
        services.AddOptions<MailQueueOptions>().BindConfiguration(MailQueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MailQueueSignal>();
        services.AddLeasedWork();
        services.AddScoped<IEmailSender>(sp => ActivatorUtilities.CreateInstance<QueuedEmailSender>(sp));
        services.AddScoped<MailDispatcher>();
        services.AddHostedService<MailQueueWorker>();
        services.AddWorkQueueProbe("mail", MailDispatcher.Unsent, MailDispatcher.Schedule);
        return services;
    }
}
