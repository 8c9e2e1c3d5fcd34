namespace Lounb.Modules.Core.Audit;

/// <summary>One recorded security-relevant action: who, when, what, on whom, from where.</summary>
public sealed class AuditEntry
{
    public AuditEntry(DateTime at, string action, Guid? actorId, string? actorName, string? target, string? details, string? ipAddress)
    {
        Id = Guid.CreateVersion7();
        At = at;
        Action = action;
        ActorId = actorId;
        ActorName = actorName;
        Target = target;
        Details = details;
        IpAddress = ipAddress;
    }

    public Guid Id { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    public Guid? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string? Target { get; private set; }

    public string? Details { get; private set; }

    public string? IpAddress { get; private set; }
}

public static class AuditActions
{
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string LockedOut = "login.locked-out";
    public const string LoginFailed = "login.failed";
    public const string OrganisationImported = "organisation.imported";

    public static string DisplayName(string action) => action switch
    {
        RoleGranted => "Надано роль",
        RoleRevoked => "Знято роль",
        UserLocked => "Заблоковано користувача",
        UserUnlocked => "Розблоковано користувача",
        LockedOut => "Блокування після невдалих входів",
        LoginFailed => "Невдалий вхід",
        OrganisationImported => "Імпорт громад і бібліотек",
        _ => action,
    };
}
