using System.Text;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>
/// One line of <c>endpoints.tsv</c>: an endpoint (verb and route template as the route table spells them, or
/// <c>HUB</c> and <c>hub-path Method</c>), who may call it, the request that aims it at the fixture world
/// (placeholders such as <c>{course}</c> are the id kinds, filled from <see cref="AuthorizationWorld"/>) and the form it posts.
/// </summary>
public sealed record EndpointRow(string Verb, string Route, IReadOnlySet<string> Who, string Request, string Form)
{
    public string Key => KeyOf(Verb, Route);

    public static string KeyOf(string verb, string route) => $"{verb} {route}";

    /// <summary>The method the request uses: the row's verb, or the one the request names (<c>POST /hubs/x/negotiate</c>) for a route that takes any.</summary>
    public string Method => Request.Split(' ', 2) is [var method, _] && method.All(char.IsUpper) ? method : Verb is "*" ? "GET" : Verb;

    public string Url => Request.Split(' ', 2) is [var method, var url] && method.All(char.IsUpper) ? url : Request;

    /// <summary>State-changing: the HTTP verbs that change, and every hub method (each may write; joining writes only presence).</summary>
    public bool ChangesState => Method is "POST" or "PUT" or "DELETE" or "PATCH" or RouteInventory.HubVerb;

    /// <summary>The form's fields (<c>name=value&amp;name=value</c>, written unescaped).</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields =>
        Form.Length == 0 ? [] : Form.Split('&').Select(f => f.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : ""));

    public string ToLine() => string.Join('\t', Verb, Route, EndpointTable.WhoText(Who), Request, Form);

    public EndpointRow WithWho(IReadOnlySet<string> who) => this with { Who = who };
}

/// <summary>The expected table, read from <c>Authorization/endpoints.tsv</c> (copied next to the test assembly).</summary>
public static class EndpointTable
{
    public const string FileName = "endpoints.tsv";

    public const string Everyone = "everyone";
    public const string SignedIn = "signed-in";
    public const string Nobody = "nobody";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Authorization", FileName);

    public static IReadOnlyList<EndpointRow> Read()
    {
        var rows = new List<EndpointRow>();
        foreach (var (line, number) in File.ReadAllLines(Path).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            Assert.True(cells.Length is 4 or 5, $"{FileName}:{number}: expected verb, route, who, request[, form] separated by tabs: {line}");
            rows.Add(new EndpointRow(cells[0], cells[1], ParseWho(cells[2], number), cells[3], cells.Length > 4 ? cells[4] : ""));
        }

        var repeated = rows.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{FileName} names these endpoints twice: {string.Join("; ", repeated)}");
        return rows;
    }

    public static IReadOnlySet<string> ParseWho(string text, int line) => text switch
    {
        Everyone => Persona.All.Select(p => p.Name).ToHashSet(),
        SignedIn => Persona.All.Where(p => p.Name != Persona.Anonymous).Select(p => p.Name).ToHashSet(),
        Nobody => new HashSet<string>(),
        _ => text.Split(',').Select(n => n.Trim()).Select(n =>
        {
            Assert.True(Persona.All.Any(p => p.Name == n), $"{FileName}:{line}: unknown persona «{n}» (known: {string.Join(", ", Persona.All.Select(p => p.Name))}, or {Everyone}, {SignedIn}, {Nobody}).");
            return n;
        }).ToHashSet(),
    };

    /// <summary>The shortest spelling of a set of personas, in the personas' order.</summary>
    public static string WhoText(IReadOnlySet<string> who) =>
        who.Count == Persona.All.Count ? Everyone
        : who.Count == 0 ? Nobody
        : who.Count == Persona.All.Count - 1 && !who.Contains(Persona.Anonymous) ? SignedIn
        : string.Join(',', Persona.All.Where(p => who.Contains(p.Name)).Select(p => p.Name));

    public static string Lines(IEnumerable<EndpointRow> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append('\n').Append(row.ToLine());
        }

        return text.ToString();
    }
}
