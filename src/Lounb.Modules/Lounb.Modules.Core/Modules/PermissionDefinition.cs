namespace Lounb.Modules.Core.Modules;

/// <summary>A permission a module declares; it becomes an authorization policy of the same name.</summary>
/// <param name="Name">"Module.Action", e.g. "Pages.Manage".</param>
/// <param name="Description">Ukrainian description shown to administrators.</param>
/// <param name="DefaultRoles">Roles that get it at seed time.</param>
public sealed record PermissionDefinition(string Name, string Description, IReadOnlyList<string> DefaultRoles);
