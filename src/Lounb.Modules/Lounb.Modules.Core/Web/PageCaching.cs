using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Lounb.Modules.Core.Web;

public sealed class PageCacheOptions
{
    public const string Section = "Lounb:Caching";

    /// <summary>How long a browser or a reverse proxy may reuse an anonymous public page (catalog, course, webinars, verification).</summary>
    public int PublicPageSeconds { get; set; } = 60;
}

/// <summary>
/// An anonymous GET of a public page that sets no cookie may be kept by browsers and shared proxies for
/// <see cref="PageCacheOptions.PublicPageSeconds"/> (<c>public, max-age</c>, <c>Vary: Cookie</c> because the language
/// cookie changes the page). A signed-in person's response is <c>private, no-cache</c>: never stored by a proxy.
/// A response that sets a cookie or already says how to cache it (e.g. antiforgery's <c>no-store</c>) is left alone.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class PublicPageCacheAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var seconds = http.RequestServices.GetRequiredService<IOptions<PageCacheOptions>>().Value.PublicPageSeconds;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            if (http.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "private, no-cache";
            }
            else if (http.Response.StatusCode == StatusCodes.Status200OK && seconds > 0
                && headers.SetCookie.Count == 0 && headers.CacheControl.Count == 0)
            {
                headers.CacheControl = $"public, max-age={seconds}";
                headers.Append(HeaderNames.Vary, "Cookie");
            }

            return Task.CompletedTask;
        });
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}

/// <summary>
/// A signed-in person's page that a phone keeps for offline reading (a lesson, an attempt): the response carries an
/// ETag of its content and <c>private, no-cache</c>, so the browser and the offline-pages worker ask again with
/// <c>If-None-Match</c> and get a bodiless 304 when nothing changed. Antiforgery tokens, which differ in every response
/// but stay valid for the same person and browser, are left out of the ETag.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContentETagAttribute : Attribute, IAsyncResultFilter
{
    /// <summary>Room for a lesson or an attempt page (36–50 KB) without growing the buffer copy by copy.</summary>
    private const int InitialBufferBytes = 64 * 1024;

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            await next();
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream(InitialBufferBytes);
        http.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = original;
        }

        buffer.Position = 0;
        if (http.Response.StatusCode == StatusCodes.Status200OK && !http.Response.HasStarted)
        {
            var etag = ContentETag.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var headers = http.Response.Headers;
            headers.ETag = etag;
            headers.CacheControl = "private, no-cache";
            headers.Remove(HeaderNames.Pragma);
            if (ContentETag.Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                headers.ContentLength = null;
                return;
            }
        }

        await buffer.CopyToAsync(original, http.RequestAborted);
    }
}

/// <summary>The strong ETag of a rendered page, with per-response antiforgery tokens left out.</summary>
public static class ContentETag
{
    /// <summary>What precedes a token's value in a rendered hidden field; the value ends at the next quote.</summary>
    private static ReadOnlySpan<byte> TokenField => "name=\"__RequestVerificationToken\" type=\"hidden\" value=\""u8;

    /// <summary>SHA-256 of the page's bytes without the tokens' values, hashed as they are (no decoding, no copies).</summary>
    public static string Of(ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (body.IndexOf(TokenField) is var at and >= 0)
        {
            var valueStart = at + TokenField.Length;
            hash.AppendData(body[..valueStart]);
            var valueLength = body[valueStart..].IndexOf((byte)'"');
            body = valueLength < 0 ? [] : body[(valueStart + valueLength)..];
        }

        hash.AppendData(body);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return $"\"{Convert.ToBase64String(digest[..18])}\"";
    }

    public static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var candidate in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || string.Equals(candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate, etag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
