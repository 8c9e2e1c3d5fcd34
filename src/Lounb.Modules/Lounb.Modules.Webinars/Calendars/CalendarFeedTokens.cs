using System.Buffers.Text;
using System.Security.Cryptography;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>
/// The secret in a person's feed address (many calendar apps cannot send a cookie or a password): 32 random bytes,
/// base64url (43 characters). One per person; replacing it makes the old address answer 404.
/// </summary>
internal sealed class CalendarFeedTokens(LounbDbContext db, TimeProvider time)
{
    private const int MinLength = 32;
    private const int MaxLength = 64;

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The person's token, made on first use.</summary>
    public async Task<string> GetOrCreateAsync(Guid userId, CancellationToken ct)
    {
        var existing = await TokenOfAsync(userId, ct);
        if (existing is not null)
        {
            return existing;
        }

        var token = new CalendarFeedToken(userId, NewSecret(), time.GetUtcNow().UtcDateTime);
        db.Add(token);
        try
        {
            await db.SaveChangesAsync(ct);
            return token.Token;
        }
        catch (DbUpdateException)
        {
            // The same person's other tab made one at the same moment: use theirs.
            db.Entry(token).State = EntityState.Detached;
            return await TokenOfAsync(userId, ct) ?? throw new InvalidOperationException("The calendar token could not be stored.");
        }
    }

    /// <summary>A new token in place of the old one (whose address stops working at once).</summary>
    public async Task<string> RegenerateAsync(Guid userId, CancellationToken ct)
    {
        var token = NewSecret();
        var now = time.GetUtcNow().UtcDateTime;
        var replaced = await db.Set<CalendarFeedToken>().Where(t => t.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Token, token).SetProperty(t => t.CreatedAt, now), ct);
        return replaced == 1 ? token : await GetOrCreateAsync(userId, ct);
    }

    public async Task<Guid?> UserOfAsync(string token, CancellationToken ct)
    {
        if (token.Length is < MinLength or > MaxLength)
        {
            return null;
        }

        var owner = await db.Set<CalendarFeedToken>().AsNoTracking().Where(t => t.Token == token).Select(t => (Guid?)t.UserId).FirstOrDefaultAsync(ct);
        return owner;
    }

    private Task<string?> TokenOfAsync(Guid userId, CancellationToken ct) =>
        db.Set<CalendarFeedToken>().AsNoTracking().Where(t => t.UserId == userId).Select(t => t.Token).FirstOrDefaultAsync(ct);
}
