using System.Security.Cryptography;
using System.Text.Json;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Lounb.Modules.Webinars.Api;

/// <summary>
/// The calendars (an event's .ics, a person's feed by secret token, the public feed) and the Telegram bot's webhook.
/// Calendar apps send no cookie, so the feeds are anonymous: a personal feed is found by its token alone.
/// </summary>
internal static class CalendarApi
{
    private const string CalendarContentType = "text/calendar; charset=utf-8";
    private const int MaxTelegramUpdateBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        string[] read = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods("/webinars/{id:guid}.ics", read, EventAsync).AllowAnonymous();
        endpoints.MapMethods("/calendar/public.ics", read, PublicAsync).AllowAnonymous();
        endpoints.MapMethods("/calendar/{token:regex(^[A-Za-z0-9_-]{{32,64}}$)}.ics", read, PersonalAsync).AllowAnonymous();
        endpoints.MapPost("/hooks/telegram/{secret}", TelegramAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxTelegramUpdateBytes));
    }

    private static async Task<IResult> EventAsync(Guid id, HttpContext context, CalendarFeeds feeds, IcsWriter writer, CalendarLinkFactory links, CancellationToken ct)
    {
        var document = await feeds.EventAsync(id, context.User, links.For(context.Request), ct);
        return document is null ? TypedResults.NotFound() : Calendar(context, writer.WriteUtf8(document), "private, no-cache");
    }

    private static async Task<IResult> PublicAsync(HttpContext context, CalendarFeeds feeds, IcsWriter writer, CalendarLinkFactory links, CancellationToken ct)
    {
        var document = await feeds.PublicAsync(links.For(context.Request), ct);
        return Calendar(context, writer.WriteUtf8(document), "public, max-age=300");
    }

    private static async Task<IResult> PersonalAsync(string token, HttpContext context, CalendarFeeds feeds, IcsWriter writer, CalendarLinkFactory links, CancellationToken ct)
    {
        var document = await feeds.PersonalAsync(token, links.For(context.Request), ct);
        // The address is a secret: keep the feed out of shared caches; clients revalidate with the ETag.
        return document is null ? TypedResults.NotFound() : Calendar(context, writer.WriteUtf8(document), "private, no-cache");
    }

    /// <summary>
    /// Updates from the bot (setWebhook to /hooks/telegram/&lt;WebhookSecret&gt;). A wrong secret, or no bot configured,
    /// answers 404 as if the address did not exist.
    /// </summary>
    private static async Task<IResult> TelegramAsync(string secret, HttpContext context, TelegramLinks telegram, CancellationToken ct)
    {
        // A machine's request: no HTML error page (re-executing it as a POST would also fail the pages' antiforgery check).
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        if (!telegram.AcceptsWebhookSecret(secret))
        {
            return TypedResults.NotFound();
        }

        JsonDocument update;
        try
        {
            update = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return WebinarErrors.NotTelegramUpdate.ToProblem();
        }

        using (update)
        {
            await telegram.HandleUpdateAsync(update.RootElement, ct);
        }

        return TypedResults.Ok();
    }

    /// <summary>The calendar with an ETag of its content; 304 when the client already has this version.</summary>
    internal static IResult Calendar(HttpContext context, byte[] body, string cacheControl)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        context.Response.Headers.CacheControl = cacheControl;
        var known = context.Request.GetTypedHeaders().IfNoneMatch;
        if (known.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, CalendarContentType);
    }
}
