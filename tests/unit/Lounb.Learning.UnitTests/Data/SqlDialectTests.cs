using Lounb.Learning.Data;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Lounb.Learning.UnitTests.Data;

public sealed class SqlDialectTests
{
    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Lounb.Learning";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static ISqlDialect DialectFor(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLounbDatabase(configuration, new TestEnvironment());
        return services.BuildServiceProvider().GetRequiredService<ISqlDialect>();
    }

    [Fact]
    public void AddLounbDatabase_Postgres_SharesRowsWithForShare()
    {
        var dialect = DialectFor(new() { ["Lounb:Database:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=x" });

        Assert.IsType<PostgresSqlDialect>(dialect);
        Assert.Equal(" FOR SHARE", dialect.ShareRowLock);
    }

    [Fact]
    public void AddLounbDatabase_Sqlite_HasNoRowLockClause()
    {
        var dialect = DialectFor(new() { ["Lounb:Database:Provider"] = "Sqlite", ["ConnectionStrings:Sqlite"] = "Data Source=:memory:" });

        Assert.IsType<SqliteSqlDialect>(dialect);
        Assert.Equal("", dialect.ShareRowLock);
    }

    [Fact]
    public void AddLounbDatabase_Postgres_BuildsTheOptionsOnce_WithTheConnectionDefaultsTheOptionsChoose()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lounb:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=x",
            ["Lounb:Database:PostgresMaxAutoPrepare"] = "12",
        }).Build();
        var services = new ServiceCollection().AddLounbDatabase(configuration, new TestEnvironment())
            .AddSingleton<Lounb.Modules.Core.Email.MailQueueSignal>().AddSingleton<Lounb.Modules.Core.Events.OutboxSignal>();

        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(DbContextOptions<LounbDbContext>)).Lifetime);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<DbContextOptions<LounbDbContext>>();
        Assert.Same(options, provider.CreateScope().ServiceProvider.GetRequiredService<DbContextOptions<LounbDbContext>>());
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension.Extract(options).ConnectionString);
        Assert.Equal(12, connection.MaxAutoPrepare);
        Assert.True(connection.NoResetOnClose);
    }
}
