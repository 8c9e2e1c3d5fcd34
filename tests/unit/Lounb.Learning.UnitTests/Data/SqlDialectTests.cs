using Lounb.Learning.Data;
using Lounb.Modules.Core.Data;
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
}
