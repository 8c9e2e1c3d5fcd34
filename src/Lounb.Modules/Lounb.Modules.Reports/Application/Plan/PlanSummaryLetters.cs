using System.Globalization;
using System.Text;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Reports.Application.Plan;

/// <summary>When the monthly summary goes out: for the month just ended, in the first days of the next (a node down on the 1st catches up).</summary>
internal static class PlanSummarySchedule
{
    /// <summary>The letters of a month are sent on days 1 to this of the next month, and never later.</summary>
    public const int CatchUpDays = 3;

    /// <summary>The month to summarise on <paramref name="today"/> (local), or null when no summary is due.</summary>
    public static (int Year, int Month)? DueMonth(DateOnly today)
    {
        if (today.Day > CatchUpDays)
        {
            return null;
        }

        var previous = today.AddMonths(-1);
        return (previous.Year, previous.Month);
    }
}

/// <summary>
/// The monthly summary to methodologists: each gets the figures of their oblast (a national one, of every oblast with
/// activity), queued through the mail queue. Exactly once per person and month, also with several nodes: the letter is
/// queued in the transaction that inserts the person's (person, month) row, and a second insert fails on the key.
/// </summary>
internal sealed class PlanSummaryLetters(LounbDbContext db, IPeopleDirectory people, PlanMeasurements measurements, PlanService plans, IEmailSender email,
    TimeProvider time, LocalTime localTime)
{
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk-UA");

    /// <summary>Queues the letters due today that no node queued yet. Returns how many this call queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var today = localTime.DateOf(time.GetUtcNow().UtcDateTime);
        if (PlanSummarySchedule.DueMonth(today) is not { } due)
        {
            return 0;
        }

        var holders = await people.InRole(Roles.Methodologist).ToListAsync(ct);
        var sent = await db.Set<PlanSummaryLetter>().AsNoTracking().Where(l => l.Year == due.Year && l.Month == due.Month).Select(l => l.PersonId).ToListAsync(ct);
        var oblasts = await people.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var figures = new Dictionary<string, string>();
        var queued = 0;
        foreach (var person in holders.GroupBy(h => h.PersonId).Where(g => !sent.Contains(g.Key)))
        {
            var address = await people.People.Where(p => p.Id == person.Key).Select(p => p.Email).FirstOrDefaultAsync(ct);
            if (string.IsNullOrWhiteSpace(address))
            {
                continue;
            }

            var national = person.Any(h => h.ScopeOblastCode is null);
            var codes = national ? oblasts.Keys.ToList() : person.Select(h => h.ScopeOblastCode!).Distinct().ToList();
            var body = new StringBuilder();
            body.AppendLine(CultureInfo.InvariantCulture, $"Вітаємо, {person.First().FullName}!").AppendLine();
            body.AppendLine(CultureInfo.InvariantCulture, $"Підсумки місяця «{MonthName(due.Month)} {due.Year}» на платформі Lounb Learning.").AppendLine();
            foreach (var code in codes.Where(oblasts.ContainsKey).InDisplayOrder(c => c))
            {
                if (!figures.TryGetValue(code, out var text))
                {
                    text = await OblastFiguresAsync(code, oblasts[code], due.Year, due.Month, national, ct);
                    figures[code] = text;
                }

                body.Append(text);
            }

            if (await QueueOnceAsync(person.Key, due, new EmailMessage(address, $"Підсумки місяця: {MonthName(due.Month)} {due.Year}", body.ToString()), ct))
            {
                queued++;
            }
        }

        return queued;
    }

    /// <summary>Inserts the (person, month) row and queues the letter in one transaction; false when another pass got there first.</summary>
    private async Task<bool> QueueOnceAsync(Guid personId, (int Year, int Month) due, EmailMessage message, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(new PlanSummaryLetter(personId, due.Year, due.Month, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }

        await email.SendAsync(message, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>An oblast's block: what was measured in the month and, where the plan has targets, the year so far against them.</summary>
    private async Task<string> OblastFiguresAsync(string code, string name, int year, int month, bool skipQuiet, CancellationToken ct)
    {
        var measured = await measurements.MeasureAsync(year, code, ct);
        var report = await plans.ReportAsync(year, code, ct, measured);
        var lines = report.Lines.Where(l => l.Months[month - 1] > 0 || l.Target is not null).ToList();
        if (skipQuiet && lines.All(l => l.Months[month - 1] == 0))
        {
            return "";
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}");
        foreach (var line in lines)
        {
            var plan = line.Target is { } target
                ? $"; з початку року {line.Actual.ToString("N0", Ukrainian)} з {target.ToString("N0", Ukrainian)} ({line.Percent?.ToString("0.0", Ukrainian)}%)"
                : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  • {line.Info.Name}: за місяць {line.Months[month - 1].ToString("N0", Ukrainian)}{plan}");
        }

        return text.AppendLine().ToString();
    }

    private static string MonthName(int month) => PlanWorkbook.MonthNames[month - 1].ToLower(Ukrainian);
}

/// <summary>Checks now and then whether the monthly summary is due (the letters themselves are made once, whichever node is first).</summary>
internal sealed class PlanSummaryWorker(IServiceScopeFactory scopes, IOptions<ReportsOptions> options, TimeProvider time,
    Microsoft.Extensions.Logging.ILogger<PlanSummaryWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Core.Jobs.ScopedWorkLoop.RunAsync<PlanSummaryLetters>(scopes, (letters, ct) => letters.SendDueAsync(ct), int.MaxValue,
            TimeSpan.FromMinutes(options.Value.SummaryCheckMinutes), new Core.Jobs.WorkSignal(), time, logger, "monthly summary", stoppingToken);
}
