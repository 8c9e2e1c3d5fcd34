using System.Text;
using System.Text.Json;

namespace Lounb.Modules.Webinars.Tests.Video;

/// <summary>A compact JWT read by hand (no JWT library), so the tests see exactly what was written.</summary>
internal sealed record JwtParts(JsonElement Header, JsonElement Payload, string SigningInput, byte[] Signature)
{
    public static JwtParts Read(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return new JwtParts(JsonDocument.Parse(Base64Url.Decode(parts[0])).RootElement.Clone(), JsonDocument.Parse(Base64Url.Decode(parts[1])).RootElement.Clone(),
            parts[0] + "." + parts[1], Base64Url.Decode(parts[2]));
    }
}

internal static class Base64Url
{
    public static byte[] Decode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Convert.FromBase64String(padded);
    }

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));
}
