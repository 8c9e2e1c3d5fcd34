using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.UnitTests.Data;

/// <summary>AccessScope.Filter builds its own expression; these check that EF Core translates it on the embedded provider.</summary>
public sealed class AccessScopeOnSqliteTests : IDisposable
{
    private readonly HostDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Filter_OblastScope_TranslatedToSqlAndKeepsOnlyThoseOblasts()
    {
        await using var db = _database.NewContext();

        var codes = await AccessScope.ForOblasts(["UA-09", "UA-71"])
            .Filter(db.Oblasts.AsNoTracking(), o => o.Code)
            .OrderBy(o => o.Code)
            .Select(o => o.Code)
            .ToListAsync(CancellationToken.None);

        Assert.Equal(["UA-09", "UA-71"], codes);
    }

    [Fact]
    public async Task Filter_National_KeepsAllOblasts()
    {
        await using var db = _database.NewContext();

        Assert.Equal(27, await AccessScope.National.Filter(db.Oblasts, o => o.Code).CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Filter_None_KeepsNothing()
    {
        await using var db = _database.NewContext();

        Assert.Equal(0, await AccessScope.None.Filter(db.Oblasts, o => o.Code).CountAsync(CancellationToken.None));
    }
}
