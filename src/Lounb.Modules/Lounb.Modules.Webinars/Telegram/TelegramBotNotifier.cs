using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Lounb.Modules.Webinars.Telegram;

/// <summary>The real bot (Telegram.Bot), used when Lounb:Webinars:Telegram:BotToken is set.</summary>
internal sealed class TelegramBotNotifier(IHttpClientFactory httpClients, IOptions<WebinarsOptions> options) : ITelegramNotifier
{
    public const string HttpClientName = "Lounb.Webinars.Telegram";

    public async Task SendAsync(long chatId, string text, CancellationToken ct)
    {
        var token = options.Value.Telegram.BotToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("Telegram notifications are not configured (Lounb:Webinars:Telegram:BotToken).");
        }

        var bot = new TelegramBotClient(token, httpClients.CreateClient(HttpClientName), ct);
        await bot.SendMessage(chatId, text, cancellationToken: ct);
    }
}
