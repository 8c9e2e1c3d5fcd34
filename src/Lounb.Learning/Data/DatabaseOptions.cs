using System.ComponentModel.DataAnnotations;

namespace Lounb.Learning.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from "Lounb:Database". Connection strings come from ConnectionStrings:Postgres / ConnectionStrings:Sqlite or the environment.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Lounb:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder (relative to the content root unless absolute) for the SQLite file; created on first run.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the app starts (the `migrate` verb does it on demand).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Npgsql's <c>No Reset On Close</c> for ConnectionStrings:Postgres unless the string sets it: a connection going back to
    /// the pool skips <c>DISCARD ALL</c> (one statement less per request).
    /// </summary>
    public bool PostgresNoResetOnClose { get; set; } = true;

    /// <summary>
    /// Npgsql's <c>Max Auto Prepare</c> for ConnectionStrings:Postgres unless the string sets it: the statements a connection
    /// runs most are prepared once, so PostgreSQL skips their parse and plan (0 turns it off).
    /// </summary>
    [Range(0, 500)]
    public int PostgresMaxAutoPrepare { get; set; } = 30;
}
