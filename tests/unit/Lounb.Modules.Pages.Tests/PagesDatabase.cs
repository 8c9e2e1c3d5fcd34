using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Lounb.Modules.Pages.Tests;

/// <summary>A private SQLite in-memory database with the Pages model; it lives as long as its open connection.</summary>
internal sealed class PagesDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly ModuleCatalog _modules = ModuleCatalog.Create(new ConfigurationBuilder().Build(), [new PagesModule()]);

    public PagesDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public LounbDbContext NewContext() =>
        new(new DbContextOptionsBuilder<LounbDbContext>().UseSqlite(_connection).Options, _modules);

    public void Dispose() => _connection.Dispose();
}
