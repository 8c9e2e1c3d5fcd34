using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lounb.Modules.Webinars;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Tests;

/// <summary>The app with LiveKit as its video provider, talking to an in-process fake LiveKit server.</summary>
public abstract class LiveKitApp(TestDatabase database, FakeLiveKitServer server) : LounbAppFactory(database, server.AppSettings())
{
    public FakeLiveKitServer LiveKit { get; } = server;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            LiveKit.Dispose();
        }
    }
}

public sealed class SqliteLiveKitApp() : LiveKitApp(TestDatabase.Sqlite, FakeLiveKitServer.Start());

public sealed class PostgresLiveKitApp() : LiveKitApp(TestDatabase.Postgres, FakeLiveKitServer.Start());

/// <summary>The app with a self-hosted Jitsi (JWT) as its video provider; nothing is fetched from the domain in these tests.</summary>
public abstract class JitsiApp(TestDatabase database) : LounbAppFactory(database, Settings)
{
    public const string Domain = "jitsi.lounb.test";
    public const string AppId = "lounb-tests";
    public const string AppSecret = "jitsi-app-secret-for-tests-0123456789";

    private static Dictionary<string, string?> Settings => new()
    {
        ["Lounb:Webinars:Video:Provider"] = "Jitsi",
        ["Lounb:Webinars:Video:Jitsi:Domain"] = Domain,
        ["Lounb:Webinars:Video:Jitsi:AppId"] = AppId,
        ["Lounb:Webinars:Video:Jitsi:AppSecret"] = AppSecret,
    };
}

public sealed class SqliteJitsiApp() : JitsiApp(TestDatabase.Sqlite);

public sealed class PostgresJitsiApp() : JitsiApp(TestDatabase.Postgres);

/// <summary>Events, registrations and hosts written straight to the database (the scheduling pages are another part of the module).</summary>
internal static class WebinarData
{
    public static async Task<WebinarEvent> CreateEventAsync(LounbAppFactory app, EventKind kind = EventKind.Webinar, TimeSpan? startsIn = null, int minutes = 60,
        RoomKind room = RoomKind.Platform, string? externalUrl = null)
    {
        // Whole seconds, as LiveKit's createdAt: a leave 40 minutes after the start is then 40 minutes, not 39.99.
        var now = DateTime.UtcNow;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var webinar = new WebinarEvent("Бібліотечна школа non stop: " + Guid.NewGuid().ToString("N")[..6], kind, now + (startsIn ?? TimeSpan.FromMinutes(-50)),
            minutes, "UA-09", "tests.lounb.org.ua", now) { RoomKind = room, ExternalUrl = externalUrl };
        await app.WithDbAsync(async db =>
        {
            db.Add(webinar);
            return await db.SaveChangesAsync();
        });
        return webinar;
    }

    public static Task RegisterAsync(LounbAppFactory app, Guid eventId, Guid userId, RegistrationStatus status = RegistrationStatus.Confirmed) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new Registration(eventId, userId, status, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

    /// <summary>Names the person one of the event's moderators (they also speak); a speaker alone moderates nothing.</summary>
    public static Task AddHostAsync(LounbAppFactory app, Guid eventId, Guid userId) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new EventHost(eventId, userId, "Ведуча", HostRole.Moderator));
            return await db.SaveChangesAsync();
        });

    public static Task<List<AttendanceSignal>> SignalsAsync(LounbAppFactory app, Guid eventId) =>
        app.WithDbAsync(db => db.Set<AttendanceSignal>().AsNoTracking().Where(s => s.EventId == eventId).ToListAsync());

    public static Task<AttendanceRecord?> RecordAsync(LounbAppFactory app, Guid eventId, Guid userId) =>
        app.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId));

    /// <summary>A signed-in new person (a learner of UA-09).</summary>
    public static async Task<(BrowserSession Session, Guid UserId)> PersonAsync(LounbAppFactory app, string prefix)
    {
        var email = $"{prefix}.{Guid.NewGuid():N}@example.org";
        var userId = await app.CreatePersonAsync(email);
        var session = new BrowserSession(app);
        await session.SignInAsync(email);
        return (session, userId);
    }

    /// <summary>POST /api/webinars/{id}/{what} as the page does: the antiforgery header from a page of the person's session.</summary>
    public static async Task<HttpResponseMessage> PostApiAsync(BrowserSession session, Guid eventId, string what, object? json = null, bool antiforgery = true)
    {
        var token = BrowserSession.AntiforgeryToken(await session.GetHtmlAsync("/dashboard"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/webinars/{eventId}/{what}", UriKind.Relative))
        {
            Content = json is null ? null : JsonContent.Create(json),
        };
        if (antiforgery)
        {
            request.Headers.Add("X-CSRF-TOKEN", token);
        }

        return await session.Client.SendAsync(request);
    }

    /// <summary>The Ukrainian message of an API refusal (problem details' <c>detail</c>).</summary>
    public static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>The stable code of an API refusal (problem details' <c>code</c>, as <c>Webinars:NotRegistered</c>).</summary>
    public static async Task<string> CodeOfAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("code").GetString()!;
    }

    public static JsonElement JwtPayload(string token)
    {
        var part = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(part + new string('=', (4 - (part.Length % 4)) % 4))).RootElement.Clone();
    }
}

/// <summary>LiveKit: tokens, the RoomService through the fake server, verified webhooks as attendance, the room page and its CSP.</summary>
public abstract class WebinarLiveKitTests(LiveKitApp app)
{
    private LiveKitApp App { get; } = app;

    private async Task<HttpResponseMessage> PostWebhookAsync(string body, string? authorization)
    {
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hooks/livekit", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/webhook+json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    private async Task<HttpStatusCode> SendSignedAsync(string body)
    {
        using var response = await PostWebhookAsync(body, LiveKitWebhookSigner.Sign(body));
        return response.StatusCode;
    }

    private static string Joined(WebinarEvent webinar, Guid userId, string eventId, DateTime at, string roomSid = "RM_session1") =>
        $$"""{"event":"participant_joined","room":{"sid":"{{roomSid}}","name":"{{webinar.RoomName}}","emptyTimeout":900,"creationTime":"{{Seconds(at)}}"},"participant":{"sid":"PA_1","identity":"{{userId:N}}","name":"Учасниця","state":"ACTIVE","joinedAt":"{{Seconds(at)}}","joinedAtMs":"{{new DateTimeOffset(at).ToUnixTimeMilliseconds()}}"},"id":"{{eventId}}","createdAt":"{{Seconds(at)}}"}""";

    private static string Left(WebinarEvent webinar, Guid userId, string eventId, DateTime at, string roomSid = "RM_session1") =>
        $$"""{"event":"participant_left","room":{"sid":"{{roomSid}}","name":"{{webinar.RoomName}}"},"participant":{"sid":"PA_1","identity":"{{userId:N}}","state":"DISCONNECTED","disconnectReason":"CLIENT_INITIATED"},"id":"{{eventId}}","createdAt":"{{Seconds(at)}}"}""";

    private static string Finished(WebinarEvent webinar, string eventId, DateTime at, string roomSid = "RM_session1") =>
        $$"""{"event":"room_finished","room":{"sid":"{{roomSid}}","name":"{{webinar.RoomName}}"},"id":"{{eventId}}","createdAt":"{{Seconds(at)}}"}""";

    private static long Seconds(DateTime at) => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeSeconds();

    private static string NewId() => "EV_" + Guid.NewGuid().ToString("N")[..16];

    private Task<Guid> PersonAsync() => App.CreatePersonAsync($"livekit.{Guid.NewGuid():N}@example.org");

    [Fact]
    public async Task Token_RegisteredAttendeeOfAWebinar_WatchOnlyTokenForTheEventsRoom_NoRoomCreated()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "attendee");
        using var _ = session;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);

        using var response = await WebinarData.PostApiAsync(session, webinar.Id, "token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var ticket = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("livekit", ticket.RootElement.GetProperty("provider").GetString());
        Assert.Equal($"ws://{App.LiveKit.Address.Authority}", ticket.RootElement.GetProperty("serverUrl").GetString());
        Assert.Equal(webinar.RoomName, ticket.RootElement.GetProperty("roomName").GetString());
        Assert.False(ticket.RootElement.GetProperty("canPublish").GetBoolean());
        var claims = WebinarData.JwtPayload(ticket.RootElement.GetProperty("token").GetString()!);
        Assert.Equal(userId.ToString("N"), claims.GetProperty("sub").GetString());
        Assert.Equal(FakeLiveKitServer.ApiKey, claims.GetProperty("iss").GetString());
        Assert.Equal(webinar.RoomName, claims.GetProperty("video").GetProperty("room").GetString());
        Assert.Equal(JsonValueKind.False, claims.GetProperty("video").GetProperty("canPublish").ValueKind);
        Assert.False(App.LiveKit.HasRoom(webinar.RoomName));
    }

    [Fact]
    public async Task Token_HostOpensTheRoom_CreatedOnceOnTheServerWithTimeouts_AndMayPublish()
    {
        var webinar = await WebinarData.CreateEventAsync(App, startsIn: TimeSpan.FromMinutes(30));
        var (session, userId) = await WebinarData.PersonAsync(App, "host");
        using var _ = session;
        await WebinarData.AddHostAsync(App, webinar.Id, userId);

        using (var first = await WebinarData.PostApiAsync(session, webinar.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            using var ticket = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
            Assert.True(ticket.RootElement.GetProperty("canPublish").GetBoolean());
        }

        var room = App.LiveKit.Room(webinar.RoomName);
        Assert.NotNull(room);
        Assert.Equal(LiveKitRoomService.EmptyTimeoutSeconds, room.EmptyTimeout);
        Assert.Equal(LiveKitRoomService.DepartureTimeoutSeconds, room.DepartureTimeout);
        using (var second = await WebinarData.PostApiAsync(session, webinar.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Same(room, App.LiveKit.Room(webinar.RoomName));
        var calls = App.LiveKit.Calls.Where(c => c.Room == webinar.RoomName).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal(("CreateRoom", 200), (c.Method, c.Status)));
    }

    [Fact]
    public async Task Token_NotRegistered_403InUkrainian_AndWithoutTheAntiforgeryHeader_400()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "stranger");
        using var _ = session;

        using (var refused = await WebinarData.PostApiAsync(session, webinar.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.StartsWith("Ви не зареєстровані", await WebinarData.ErrorOfAsync(refused), StringComparison.Ordinal);
        }

        await WebinarData.RegisterAsync(App, webinar.Id, userId, RegistrationStatus.Waitlisted);
        using (var waiting = await WebinarData.PostApiAsync(session, webinar.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, waiting.StatusCode);
        }

        using var forged = await WebinarData.PostApiAsync(session, webinar.Id, "token", antiforgery: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task VideoApi_Refusals_AreProblemDetails_WithTheirWebinarsCode()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var link = await WebinarData.CreateEventAsync(App, room: RoomKind.ExternalLink, externalUrl: "https://zoom.example.org/j/456");
        var (session, userId) = await WebinarData.PersonAsync(App, "problem");
        using var _ = session;

        using (var refused = await WebinarData.PostApiAsync(session, webinar.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("Webinars:NotRegistered", await WebinarData.CodeOfAsync(refused));
        }

        using (var forged = await WebinarData.PostApiAsync(session, webinar.Id, "token", antiforgery: false))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Equal("Webinars:StalePage", await WebinarData.CodeOfAsync(forged));
            Assert.StartsWith("Сторінка застаріла", await WebinarData.ErrorOfAsync(forged), StringComparison.Ordinal);
        }

        using (var missing = await WebinarData.PostApiAsync(session, Guid.NewGuid(), "token"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("Webinars:EventNotFound", await WebinarData.CodeOfAsync(missing));
        }

        await WebinarData.RegisterAsync(App, link.Id, userId);
        using var external = await WebinarData.PostApiAsync(session, link.Id, "token");
        Assert.Equal(HttpStatusCode.Conflict, external.StatusCode);
        Assert.Equal("Webinars:ExternalLinkEvent", await WebinarData.CodeOfAsync(external));
    }

    [Fact]
    public async Task Token_RoomNotOpenYet_409SaysWhenItOpens_ExternalLinkEvent_409()
    {
        var later = await WebinarData.CreateEventAsync(App, startsIn: TimeSpan.FromHours(3));
        var link = await WebinarData.CreateEventAsync(App, room: RoomKind.ExternalLink, externalUrl: "https://zoom.example.org/j/123");
        var (session, userId) = await WebinarData.PersonAsync(App, "early");
        using var _ = session;
        await WebinarData.RegisterAsync(App, later.Id, userId);
        await WebinarData.RegisterAsync(App, link.Id, userId);

        using (var early = await WebinarData.PostApiAsync(session, later.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.StartsWith("Кімната відкриється", await WebinarData.ErrorOfAsync(early), StringComparison.Ordinal);
        }

        using var external = await WebinarData.PostApiAsync(session, link.Id, "token");
        Assert.Equal(HttpStatusCode.Conflict, external.StatusCode);
        Assert.Contains("зовнішнім посиланням", await WebinarData.ErrorOfAsync(external), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_Valid_RecordsTheJoin_ReplayAnswers200AndChangesNothing()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var userId = await PersonAsync();
        var body = Joined(webinar, userId, NewId(), webinar.StartsAt);

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(body));
        var signal = Assert.Single(await WebinarData.SignalsAsync(App, webinar.Id));
        Assert.Equal(AttendanceSource.LiveKit, signal.Source);
        Assert.Equal(AttendanceSignalKind.Joined, signal.Kind);
        Assert.Equal(userId, signal.UserId);
        Assert.Equal("RM_session1", signal.SessionKey);

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(body));
        Assert.Single(await WebinarData.SignalsAsync(App, webinar.Id));
    }

    [Fact]
    public async Task Webhook_TamperedBody_401NothingRecorded()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var signed = Joined(webinar, await PersonAsync(), NewId(), webinar.StartsAt);
        var tampered = signed.Replace("\"Учасниця\"", "\"Хтось інший\"", StringComparison.Ordinal);

        using var response = await PostWebhookAsync(tampered, LiveKitWebhookSigner.Sign(signed));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await WebinarData.SignalsAsync(App, webinar.Id));
    }

    [Fact]
    public async Task Webhook_MissingHeader_BearerPrefix_OtherSecret_Expired_All401NothingRecorded()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var body = Joined(webinar, await PersonAsync(), NewId(), webinar.StartsAt);

        foreach (var authorization in new[]
                 {
                     null,
                     "Bearer " + LiveKitWebhookSigner.Sign(body),
                     LiveKitWebhookSigner.Sign(body, secret: "another-secret-of-thirty-two-bytes-0123"),
                     LiveKitWebhookSigner.Sign(body, key: "APIother"),
                     LiveKitWebhookSigner.Sign(body, issuedAt: DateTimeOffset.UtcNow.AddMinutes(-10)),
                 })
        {
            using var response = await PostWebhookAsync(body, authorization);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Empty(await WebinarData.SignalsAsync(App, webinar.Id));
    }

    [Fact]
    public async Task Webhook_OutOfOrder_LeftBeforeJoined_GivesTheSameMinutes()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var userId = await PersonAsync();

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(Left(webinar, userId, NewId(), webinar.StartsAt.AddMinutes(40))));
        Assert.Equal(0, (await WebinarData.RecordAsync(App, webinar.Id, userId))!.Minutes);
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(Joined(webinar, userId, NewId(), webinar.StartsAt)));

        var record = await WebinarData.RecordAsync(App, webinar.Id, userId);
        Assert.Equal(40, record!.Minutes);
        Assert.True(record.AttendedByMinutes);
        Assert.False(record.SelfReported);
    }

    [Fact]
    public async Task Webhook_RoomFinished_ClosesTheIntervalStillOpen()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var userId = await PersonAsync();
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(Joined(webinar, userId, NewId(), webinar.StartsAt, roomSid: "RM_session2")));
        Assert.True((await WebinarData.RecordAsync(App, webinar.Id, userId))!.Minutes >= 49, "An open LiveKit interval counts until now.");

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(Finished(webinar, NewId(), webinar.StartsAt.AddMinutes(25), roomSid: "RM_session2")));

        Assert.Equal(25, (await WebinarData.RecordAsync(App, webinar.Id, userId))!.Minutes);
        Assert.Contains(await WebinarData.SignalsAsync(App, webinar.Id), s => s.Kind == AttendanceSignalKind.RoomFinished && s.UserId is null);
    }

    [Fact]
    public async Task Webhook_UnknownRoomPersonOrEventKind_200NothingRecorded()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var userId = await PersonAsync();
        var unknownPerson = Joined(webinar, Guid.NewGuid(), NewId(), webinar.StartsAt);
        var unknownRoom = Joined(webinar, userId, NewId(), webinar.StartsAt).Replace(webinar.RoomName, "someone-elses-room", StringComparison.Ordinal);
        var aborted = Joined(webinar, userId, NewId(), webinar.StartsAt).Replace("participant_joined", "participant_connection_aborted", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(unknownPerson));
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(unknownRoom));
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(aborted));

        Assert.Empty(await WebinarData.SignalsAsync(App, webinar.Id));
    }

    [Fact]
    public async Task RoomPage_Attendee_LiveKitAreaWithoutPublishing_CspAllowsTheServerOnThisPageOnly()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "viewer");
        using var _ = session;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);

        using var response = await session.GetAsync($"/webinars/{webinar.Id}/room");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-provider=\"livekit\"", html, StringComparison.Ordinal);
        // Static files are linked by their fingerprinted names (name.<hash>.js).
        Assert.Matches(@"lib/livekit-client/livekit-client\.umd\.(\w+\.)?js", html);
        Assert.Matches(@"js/room-livekit\.(\w+\.)?js", html);
        Assert.Contains("Під'єднання…", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"room-mic\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/room/end", html, StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' ws://{App.LiveKit.Address.Authority} http://{App.LiveKit.Address.Authority}", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("camera=(self)", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);

        using var dashboard = await session.GetAsync("/dashboard");
        Assert.DoesNotContain("ws://", dashboard.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("camera=()", dashboard.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderator_SeesWhoIsInTheRoom_EndsTheSession_AttendeeMayDoNeither()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (host, hostId) = await WebinarData.PersonAsync(App, "moderator");
        var (attendee, attendeeId) = await WebinarData.PersonAsync(App, "listener");
        using var _ = host;
        using var __ = attendee;
        await WebinarData.AddHostAsync(App, webinar.Id, hostId);
        await WebinarData.RegisterAsync(App, webinar.Id, attendeeId);
        App.LiveKit.Join(webinar.RoomName, attendeeId.ToString("N"), "Слухачка Оксана", publisher: false);
        App.LiveKit.Join(webinar.RoomName, "EG_recorder", "", publisher: false);

        var roomPage = await host.GetHtmlAsync($"/webinars/{webinar.Id}/room");
        Assert.Contains("id=\"room-mic\"", roomPage, StringComparison.Ordinal);
        var people = System.Net.WebUtility.HtmlDecode(await host.GetHtmlAsync($"/webinars/{webinar.Id}/room/participants"));
        Assert.Contains("Слухачка Оксана", people, StringComparison.Ordinal);
        Assert.Contains("глядач", people, StringComparison.Ordinal);
        Assert.Contains("службовий учасник", people, StringComparison.Ordinal);

        using (var forbidden = await attendee.GetAsync($"/webinars/{webinar.Id}/room/participants"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var attendeeToken = BrowserSession.AntiforgeryToken(await attendee.GetHtmlAsync("/dashboard"));
        using (var refused = await attendee.PostAsync($"/webinars/{webinar.Id}/room/end", [new("__RequestVerificationToken", attendeeToken)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.True(App.LiveKit.HasRoom(webinar.RoomName));
        using (var ended = await host.SubmitAsync($"/webinars/{webinar.Id}/room", $"/webinars/{webinar.Id}/room/end", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        Assert.False(App.LiveKit.HasRoom(webinar.RoomName));
        Assert.Contains("Сесію завершено", System.Net.WebUtility.HtmlDecode(await host.GetHtmlAsync($"/webinars/{webinar.Id}/room")), StringComparison.Ordinal);
        using (await host.SubmitAsync($"/webinars/{webinar.Id}/room", $"/webinars/{webinar.Id}/room/end", []))
        {
        }

        Assert.Contains("Кімнати на відеосервері зараз немає", System.Net.WebUtility.HtmlDecode(await host.GetHtmlAsync($"/webinars/{webinar.Id}/room")), StringComparison.Ordinal);
        Assert.Contains("Зараз у кімнаті нікого немає", System.Net.WebUtility.HtmlDecode(await host.GetHtmlAsync($"/webinars/{webinar.Id}/room/participants")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Presence_IsNotTakenWhenTheServerReportsAttendance()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "self-report");
        using var _ = session;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);

        using var response = await WebinarData.PostApiAsync(session, webinar.Id, "presence", new { kind = "joined", signalId = Guid.NewGuid(), tab = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await WebinarData.SignalsAsync(App, webinar.Id));
    }
}

public sealed class SqliteWebinarLiveKitTests(SqliteLiveKitApp app) : WebinarLiveKitTests(app), IClassFixture<SqliteLiveKitApp>;

public sealed class PostgresWebinarLiveKitTests(PostgresLiveKitApp app) : WebinarLiveKitTests(app), IClassFixture<PostgresLiveKitApp>;

/// <summary>Jitsi: the JWT ticket, the IFrame page and its CSP, and self-reported presence.</summary>
public abstract class WebinarJitsiTests(JitsiApp app)
{
    private JitsiApp App { get; } = app;

    [Fact]
    public async Task Token_Attendee_JitsiTicketWithAJwtForTheRoom_NotModerator_HostIsModerator()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "jitsi");
        var (host, hostId) = await WebinarData.PersonAsync(App, "jitsi-host");
        using var _ = session;
        using var __ = host;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);
        await WebinarData.AddHostAsync(App, webinar.Id, hostId);

        using var response = await WebinarData.PostApiAsync(session, webinar.Id, "token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var ticket = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("jitsi", ticket.RootElement.GetProperty("provider").GetString());
        Assert.Equal(JitsiApp.Domain, ticket.RootElement.GetProperty("domain").GetString());
        Assert.Equal(webinar.RoomName, ticket.RootElement.GetProperty("roomName").GetString());
        var claims = WebinarData.JwtPayload(ticket.RootElement.GetProperty("jwt").GetString()!);
        Assert.Equal(JitsiApp.AppId, claims.GetProperty("iss").GetString());
        Assert.Equal("jitsi", claims.GetProperty("aud").GetString());
        Assert.Equal(JitsiApp.Domain, claims.GetProperty("sub").GetString());
        Assert.Equal(webinar.RoomName, claims.GetProperty("room").GetString());
        Assert.Equal(userId.ToString("N"), claims.GetProperty("context").GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("false", claims.GetProperty("context").GetProperty("user").GetProperty("moderator").GetString());

        using var hostResponse = await WebinarData.PostApiAsync(host, webinar.Id, "token");
        using var hostTicket = JsonDocument.Parse(await hostResponse.Content.ReadAsStringAsync());
        Assert.Equal("true", WebinarData.JwtPayload(hostTicket.RootElement.GetProperty("jwt").GetString()!).GetProperty("context").GetProperty("user").GetProperty("moderator").GetString());
    }

    [Fact]
    public async Task RoomPage_LoadsTheIFrameApiFromTheDomain_CspAllowsThatScriptAndFrame()
    {
        var webinar = await WebinarData.CreateEventAsync(App, EventKind.ClubMeeting);
        var (session, userId) = await WebinarData.PersonAsync(App, "jitsi-page");
        using var _ = session;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);

        using var response = await session.GetAsync($"/webinars/{webinar.Id}/room");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<script src=\"https://{JitsiApp.Domain}/external_api.js\"></script>", html, StringComparison.Ordinal);
        Assert.Matches(@"js/room-jitsi\.(\w+\.)?js", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"script-src 'self' https://{JitsiApp.Domain}", csp, StringComparison.Ordinal);
        Assert.Contains($"https://player.vimeo.com https://{JitsiApp.Domain}", csp, StringComparison.Ordinal);
        Assert.Contains($"camera=(\"https://{JitsiApp.Domain}\")", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Presence_JoinedHeartbeatLeft_RecordedAsSelfReportedOncePerSignalId()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "presence");
        using var _ = session;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);
        var tab = Guid.NewGuid();
        var joined = new { kind = "joined", signalId = Guid.NewGuid(), tab };

        using (var first = await WebinarData.PostApiAsync(session, webinar.Id, "presence", joined))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
        }

        using (var again = await WebinarData.PostApiAsync(session, webinar.Id, "presence", joined))
        {
            Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
        }

        using (await WebinarData.PostApiAsync(session, webinar.Id, "presence", new { kind = "joined", signalId = Guid.NewGuid(), tab }))
        using (await WebinarData.PostApiAsync(session, webinar.Id, "presence", new { kind = "left", signalId = Guid.NewGuid(), tab }))
        {
        }

        var signals = await WebinarData.SignalsAsync(App, webinar.Id);
        Assert.Equal(3, signals.Count);
        Assert.All(signals, s => Assert.Equal(AttendanceSource.Jitsi, s.Source));
        Assert.All(signals, s => Assert.Equal(tab.ToString("D"), s.SessionKey));
        Assert.Contains(signals, s => s.ExternalId == joined.signalId.ToString("D"));
        Assert.True((await WebinarData.RecordAsync(App, webinar.Id, userId))!.SelfReported);
    }

    [Fact]
    public async Task Presence_BadInput400_NotRegistered403_NoAntiforgery400_NothingRecorded()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "bad-presence");
        var (stranger, _) = await WebinarData.PersonAsync(App, "stranger");
        using var _s = session;
        using var _t = stranger;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);

        using (var bad = await WebinarData.PostApiAsync(session, webinar.Id, "presence", new { kind = "present", signalId = "x", tab = "y" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("Некоректний сигнал присутності", await WebinarData.ErrorOfAsync(bad), StringComparison.Ordinal);
        }

        using (var empty = await WebinarData.PostApiAsync(session, webinar.Id, "presence"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        }

        using (var forbidden = await WebinarData.PostApiAsync(stranger, webinar.Id, "presence", new { kind = "joined", signalId = Guid.NewGuid(), tab = Guid.NewGuid() }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var forged = await WebinarData.PostApiAsync(session, webinar.Id, "presence", new { kind = "joined", signalId = Guid.NewGuid(), tab = Guid.NewGuid() }, antiforgery: false))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Empty(await WebinarData.SignalsAsync(App, webinar.Id));
    }
}

public sealed class SqliteWebinarJitsiTests(SqliteJitsiApp app) : WebinarJitsiTests(app), IClassFixture<SqliteJitsiApp>;

public sealed class PostgresWebinarJitsiTests(PostgresJitsiApp app) : WebinarJitsiTests(app), IClassFixture<PostgresJitsiApp>;

/// <summary>No provider (the default): external links only; the link records the join.</summary>
public abstract class WebinarNoVideoProviderTests(LounbAppFactory app)
{
    private LounbAppFactory App { get; } = app;

    [Fact]
    public async Task PlatformRoom_UnavailableSaidInUkrainian_StaffSeeAHint_TokenRefused_NoWebhook()
    {
        var webinar = await WebinarData.CreateEventAsync(App);
        var (session, userId) = await WebinarData.PersonAsync(App, "none");
        var (host, hostId) = await WebinarData.PersonAsync(App, "none-host");
        using var _ = session;
        using var __ = host;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);
        await WebinarData.AddHostAsync(App, webinar.Id, hostId);

        var page = System.Net.WebUtility.HtmlDecode(await session.GetHtmlAsync($"/webinars/{webinar.Id}/room"));
        Assert.Contains("Відеокімнати на платформі зараз недоступні", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Підказка для організаторів", page, StringComparison.Ordinal);
        Assert.DoesNotContain("room-livekit.js", page, StringComparison.Ordinal);
        Assert.Contains("Підказка для організаторів", System.Net.WebUtility.HtmlDecode(await host.GetHtmlAsync($"/webinars/{webinar.Id}/room")), StringComparison.Ordinal);

        using (var token = await WebinarData.PostApiAsync(session, webinar.Id, "token"))
        {
            Assert.Equal(HttpStatusCode.Conflict, token.StatusCode);
            Assert.StartsWith("Відеокімнати платформи не налаштовано", await WebinarData.ErrorOfAsync(token), StringComparison.Ordinal);
        }

        using var client = App.CreateClient();
        using var hook = await client.PostAsync(new Uri("/hooks/livekit", UriKind.Relative), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, hook.StatusCode);
    }

    [Fact]
    public async Task ExternalLink_RegisteredPersonGoesThroughThePlatform_JoinRecordedThenRedirected()
    {
        var webinar = await WebinarData.CreateEventAsync(App, room: RoomKind.ExternalLink, externalUrl: "https://meet.example.org/abc-defg-hij");
        var (session, userId) = await WebinarData.PersonAsync(App, "link");
        using var signedIn = session;
        await WebinarData.RegisterAsync(App, webinar.Id, userId);

        var page = System.Net.WebUtility.HtmlDecode(await session.GetHtmlAsync($"/webinars/{webinar.Id}/room"));
        Assert.Contains($"href=\"/webinars/{webinar.Id}/go\"", page, StringComparison.Ordinal);
        Assert.Contains("Перейти до заняття (Zoom/Meet/…)", page, StringComparison.Ordinal);
        using (var go = await session.GetAsync($"/webinars/{webinar.Id}/go"))
        {
            Assert.Equal(HttpStatusCode.Redirect, go.StatusCode);
            Assert.Equal("https://meet.example.org/abc-defg-hij", go.Headers.Location!.OriginalString);
        }

        var signal = Assert.Single(await WebinarData.SignalsAsync(App, webinar.Id));
        Assert.Equal(AttendanceSource.ExternalLink, signal.Source);
        Assert.Equal(AttendanceSignalKind.Joined, signal.Kind);
        Assert.Equal(RoomPresence.LinkSession, signal.SessionKey);
        Assert.Equal(userId, signal.UserId);
        Assert.True(Guid.TryParse(signal.ExternalId, out _));
    }

    [Fact]
    public async Task ExternalLink_NotRegisteredOrTooEarly_UkrainianPageNoRedirectNothingRecorded()
    {
        var now = await WebinarData.CreateEventAsync(App, room: RoomKind.ExternalLink, externalUrl: "https://zoom.example.org/j/1");
        var later = await WebinarData.CreateEventAsync(App, startsIn: TimeSpan.FromDays(2), room: RoomKind.ExternalLink, externalUrl: "https://zoom.example.org/j/2");
        var (session, userId) = await WebinarData.PersonAsync(App, "link-refused");
        using var _ = session;
        await WebinarData.RegisterAsync(App, later.Id, userId);

        using (var stranger = await session.GetAsync($"/webinars/{now.Id}/go"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
            Assert.Null(stranger.Headers.Location);
            Assert.Contains("Ви не зареєстровані", System.Net.WebUtility.HtmlDecode(await stranger.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var early = await session.GetAsync($"/webinars/{later.Id}/go"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("Кімната відкриється", System.Net.WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var roomPage = System.Net.WebUtility.HtmlDecode(await session.GetHtmlAsync($"/webinars/{later.Id}/room"));
        Assert.Contains("Кімната відкриється", roomPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/go\"", roomPage, StringComparison.Ordinal);
        Assert.Empty(await WebinarData.SignalsAsync(App, now.Id));
        Assert.Empty(await WebinarData.SignalsAsync(App, later.Id));
    }
}

public sealed class SqliteWebinarNoVideoProviderTests(SqliteApp app) : WebinarNoVideoProviderTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresWebinarNoVideoProviderTests(PostgresApp app) : WebinarNoVideoProviderTests(app), IClassFixture<PostgresApp>;

/// <summary>The RoomService client against the fake server directly: a wrong secret and a missing room come back in Ukrainian.</summary>
public sealed class WebinarLiveKitRoomServiceClientTests : IDisposable
{
    private readonly FakeLiveKitServer _server = FakeLiveKitServer.Start();

    private LiveKitRoomService Client(string secret)
    {
        var options = Options.Create(new WebinarsOptions());
        options.Value.Video.LiveKit = new LiveKitOptions { ServerUrl = $"ws://{_server.Address.Authority}", ApiKey = FakeLiveKitServer.ApiKey, ApiSecret = secret };
        var http = new HttpClient { BaseAddress = LiveKitAddresses.ApiBase(options.Value.Video.LiveKit) };
        return new LiveKitRoomService(http, new LiveKitTokens(options, TimeProvider.System), NullLogger<LiveKitRoomService>.Instance);
    }

    [Fact]
    public async Task CreateListDelete_WithTheRightSecret_WorkAndCreateIsIdempotent()
    {
        var client = Client(FakeLiveKitServer.ApiSecret);

        var first = await client.CreateRoomAsync("room-a", default);
        var second = await client.CreateRoomAsync("room-a", default);
        _server.Join("room-a", "p1", "Олена", publisher: true);
        var people = await client.ListParticipantsAsync("room-a", default);
        var deleted = await client.DeleteRoomAsync("room-a", default);

        Assert.Equal(first.Value.Sid, second.Value.Sid);
        Assert.Equal("room-a", first.Value.Name);
        Assert.True(first.Value.CreationTime > 1_700_000_000);
        Assert.True(Assert.Single(people.Value).IsPublisher);
        Assert.True(deleted.IsSuccess);
        Assert.False(_server.HasRoom("room-a"));
    }

    [Fact]
    public async Task WrongSecret_ServerRefusesTheKey_UkrainianMessage()
    {
        var result = await Client("a-wrong-secret-that-is-also-32-bytes-long").CreateRoomAsync("room-b", default);

        Assert.Equal(WebinarErrors.ServerRefusedKey, result.Error);
        Assert.Contains(_server.Calls, c => c is { Method: "CreateRoom", Status: 401 });
    }

    [Fact]
    public async Task MissingRoom_DeleteSaysSo_ListingIsNotFound()
    {
        var client = Client(FakeLiveKitServer.ApiSecret);

        Assert.Equal(WebinarErrors.RoomNotOnServer, (await client.DeleteRoomAsync("nowhere", default)).Error);
        Assert.Equal(WebinarErrors.RoomNotOnServer, (await client.ListParticipantsAsync("nowhere", default)).Error);
    }

    public void Dispose() => _server.Dispose();
}

/// <summary>Start-up checks of the video settings.</summary>
public sealed class WebinarVideoConfigurationTests
{
    [Theory]
    [InlineData("Jitsi", "Lounb:Webinars:Video:Jitsi:Domain", "meet.jit.si", "meet.jit.si")]
    [InlineData("LiveKit", "Lounb:Webinars:Video:LiveKit:ApiSecret", "secret", "ApiSecret")]
    public void Start_ProviderWithBadSettings_RefusesToStartAndSaysWhy(string provider, string key, string value, string expected)
    {
        using var app = new LounbAppFactory(TestDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["Lounb:Webinars:Video:Provider"] = provider,
            ["Lounb:Webinars:Video:LiveKit:ServerUrl"] = "wss://video.example.org",
            ["Lounb:Webinars:Video:LiveKit:ApiKey"] = "APIkey",
            ["Lounb:Webinars:Video:Jitsi:AppId"] = "lounb",
            ["Lounb:Webinars:Video:Jitsi:AppSecret"] = "jitsi-app-secret-for-tests-0123456789",
            [key] = value,
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(expected, failure.ToString(), StringComparison.Ordinal);
    }
}
