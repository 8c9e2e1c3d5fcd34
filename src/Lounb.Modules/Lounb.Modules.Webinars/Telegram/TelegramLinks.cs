using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Telegram;

/// <summary>What the settings page shows about Telegram.</summary>
internal sealed record TelegramState(bool Configured, bool Linked, string? ConnectUrl);

/// <summary>
/// Linking a person's Telegram chat: the settings page gives a t.me/&lt;bot&gt;?start=&lt;code&gt; link with a one-time
/// code; the bot's webhook receives "/start &lt;code&gt;" and links the chat; "Відключити" removes the link.
/// </summary>
internal sealed class TelegramLinks(LounbDbContext db, IOptions<WebinarsOptions> options, ITelegramNotifier notifier, ReminderPlanner planner,
    TimeProvider time, ILogger<TelegramLinks> logger)
{
    private TelegramOptions Settings => options.Value.Telegram;

    /// <summary>The bot's token, its username (for the t.me link) and the webhook secret (to receive /start) are all set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Settings.BotToken) && !string.IsNullOrWhiteSpace(Settings.BotUsername)
        && !string.IsNullOrWhiteSpace(Settings.WebhookSecret);

    /// <summary>The person's state; a connect code is made on first need (and stays until it is used).</summary>
    public async Task<TelegramState> StateAsync(Guid userId, CancellationToken ct)
    {
        if (!IsConfigured)
        {
            return new TelegramState(false, false, null);
        }

        var link = await db.Set<TelegramLink>().FirstOrDefaultAsync(l => l.UserId == userId, ct);
        if (link?.ChatId is not null)
        {
            return new TelegramState(true, true, null);
        }

        if (link is null)
        {
            link = new TelegramLink(userId, NewCode(), time.GetUtcNow().UtcDateTime);
            db.Add(link);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(link).State = EntityState.Detached;
                link = await db.Set<TelegramLink>().AsNoTracking().FirstAsync(l => l.UserId == userId, ct);
                if (link.ChatId is not null)
                {
                    return new TelegramState(true, true, null);
                }
            }
        }

        return new TelegramState(true, false, $"https://t.me/{Settings.BotUsername!.TrimStart('@')}?start={link.LinkCode}");
    }

    /// <summary>Compares the address's secret with the configured one in constant time; false when webhooks are not configured.</summary>
    public bool AcceptsWebhookSecret(string secret)
    {
        var expected = Settings.WebhookSecret;
        if (!IsConfigured || expected is null || secret is null)
        {
            return false;
        }

        // Hashing first makes the comparison independent of the lengths too.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    /// <summary>
    /// One update the bot received. "/start &lt;code&gt;" from a private chat links the chat of the person whose code it
    /// is (and replaces the code: it works once); anything else gets a short explanation.
    /// </summary>
    public async Task HandleUpdateAsync(JsonElement update, CancellationToken ct)
    {
        if (!update.TryGetProperty("message", out var message)
            || !message.TryGetProperty("chat", out var chat) || !chat.TryGetProperty("id", out var chatIdElement) || !chatIdElement.TryGetInt64(out var chatId)
            || !message.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = textElement.GetString()!.Trim();
        if (!text.StartsWith("/start", StringComparison.Ordinal))
        {
            await ReplyAsync(chatId, "Цей бот надсилає нагадування про вебінари Lounb. Щоб підключити сповіщення, відкрийте на сайті «Календар і нагадування» і натисніть «Підключити Telegram».", ct);
            return;
        }

        var code = StartParameter(text);
        var link = code.Length is > 0 and <= 64 ? await db.Set<TelegramLink>().FirstOrDefaultAsync(l => l.LinkCode == code, ct) : null;
        if (link is null)
        {
            await ReplyAsync(chatId, "Посилання застаріло або вже використане. Відкрийте на сайті «Календар і нагадування» і натисніть «Підключити Telegram» ще раз.", ct);
            return;
        }

        link.ChatId = chatId;
        link.LinkedAt = time.GetUtcNow().UtcDateTime;
        link.LinkCode = NewCode();
        await db.SaveChangesAsync(ct);
        TelegramLog.Linked(logger, link.UserId);
        await planner.PlanForPersonAsync(link.UserId, ct);
        await ReplyAsync(chatId, "Готово: нагадування про ваші вебінари надходитимуть сюди. Відключити їх можна на сайті, на сторінці «Календар і нагадування».", ct);
    }

    /// <summary>Removes the person's link (and their Telegram reminders not yet sent).</summary>
    public async Task DisconnectAsync(Guid userId, CancellationToken ct)
    {
        await db.Set<TelegramLink>().Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
        await planner.CancelTelegramForPersonAsync(userId, ct);
    }

    private async Task ReplyAsync(long chatId, string text, CancellationToken ct)
    {
        try
        {
            await notifier.SendAsync(chatId, text, ct);
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or global::Telegram.Bot.Exceptions.ApiRequestException)
        {
            // The link is made either way; a reply that did not go out is not worth a retry from Telegram.
            TelegramLog.ReplyFailed(logger, exception);
        }
    }

    /// <summary>"/start CODE", also as "/start@bot_name CODE".</summary>
    private static string StartParameter(string text)
    {
        var rest = text["/start".Length..];
        if (rest.StartsWith('@'))
        {
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            rest = space < 0 ? "" : rest[space..];
        }

        return rest.Trim();
    }

    private static string NewCode() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}

internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Telegram chat linked for person {UserId}.")]
    public static partial void Linked(ILogger logger, Guid userId);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "A reply of the Telegram bot could not be sent.")]
    public static partial void ReplyFailed(ILogger logger, Exception exception);
}
