using System.Reflection;
using Lounb.Learning.Data;
using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lounb.Architecture.Tests;

/// <summary>
/// The PostgreSQL and SQLite migration sets describe one history: a model change is one migration per provider, with the
/// same name, applied in the same order. (That each set is up to date with the model is checked by the integration tests.)
/// </summary>
public sealed class MigrationSetTests
{
    private static readonly Assembly HostAssembly = typeof(HostModules).Assembly;

    /// <summary>Migration names without their timestamps, in the order EF Core applies them (by id).</summary>
    private static List<string> MigrationNames(Type context) =>
        HostAssembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])
            .ToList();

    [Fact]
    public void MigrationSets_PostgresAndSqlite_HoldTheSameNamesInTheSameOrder()
    {
        var postgres = MigrationNames(typeof(LounbDbContext));
        var sqlite = MigrationNames(typeof(SqliteLounbDbContext));

        Assert.NotEmpty(postgres);
        Assert.Equal(postgres, sqlite);
    }
}
