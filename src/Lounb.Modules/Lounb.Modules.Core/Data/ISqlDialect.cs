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

    /// <summary>A new unique id for each row of an INSERT … SELECT, stored as the model stores a <see cref="Guid"/>.</summary>
    string NewId { get; }

    /// <summary>The first day of the month of a date column.</summary>
    string MonthOf(string column);

    /// <summary>The day of the month (1–31) of a date column, as an integer.</summary>
    string DayOf(string column);

    /// <summary>
    /// Whether one connection can write while a query's rows are still being read (SQLite); PostgreSQL needs a second
    /// connection to stream rows in while writing.
    /// </summary>
    bool WritesWhileReading { get; }

    /// <summary>
    /// Whether many rows can be written by one statement from array parameters (<c>unnest</c> on PostgreSQL), so that
    /// concurrent writes share one commit; SQLite serialises writers on the whole file and writes row by row.
    /// </summary>
    bool WritesFromArrays { get; }
}

/// <summary>PostgreSQL.</summary>
public sealed class PostgresSqlDialect : ISqlDialect
{
    public string ShareRowLock => " FOR SHARE";

    public string NewId => "gen_random_uuid()";

    public string MonthOf(string column) => $"CAST(date_trunc('month', {column}) AS date)";

    public string DayOf(string column) => $"CAST(extract(day FROM {column}) AS integer)";

    public bool WritesWhileReading => false;

    public bool WritesFromArrays => true;
}

/// <summary>SQLite.</summary>
public sealed class SqliteSqlDialect : ISqlDialect
{
    public string ShareRowLock => "";

    /// <summary>Upper-case text, as EF Core's SQLite provider stores a <see cref="Guid"/>.</summary>
    public string NewId => "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";

    public string MonthOf(string column) => $"date({column}, 'start of month')";

    public string DayOf(string column) => $"CAST(strftime('%d', {column}) AS INTEGER)";

    public bool WritesWhileReading => true;

    public bool WritesFromArrays => false;
}
