using System.Data.Common;
using Npgsql;

namespace Lounb.Learning.Data;

/// <summary>
/// Adds the Npgsql settings the app is tuned for (<see cref="DatabaseOptions.PostgresNoResetOnClose"/>,
/// <see cref="DatabaseOptions.PostgresMaxAutoPrepare"/>) to ConnectionStrings:Postgres, unless the operator wrote the same
/// setting there: what the connection string says always wins. The app keeps no session state on a connection (no
/// <c>SET</c>, temporary tables, advisory locks or <c>LISTEN</c>), so skipping <c>DISCARD ALL</c> when a connection
/// goes back to the pool is safe.
/// </summary>
internal static class PostgresConnectionDefaults
{
    public static string Apply(string connectionString, DatabaseOptions options)
    {
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(Canonical).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains(Canonical(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose))))
        {
            builder.NoResetOnClose = options.PostgresNoResetOnClose;
        }

        if (!written.Contains(Canonical(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare))))
        {
            builder.MaxAutoPrepare = options.PostgresMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    /// <summary>"No Reset On Close", "NoResetOnClose" and "noresetonclose" are one setting to Npgsql.</summary>
    private static string Canonical(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
