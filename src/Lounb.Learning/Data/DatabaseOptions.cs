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
}
