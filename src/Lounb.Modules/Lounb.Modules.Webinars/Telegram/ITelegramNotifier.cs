namespace Lounb.Modules.Webinars.Telegram;

/// <summary>Sends a plain-text message to a Telegram chat through the platform's bot (tests use a fake: no test reaches Telegram).</summary>
internal interface ITelegramNotifier
{
    Task SendAsync(long chatId, string text, CancellationToken ct);
}
