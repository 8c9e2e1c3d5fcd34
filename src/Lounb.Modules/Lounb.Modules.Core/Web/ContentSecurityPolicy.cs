using System.Text;
using Microsoft.AspNetCore.Http;

namespace Lounb.Modules.Core.Web;

/// <summary>
/// What a module adds to the host's Content-Security-Policy and Permissions-Policy for a response (a video server
/// to connect to, a conferencing domain to frame, the camera on a room page). Register implementations as singletons;
/// the host asks each of them for every response, so keep <see cref="Contribute"/> cheap.
/// </summary>
public interface IContentSecurityPolicySource
{
    void Contribute(HttpContext context, SecurityPolicyAdditions additions);
}

/// <summary>Sources and permissions the modules add to one response's policies.</summary>
public sealed class SecurityPolicyAdditions
{
    private readonly Dictionary<string, List<string>> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _features = new(StringComparer.Ordinal);

    public bool IsEmpty => _sources.Count == 0 && _features.Count == 0;

    public IReadOnlyDictionary<string, List<string>> Sources => _sources;

    public IReadOnlyDictionary<string, List<string>> Features => _features;

    /// <summary>Allows <paramref name="source"/> (e.g. "wss://video.example.org") in a CSP directive such as "connect-src".</summary>
    public SecurityPolicyAdditions AllowSource(string directive, string source)
    {
        Add(_sources, CheckToken(directive), CheckSource(source));
        return this;
    }

    /// <summary>
    /// Allows a browser feature (Permissions-Policy, e.g. "camera") for this page ("self") or a framed origin
    /// ("https://jitsi.example.org"); a feature the host forbids by default is then allowed only for those.
    /// </summary>
    public SecurityPolicyAdditions AllowFeature(string feature, string origin)
    {
        Add(_features, CheckToken(feature), origin == "self" ? "self" : $"\"{CheckSource(origin)}\"");
        return this;
    }

    private static void Add(Dictionary<string, List<string>> into, string key, string value)
    {
        if (!into.TryGetValue(key, out var values))
        {
            into[key] = values = [];
        }

        if (!values.Contains(value, StringComparer.Ordinal))
        {
            values.Add(value);
        }
    }

    private static string CheckToken(string name) =>
        !string.IsNullOrEmpty(name) && name.All(c => c is (>= 'a' and <= 'z') or '-')
            ? name
            : throw new ArgumentException($"'{name}' is not a policy directive or feature name.", nameof(name));

    // A source that could close the directive or the header (";", ",", quotes, spaces, line breaks) is a bug in the caller.
    private static string CheckSource(string source) =>
        !string.IsNullOrEmpty(source) && !source.Any(c => c is ';' or ',' or '"' or '\'' || char.IsWhiteSpace(c) || char.IsControl(c))
            ? source
            : throw new ArgumentException($"'{source}' is not a policy source.", nameof(source));
}

/// <summary>A policy header as an ordered list of directives (CSP) or features (Permissions-Policy) with their values.</summary>
public sealed class PolicyHeader
{
    private readonly List<(string Name, List<string> Values)> _entries;
    private readonly PolicyHeaderKind _kind;

    private PolicyHeader(PolicyHeaderKind kind, List<(string Name, List<string> Values)> entries)
    {
        _kind = kind;
        _entries = entries;
    }

    /// <summary>Reads "default-src 'self'; img-src 'self' data:".</summary>
    public static PolicyHeader ContentSecurityPolicy(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new PolicyHeader(PolicyHeaderKind.ContentSecurity, header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0], parts.Skip(1).ToList())).ToList());
    }

    /// <summary>Reads "camera=(), microphone=(self)".</summary>
    public static PolicyHeader PermissionsPolicy(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new PolicyHeader(PolicyHeaderKind.Permissions, header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split('=', 2))
            .Select(parts => (parts[0], parts[1].Trim('(', ')').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList())).ToList());
    }

    /// <summary>A copy with <paramref name="additions"/> appended to each directive (created after the others when missing).</summary>
    public PolicyHeader With(IReadOnlyDictionary<string, List<string>> additions)
    {
        ArgumentNullException.ThrowIfNull(additions);
        var entries = _entries.Select(e => (e.Name, e.Values.ToList())).ToList();
        foreach (var (name, values) in additions)
        {
            var index = entries.FindIndex(e => e.Name == name);
            if (index < 0)
            {
                var inherited = _kind == PolicyHeaderKind.ContentSecurity ? DefaultSources(entries) : [];
                entries.Add((name, inherited));
                index = entries.Count - 1;
            }

            var current = entries[index].Item2;
            if (current.Count == 1 && current[0] == "'none'")
            {
                current.Clear();
            }

            current.AddRange(values.Where(v => !current.Contains(v, StringComparer.Ordinal)));
        }

        return new PolicyHeader(_kind, entries);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, values) in _entries)
        {
            if (_kind == PolicyHeaderKind.ContentSecurity)
            {
                text.Append(text.Length == 0 ? "" : "; ").Append(name);
                values.ForEach(v => text.Append(' ').Append(v));
            }
            else
            {
                text.Append(text.Length == 0 ? "" : ", ").Append(name).Append("=(").AppendJoin(' ', values).Append(')');
            }
        }

        return text.ToString();
    }

    // A new fetch directive replaces default-src for its kind of request, so it starts from what default-src allowed.
    private static List<string> DefaultSources(List<(string Name, List<string> Values)> entries) =>
        entries.FirstOrDefault(e => e.Name == "default-src").Values?.ToList() ?? [];

    private enum PolicyHeaderKind
    {
        ContentSecurity,
        Permissions,
    }
}
