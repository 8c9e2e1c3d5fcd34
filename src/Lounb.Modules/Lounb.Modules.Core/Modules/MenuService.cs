using System.Collections.Concurrent;
using System.Security.Claims;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Core.Modules;

/// <summary>
/// The menu entries of enabled modules that a user may use, in order. Which entries a person sees depends only on
/// whether they are signed in and on their grants, so each such combination is worked out once and reused: the layout
/// asks on every page, and a page of the exam day is asked for thousands of times a second by people with the same roles.
/// </summary>
public sealed class MenuService(ModuleCatalog modules)
{
    /// <summary>Distinct (signed in, grants, section) combinations kept; grants come from roles × oblasts, so a few dozen in practice.</summary>
    private const int MaxCombinations = 4096;

    private readonly ConcurrentDictionary<(bool SignedIn, string Grants, MenuSection Section), IReadOnlyList<MenuEntry>> _visible = new();

    public IReadOnlyList<MenuEntry> Visible(ClaimsPrincipal user, MenuSection section)
    {
        ArgumentNullException.ThrowIfNull(user);
        var signedIn = user.Identity?.IsAuthenticated == true;
        // The sign-in puts grants in a fixed order (LounbClaimsPrincipalFactory); another order only costs one more entry.
        var key = (signedIn, string.Join('\n', user.FindAll(LounbClaimTypes.Grant).Select(c => c.Value)), section);
        if (_visible.TryGetValue(key, out var entries))
        {
            return entries;
        }

        entries = modules.Menu
            .Where(e => e.Section == section)
            .Where(e => !e.RequiresSignIn || signedIn)
            .Where(e => e.Permission is null || !AccessScope.Of(user, e.Permission).IsNone)
            .OrderBy(e => e.Order)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToArray()
            .AsReadOnly();
        if (_visible.Count < MaxCombinations)
        {
            _visible.TryAdd(key, entries);
        }

        return entries;
    }
}
