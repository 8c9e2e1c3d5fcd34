namespace Lounb.Modules.Core.Data;

/// <summary>
/// The few statements that differ between the databases the platform runs on. A module that needs raw SQL on a hot path
/// asks this instead of testing the provider's name; the host registers the dialect of the configured provider.
/// </summary>
public interface ISqlDialect
{
    /// <summary>
    /// Appended to a SELECT inside a writing statement so the selected rows cannot change until it commits
    /// (<c> FOR SHARE</c> on PostgreSQL; nothing on SQLite, which serialises writers on the whole file).
    /// </summary>
    string ShareRowLock { get; }
}

/// <summary>PostgreSQL.</summary>
public sealed class PostgresSqlDialect : ISqlDialect
{
    public string ShareRowLock => " FOR SHARE";
}

/// <summary>SQLite.</summary>
public sealed class SqliteSqlDialect : ISqlDialect
{
    public string ShareRowLock => "";
}
