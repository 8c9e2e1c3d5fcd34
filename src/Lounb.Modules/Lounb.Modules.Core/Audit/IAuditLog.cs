namespace Lounb.Modules.Core.Audit;

/// <summary>Writes audit entries; the acting user and address come from the current request.</summary>
public interface IAuditLog
{
    /// <summary>Adds the entry to the current unit of work; it is saved with the change it describes.</summary>
    void Record(string action, string? target, string? details);

    /// <summary>Adds and saves at once (for events with no other change, such as a failed login).</summary>
    Task RecordNowAsync(string action, string? target, string? details, CancellationToken ct);
}
