using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>
/// Every endpoint the running host answers: each verb of each route of its endpoint data sources (MVC actions, minimal
/// APIs, webhooks, health checks, hubs, the fallback), and every public method of every hub it maps. The build output's
/// static files (<c>_content/…</c>, <c>js/…</c>) are public by design and left out.
/// </summary>
public static partial class RouteInventory
{
    public const string HubVerb = "HUB";

    public static IReadOnlyList<EndpointRow> Endpoints(IServiceProvider services)
    {
        var routes = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .ToList();
        var http = routes
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(verb => (verb, route: e.RoutePattern.RawText ?? "")))
            .Distinct()
            .Select(r => Suggest(r.verb, r.route));
        var hubs = routes
            .Select(e => (hub: e.Metadata.GetMetadata<HubMetadata>()?.HubType, route: e.RoutePattern.RawText ?? ""))
            .Where(h => h.hub is not null && !h.route.EndsWith("/negotiate", StringComparison.Ordinal))
            .DistinctBy(h => h.route)
            .SelectMany(h => HubMethods(h.hub!).Select(m => new EndpointRow(HubVerb, $"{h.route} {m.Name}", new HashSet<string>(), SuggestArguments(m), "")));
        return http.Concat(hubs).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The hub path and the method a <c>HUB</c> row names (<c>/hubs/x Method</c>).</summary>
    public static (string Hub, MethodInfo Method) HubMethod(IServiceProvider services, string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var (path, name) = route.Split(' ', 2) is [var p, var n] ? (p, n) : throw new ArgumentException($"Not a hub method: {route}", nameof(route));
        var hub = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText == path).Select(e => e.Metadata.GetMetadata<HubMetadata>()?.HubType).OfType<Type>().First();
        return (path, HubMethods(hub).Single(m => m.Name == name));
    }

    /// <summary>The methods a client may invoke on a hub.</summary>
    public static IEnumerable<MethodInfo> HubMethods(Type hub) =>
        hub.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType is { } declaring && declaring != typeof(Hub) && declaring != typeof(object)
                && !declaring.IsGenericType && !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync" or "Dispose"))
            .OrderBy(m => m.Name, StringComparer.Ordinal);

    /// <summary>A row for an endpoint the table lacks, its request aimed at the world by the parameters' names; <c>who</c> is filled by probing.</summary>
    public static EndpointRow Suggest(string verb, string route)
    {
        var url = Parameter().Replace(route, m => Fill(route, m.Groups["name"].Value, m.Groups["constraint"].Value));
        url = url.StartsWith('/') ? url : "/" + url;
        var request = verb switch
        {
            "*" when route.EndsWith("/negotiate", StringComparison.Ordinal) => "POST " + url + "?negotiateVersion=1",
            _ => url,
        };
        return new EndpointRow(verb, route, new HashSet<string>(), request, "");
    }

    private static string SuggestArguments(MethodInfo method) =>
        string.Join(',', method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(Guid) || t == typeof(Guid?) => p.Name switch
            {
                "eventId" => "{webinar}",
                "userId" => "{user}",
                "questionId" => "{live-question}",
                "messageId" => "{live-message}",
                "pollId" => "{live-poll}",
                _ => "{new}",
            },
            var t when t == typeof(int) => "0",
            var t when t == typeof(string[]) => "Так|Ні",
            _ => "Перевірка",
        }));

    private static string Fill(string route, string name, string constraint) => (name, constraint) switch
    {
        ("code", var c) when c.Contains("UA-", StringComparison.Ordinal) => "UA-09",
        (_, "int") when name == "code" => "404",
        ("slot", _) => "1",
        ("page", _) => "0",
        ("runId", _) => "{run}",
        ("courseId", _) => "{course}",
        ("lessonId", _) => "{lesson}",
        ("sectionId", _) => "{section}",
        ("enrollmentId", _) => "{enrollment}",
        ("attemptId", _) => "{attempt}",
        ("slotId", _) => "{slot}",
        ("userId", _) => "{user}",
        ("campaignId", _) => "{attestation-campaign}",
        ("candidateId", _) => "{attestation-candidate}",
        ("memberId", _) => "{attestation-member}",
        ("conditionId", _) => "{attestation-condition}",
        ("coordinatorId", _) => "{hub-coordinator}",
        ("goalId", _) => "{hub-goal}",
        ("actionId", _) => "{hub-action}",
        ("stopId", _) => "{hub-stop}",
        ("registrationId", _) => "{registration}",
        ("eventId", _) => "{webinar}",
        ("departmentId", _) => "{department}",
        ("slug", _) when route.StartsWith("courses", StringComparison.Ordinal) => "{course-slug}",
        ("slug", _) when route.StartsWith("news", StringComparison.Ordinal) => "{news-slug}",
        ("slug", _) => "{page-slug}",
        ("role", _) => "Trainer",
        ("stage", _) => "Start",
        ("kind", _) => "quiz",
        ("id", _) => IdKind(route),
        _ => "{new}",
    };

    /// <summary>What an <c>{id}</c> names, by the route's start (the longest prefix that matches).</summary>
    private static string IdKind(string route) =>
        IdKinds.Where(k => route.TrimStart('/').StartsWith(k.Prefix, StringComparison.Ordinal)).MaxBy(k => k.Prefix.Length).Kind ?? "{new}";

    private static readonly (string Prefix, string Kind)[] IdKinds =
    [
        ("admin/quizzes", "{quiz}"), ("quizzes", "{quiz}"), ("admin/assessments/categories", "{category}"),
        ("admin/assessments/questions", "{question}"), ("admin/assessments/import", "{import}"),
        ("admin/certificates/templates", "{template}"), ("admin/certificates", "{certificate}"), ("certificates", "{certificate}"),
        ("admin/courses", "{course}"), ("admin/organisation/libraries", "{library}"), ("admin/pages", "{page}"),
        ("admin/queues/mail", "{mail}"), ("admin/queues/events", "{outbox-event}"), ("admin/users", "{user}"),
        ("admin/webinars", "{webinar}"), ("webinars", "{webinar}"), ("attempts", "{attempt}"),
        ("admin/attestation", "{attestation-campaign}"), ("hubs/registry", "{hub}"), ("hubs/reports", "{hub-report}"),
        ("hubs/review", "{hub-report}"), ("hubs/digests", "{hub-digest}"), ("admin/reports/exports", "{export}"),
    ];

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)(:(?<constraint>[^}]*(\}\}[^}]*)*))?\}")]
    private static partial Regex Parameter();
}
