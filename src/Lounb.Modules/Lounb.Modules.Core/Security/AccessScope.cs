using System.Linq.Expressions;
using System.Security.Claims;

namespace Lounb.Modules.Core.Security;

/// <summary>
/// Where a permission reaches for one person: nowhere, the whole country, or a set of oblasts.
/// This is the one place the oblast rule lives; every module filters and checks through it.
/// </summary>
public sealed class AccessScope
{
    public const string NationalMarker = "*";

    private readonly HashSet<string> _oblasts;

    private AccessScope(bool isNational, IEnumerable<string> oblasts)
    {
        IsNational = isNational;
        _oblasts = new HashSet<string>(oblasts, StringComparer.Ordinal);
    }

    public static AccessScope None { get; } = new(false, []);

    public static AccessScope National { get; } = new(true, []);

    public bool IsNational { get; }

    public bool IsNone => !IsNational && _oblasts.Count == 0;

    public IReadOnlySet<string> OblastCodes => _oblasts;

    public static AccessScope ForOblasts(IEnumerable<string> oblastCodes) => new(false, oblastCodes);

    /// <summary>The scope of <paramref name="permission"/> as granted in the principal's claims.</summary>
    public static AccessScope Of(ClaimsPrincipal user, string permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scopes = user.FindAll(LounbClaimTypes.Grant)
            .Select(c => Grant.Parse(c.Value))
            .Where(g => g is not null && g.Permission == permission)
            .Select(g => g!.Scope)
            .ToList();
        if (scopes.Contains(NationalMarker))
        {
            return National;
        }

        return scopes.Count == 0 ? None : ForOblasts(scopes);
    }

    /// <summary>True when data of <paramref name="oblastCode"/> is within reach. Data with no oblast is national-only.</summary>
    public bool Allows(string? oblastCode) =>
        IsNational || (oblastCode is not null && _oblasts.Contains(oblastCode));

    /// <summary>Filters a query to rows whose oblast is within reach.</summary>
    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, string?>> oblastOf)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(oblastOf);
        if (IsNational)
        {
            return query;
        }

        var codes = _oblasts.ToList();
        var parameter = oblastOf.Parameters[0];
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Constant(codes), oblastOf.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, parameter));
    }

    /// <summary>True when everything <paramref name="other"/> reaches is also reached by this scope.</summary>
    public bool Covers(AccessScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IsNational || (!other.IsNational && other._oblasts.IsSubsetOf(_oblasts));
    }
}

/// <summary>A permission granted within a scope, as carried in a <see cref="LounbClaimTypes.Grant"/> claim.</summary>
public sealed record Grant(string Permission, string Scope)
{
    public override string ToString() => $"{Permission}@{Scope}";

    public static Grant? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.LastIndexOf('@');
        return at <= 0 || at == value.Length - 1 ? null : new Grant(value[..at], value[(at + 1)..]);
    }
}
