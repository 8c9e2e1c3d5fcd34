using Lounb.Learning.Data;
using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Lounb.Learning.UnitTests;

/// <summary>
/// A private SQLite in-memory database with the host's full model (the host's SQLite context and naming, every listed module)
/// and the 27 oblasts seeded; it lives as long as its open connection.
/// </summary>
internal sealed class HostDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:;Foreign Keys=True");
    private readonly ModuleCatalog _modules = ModuleCatalog.Create(new ConfigurationBuilder().Build(), HostModules.Create());

    public HostDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
        db.Oblasts.AddRange(Oblasts.Create());
        db.SaveChanges();
    }

    public LounbDbContext NewContext() =>
        new SqliteLounbDbContext(
            new DbContextOptionsBuilder<SqliteLounbDbContext>().UseSqlite(_connection).UseSnakeCaseNamingConvention().Options,
            _modules);

    public void Dispose() => _connection.Dispose();
}
