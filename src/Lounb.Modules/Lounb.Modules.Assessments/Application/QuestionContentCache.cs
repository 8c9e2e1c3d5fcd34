using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Question versions never change once written, so their parsed content can be kept in memory on every node without
/// any invalidation; exam mornings read each version from the database once. Images are not held here: they are
/// served from <see cref="QuestionFile"/> rows and exports read them themselves.
/// </summary>
internal sealed class QuestionContentCache : IDisposable
{
    private const int MaxEntries = 20_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public async Task<QuestionContent?> GetAsync(LounbDbContext db, Guid versionId, CancellationToken ct)
    {
        if (_cache.TryGetValue(versionId, out QuestionContent? cached))
        {
            return cached;
        }

        var loaded = await LoadAsync(db, [versionId], ct);
        return loaded.GetValueOrDefault(versionId);
    }

    public async Task<IReadOnlyDictionary<Guid, QuestionContent>> GetManyAsync(LounbDbContext db, IEnumerable<Guid> versionIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, QuestionContent>();
        var missing = new List<Guid>();
        foreach (var id in versionIds.Distinct())
        {
            if (_cache.TryGetValue(id, out QuestionContent? cached))
            {
                result[id] = cached!;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (id, content) in await LoadAsync(db, missing, ct))
            {
                result[id] = content;
            }
        }

        return result;
    }

    private async Task<Dictionary<Guid, QuestionContent>> LoadAsync(LounbDbContext db, List<Guid> versionIds, CancellationToken ct)
    {
        var versions = await db.Set<QuestionVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.ContentJson }).ToListAsync(ct);
        var result = new Dictionary<Guid, QuestionContent>();
        foreach (var version in versions)
        {
            var content = QuestionJson.Read(version.ContentJson, []);
            _cache.Set(version.Id, content, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
            result[version.Id] = content;
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();
}
