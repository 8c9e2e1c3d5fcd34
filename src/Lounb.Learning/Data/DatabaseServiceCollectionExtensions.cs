using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Data;

internal static class DatabaseServiceCollectionExtensions
{
    public static readonly string MigrationsAssembly = typeof(DatabaseServiceCollectionExtensions).Assembly.GetName().Name!;

    /// <summary>
    /// Registers <see cref="LounbDbContext"/> on the configured provider. Its options are built once (a singleton): they
    /// hold only the provider, the connection string and the singleton <c>WakeWorkersOnCommit</c> interceptor, nothing of a
    /// request, so each request's context skips building them and looking up EF Core's services by their hash.
    /// (Not a context pool: the context takes the <c>ModuleCatalog</c> in its constructor, which pooling refuses.)
    /// </summary>
    public static IServiceCollection AddLounbDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = configuration.GetConnectionString("Postgres");
                if (string.IsNullOrWhiteSpace(postgres))
                {
                    throw new InvalidOperationException(
                        "Lounb:Database:Provider is Postgres but ConnectionStrings:Postgres is empty. Set it in configuration or the environment (ConnectionStrings__Postgres).");
                }

                postgres = PostgresConnectionDefaults.Apply(postgres, options);
                services.AddDbContext<LounbDbContext>((sp, o) => ConfigurePostgres(o, postgres).AddInterceptors(sp.GetRequiredService<Lounb.Modules.Core.Jobs.WakeWorkersOnCommit>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddSingleton<ISqlDialect, PostgresSqlDialect>();
                break;
            case DatabaseProvider.Sqlite:
                var sqlite = configuration.GetConnectionString("Sqlite") ?? DefaultSqliteConnectionString(options, environment);
                services.AddDbContext<LounbDbContext, SqliteLounbDbContext>((sp, o) => ConfigureSqlite(o, sqlite).AddInterceptors(sp.GetRequiredService<Lounb.Modules.Core.Jobs.WakeWorkersOnCommit>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddSingleton<ISqlDialect, SqliteSqlDialect>();
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        services.AddSingleton<Lounb.Modules.Core.Jobs.WakeWorkersOnCommit>();
        return services;
    }

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable("ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable("ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    private static string DefaultSqliteConnectionString(DatabaseOptions options, IHostEnvironment environment)
    {
        var directory = Path.IsPathRooted(options.DataDirectory)
            ? options.DataDirectory
            : Path.Combine(environment.ContentRootPath, options.DataDirectory);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "lounb.db")};Foreign Keys=True";
    }
}
