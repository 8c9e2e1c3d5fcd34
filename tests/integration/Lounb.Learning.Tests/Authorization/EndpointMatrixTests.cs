using System.Net;
using System.Text;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>One app per database with the matrix world built once and every persona signed in once.</summary>
public abstract class MatrixApp(TestDatabase database) : LounbAppFactory(database)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MatrixWorld? _world;

    public async Task<MatrixWorld> WorldAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_world is null)
            {
                var targets = await AuthorizationWorld.BuildAsync(this);
                var clients = new Dictionary<string, PersonaClient>(StringComparer.Ordinal);
                foreach (var persona in Persona.All)
                {
                    clients[persona.Name] = await PersonaClient.SignInAsync(this, persona);
                }

                _world = new MatrixWorld(targets, clients, new PersonaHubs(this));
            }

            return _world;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The personas' hub connections are closed first (disposing only the server ends them too, less politely).</summary>
    public override async ValueTask DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.Hubs.DisposeAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _world?.Clients.Values ?? [])
            {
                client.Dispose();
            }

            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}

public sealed record MatrixWorld(IReadOnlyDictionary<string, string> Targets, IReadOnlyDictionary<string, PersonaClient> Clients, PersonaHubs Hubs);

public sealed class SqliteMatrixApp() : MatrixApp(TestDatabase.Sqlite);

public sealed class PostgresMatrixApp() : MatrixApp(TestDatabase.Postgres);

/// <summary>What a persona's request got: let through (the action ran), refused, or a server error.</summary>
public enum Answer
{
    Allowed,
    Refused,
    Broken,
}

/// <summary>
/// Authorization proven for every endpoint: the route table (and every hub method) against <c>Authorization/endpoints.tsv</c>,
/// and every persona's answer on every row against the row's <c>who</c>. Refused state-changing requests change nothing.
/// </summary>
public abstract class EndpointMatrixTests(MatrixApp app)
{
    /// <summary>Routes whose success removes, ends or closes what the row aims at: called last, so the rows before find their objects.</summary>
    private static readonly string[] Consuming = ["/delete", "/remove", "/revoke", "/archive", "/close", "/cancel", "/lock", "/decline", "/reject", "/end", "/logout", "/withdraw", "/cancel-registration", "/disconnect", "/status"];

    /// <summary>Hub methods that remove or close what the row aims at (<c>/hubs/webinars DeleteMessage</c>, <c>ClosePoll</c>).</summary>
    private static readonly string[] ConsumingHubMethods = [" Delete", " Close"];

    private MatrixApp App { get; } = app;

    /// <summary>
    /// The changing rows' order: hub methods first (the HTTP rows later edit, end or cancel the event their room belongs
    /// to), the consuming ones after the rest, and the caller's own account last of all (setting up two-factor sign-in
    /// renews the security stamp, after which the persona's cookie no longer counts once it is older than the stamp's
    /// check interval, a minute: so switching two-factor sign-in off, which renews it too, comes after every other row).
    /// </summary>
    private static int Order(EndpointRow row) =>
        row.Verb == RouteInventory.HubVerb ? (IsConsuming(row) ? -1 : -2)
        : row.Route.StartsWith("account/", StringComparison.Ordinal) ? (row.Route.EndsWith("/disable", StringComparison.Ordinal) ? 3 : 2)
        : IsConsuming(row) ? 1 : 0;

    private static bool IsConsuming(EndpointRow row) =>
        row.Verb == RouteInventory.HubVerb
            ? ConsumingHubMethods.Any(c => row.Route.Contains(c, StringComparison.Ordinal))
            : Consuming.Any(c => row.Route.EndsWith(c, StringComparison.Ordinal));

    [Fact]
    public async Task EveryEndpoint_HasARow_AndEveryRow_AnEndpoint()
    {
        var table = EndpointTable.Read().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var endpoints = RouteInventory.Endpoints(App.Services);
        var missing = endpoints.Where(e => !table.Contains(e.Key)).ToList();
        var gone = table.Except(endpoints.Select(e => e.Key)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0 && gone.Count == 0)
        {
            return;
        }

        var world = await App.WorldAsync();
        var probed = new List<EndpointRow>();
        foreach (var row in missing)
        {
            probed.Add(row.WithWho((await AnswersAsync(world, row, Persona.All)).Where(a => a.Value.Answer == Answer.Allowed).Select(a => a.Key).ToHashSet()));
        }

        Assert.Fail(
            (missing.Count == 0 ? "" : $"Endpoints without a row in tests/integration/Lounb.Learning.Tests/Authorization/{EndpointTable.FileName}. " +
                "Add these rows (who answered as allowed was probed now with ids of the world guessed from the parameters' names: check that it is what you intend, aim the request at the right kind, add the form):" +
                EndpointTable.Lines(probed) + "\n") +
            (gone.Count == 0 ? "" : "Rows whose endpoint no longer exists (remove them): " + string.Join("; ", gone)));
    }

    [Fact]
    public async Task EveryPersona_GetsTheAnswerTheTableExpects_AndRefusedChangesChangeNothing()
    {
        var world = await App.WorldAsync();
        var endpoints = RouteInventory.Endpoints(App.Services).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var rows = EndpointTable.Read().Where(r => endpoints.Contains(r.Key)).ToList();
        var observed = rows.ToDictionary(r => r.Key, _ => new Dictionary<string, (Answer Answer, string Detail)>(StringComparer.Ordinal));

        // 1. Reading: every persona on every row.
        foreach (var row in rows.Where(r => !r.ChangesState))
        {
            observed[row.Key] = await AnswersAsync(world, row, Persona.All);
        }

        // 2. Changing, by those the table refuses: each must be refused, and the database must be as it was.
        var changing = rows.Where(r => r.ChangesState).OrderBy(Order).ToList();
        var before = await DatabaseSnapshot.TakeAsync(App);
        foreach (var row in changing)
        {
            foreach (var (persona, answer) in await AnswersAsync(world, row, Persona.All.Where(p => !row.Who.Contains(p.Name))))
            {
                observed[row.Key][persona] = answer;
            }
        }

        var changed = DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(App));

        // 3. Changing, by those the table allows, the consuming routes last. Once one of them removed or ended the
        //    object, a later one finds it gone (404): on a consuming route that is not a refusal.
        foreach (var row in changing)
        {
            var consumed = false;
            foreach (var persona in Persona.All.Where(p => row.Who.Contains(p.Name)))
            {
                var answer = (await AnswersAsync(world, row, [persona]))[persona.Name];
                if (consumed && (Order(row) is 1 or -1) && answer.Detail.StartsWith("404", StringComparison.Ordinal))
                {
                    answer = (Answer.Allowed, answer.Detail + " (gone: an earlier persona's call consumed it)");
                }

                consumed |= answer.Answer == Answer.Allowed;
                observed[row.Key][persona.Name] = answer;
            }
        }

        var wrong = rows.Where(r => Persona.All.Any(p => observed[r.Key][p.Name].Answer != (r.Who.Contains(p.Name) ? Answer.Allowed : Answer.Refused))).ToList();
        WriteObservedTable(rows, observed);
        var message = new StringBuilder();
        foreach (var row in wrong)
        {
            var answers = observed[row.Key];
            message.Append("\n  ").Append(row.Key).Append(": ")
                .AppendJoin(", ", Persona.All.Where(p => answers[p.Name].Answer != (row.Who.Contains(p.Name) ? Answer.Allowed : Answer.Refused))
                    .Select(p => $"{p.Name} expected {(row.Who.Contains(p.Name) ? "allowed" : "refused")}, got {answers[p.Name].Detail}"));
        }

        var corrected = wrong.Select(r => r.WithWho(observed[r.Key].Where(a => a.Value.Answer == Answer.Allowed).Select(a => a.Key).ToHashSet()));
        Assert.True(wrong.Count == 0 && changed.Count == 0,
            (wrong.Count == 0 ? "" : $"Answers that differ from {EndpointTable.FileName} (fix the app, or — if the new answer is intended — replace the row with the one printed below):{message}\nRows as observed:{EndpointTable.Lines(corrected)}\n")
            + (changed.Count == 0 ? "" : "Refused state-changing requests changed these tables: " + string.Join(", ", changed)));
    }

    /// <summary>Each persona's answer to the row's request.</summary>
    private static async Task<Dictionary<string, (Answer Answer, string Detail)>> AnswersAsync(MatrixWorld world, EndpointRow row, IEnumerable<Persona> personas)
    {
        var answers = new Dictionary<string, (Answer, string)>(StringComparer.Ordinal);
        var url = AuthorizationWorld.Fill(row.Url, world.Targets);
        var form = row.Fields.Select(f => new KeyValuePair<string, string>(AuthorizationWorld.Fill(f.Key, world.Targets), AuthorizationWorld.Fill(f.Value, world.Targets))).ToList();
        foreach (var persona in personas)
        {
            if (row.Verb == RouteInventory.HubVerb)
            {
                answers[persona.Name] = await world.Hubs.InvokeAsync(world.Clients[persona.Name], row.Route, url);
                continue;
            }

            using var response = await world.Clients[persona.Name].SendAsync(row.Method, url, form);
            answers[persona.Name] = Classify(response);
        }

        return answers;
    }

    /// <summary>
    /// Refused: 401, 403, 404, or a redirect to the sign-in page. Broken: a server error. Allowed: anything else — a page,
    /// a file, a redirect elsewhere, or a 4xx validation answer that shows the action ran its checks.
    /// </summary>
    private static (Answer, string) Classify(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var detail = location.Length == 0 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{code} → {location}";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound => (Answer.Refused, detail),
            >= HttpStatusCode.Ambiguous and < HttpStatusCode.BadRequest when IsSignIn(response.Headers.Location) => (Answer.Refused, detail),
            >= HttpStatusCode.InternalServerError => (Answer.Broken, detail),
            _ => (Answer.Allowed, detail),
        };
    }

    private static bool IsSignIn(Uri? location) =>
        location is not null && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) == "/account/login";

    /// <summary>With LOUNB_AUTHZ_OBSERVED set to a file, writes the table as this run observed it (to review a change as a diff).</summary>
    private static void WriteObservedTable(IEnumerable<EndpointRow> rows, Dictionary<string, Dictionary<string, (Answer Answer, string Detail)>> observed)
    {
        if (Environment.GetEnvironmentVariable("LOUNB_AUTHZ_OBSERVED") is not { Length: > 0 } file)
        {
            return;
        }

        File.WriteAllLines(file, rows.Select(r => r.WithWho(observed[r.Key].Where(a => a.Value.Answer == Answer.Allowed).Select(a => a.Key).ToHashSet()).ToLine()
            + "\t#\t" + string.Join(' ', Persona.All.Select(p => $"{p.Name}={observed[r.Key][p.Name].Detail}"))));
    }
}

public sealed class SqliteEndpointMatrixTests(SqliteMatrixApp app) : EndpointMatrixTests(app), IClassFixture<SqliteMatrixApp>;

public sealed class PostgresEndpointMatrixTests(PostgresMatrixApp app) : EndpointMatrixTests(app), IClassFixture<PostgresMatrixApp>;
