using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lounb.Learning.Data;

/// <summary>Lets `dotnet ef` build both models with every listed module, whatever the configuration says.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<LounbDbContext>
{
    public LounbDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<LounbDbContext>();
        DatabaseServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=lounb_design");
        return new LounbDbContext(builder.Options, AllModules());
    }

    internal static ModuleCatalog AllModules() =>
        ModuleCatalog.Create(new ConfigurationBuilder().Build(), Hosting.HostModules.Create());
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLounbDbContext>
{
    public SqliteLounbDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteLounbDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design.db");
        return new SqliteLounbDbContext(builder.Options, PostgresDesignTimeFactory.AllModules());
    }
}
