using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Lounb.Learning.Backups;

/// <summary>
/// Bound from "Lounb:Backup": the optional daily backup job (off unless <see cref="Enabled"/>). One node a day copies the
/// database (SQLite's online backup, or <c>pg_dump -Fc</c>) and the uploaded-files folder into <see cref="Folder"/>.
/// </summary>
public sealed class BackupOptions : IValidatableObject
{
    public const string Section = "Lounb:Backup";

    public bool Enabled { get; set; }

    /// <summary>Where the copies go (relative to the content root unless absolute). Required when enabled; ideally a disk other than the database's.</summary>
    public string? Folder { get; set; }

    /// <summary>The Kyiv wall-clock time of the daily run, "HH:mm" (24 h).</summary>
    public string TimeOfDay { get; set; } = "02:30";

    /// <summary>How many copies (the newest) the job keeps in <see cref="Folder"/>; older copies of the job are deleted, nothing else is.</summary>
    [Range(1, 3650)]
    public int Retention { get; set; } = 14;

    /// <summary>The pg_dump program; unset: the newest /usr/lib/postgresql/*/bin/pg_dump, else pg_dump on PATH.</summary>
    public string? PgDumpPath { get; set; }

    /// <summary><see cref="TimeOfDay"/> read, or null when it is not "HH:mm".</summary>
    public TimeOnly? RunAt => TimeOnly.TryParseExact(TimeOfDay, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RunAt is null)
        {
            yield return new ValidationResult($"{Section}:TimeOfDay must be a Kyiv time as HH:mm (e.g. 02:30), not '{TimeOfDay}'.", [nameof(TimeOfDay)]);
        }

        if (Enabled && string.IsNullOrWhiteSpace(Folder))
        {
            yield return new ValidationResult($"{Section}:Folder is required when {Section}:Enabled is true.", [nameof(Folder)]);
        }

        if (!string.IsNullOrWhiteSpace(PgDumpPath) && !File.Exists(PgDumpPath))
        {
            yield return new ValidationResult($"{Section}:PgDumpPath '{PgDumpPath}' does not exist.", [nameof(PgDumpPath)]);
        }
    }
}
