using System.Net;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Courses.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.Tests;

/// <summary>
/// An app node for outbox tests: the certificate subscriber of course completions fails as often as a test says (and
/// can be slowed down), the clock is the test's, and no background outbox worker runs: the tests run the dispatcher
/// as nodes would. <see cref="SecondNode"/> makes a second node on the same database.
/// </summary>
public class OutboxApp(TestDatabase database, FakeTimeProvider clock, IDictionary<string, string?>? overrides = null) : LounbAppFactory(database, overrides)
{
    public FakeTimeProvider Clock { get; } = clock;

    public SubscriberFailures Failures { get; } = new();

    /// <summary>A second node on this app's database, with the same clock.</summary>
    public OutboxApp SecondNode() => new(Database, Clock, SameDatabase(this));

    /// <summary>The settings that point another app at <paramref name="app"/>'s database.</summary>
    public static Dictionary<string, string?> SameDatabase(LounbAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Database == TestDatabase.Postgres
            ? new() { ["ConnectionStrings:Postgres"] = app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres") }
            : new() { ["Lounb:Database:DataDirectory"] = app.DataDirectory };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Failures);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "OutboxWorker"));
            var certificates = services.Single(d => d.ServiceType == typeof(IIntegrationEventSubscriber<CourseCompleted>) && d.ImplementationType?.Name == "IssueOnCourseCompleted");
            services.Remove(certificates);
            services.AddScoped<IIntegrationEventSubscriber<CourseCompleted>>(sp => new FlakySubscriber<CourseCompleted>(
                (IIntegrationEventSubscriber<CourseCompleted>)ActivatorUtilities.CreateInstance(sp, certificates.ImplementationType!), sp.GetRequiredService<SubscriberFailures>()));
        });
    }
}

public sealed class SqliteOutboxApp() : OutboxApp(TestDatabase.Sqlite, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds())));

public sealed class PostgresOutboxApp() : OutboxApp(TestDatabase.Postgres, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds())));

/// <summary>How many more times the flaky subscriber throws, and how long it takes.</summary>
public sealed class SubscriberFailures
{
    private int _left;

    public int Left { get => Volatile.Read(ref _left); set => Volatile.Write(ref _left, value); }

    public TimeSpan Delay { get; set; }

    internal bool TakeOne() => Interlocked.Decrement(ref _left) >= 0;
}

/// <summary>The certificate subscriber behind a switch that makes it throw first.</summary>
internal sealed class FlakySubscriber<TEvent>(IIntegrationEventSubscriber<TEvent> inner, SubscriberFailures failures) : IIntegrationEventSubscriber<TEvent>
    where TEvent : IIntegrationEvent
{
    public async Task HandleAsync(TEvent integrationEvent, CancellationToken ct)
    {
        if (failures.Delay > TimeSpan.Zero)
        {
            await Task.Delay(failures.Delay, ct);
        }

        if (failures.TakeOne())
        {
            throw new InvalidOperationException("The certificate store is not answering.");
        }

        await inner.HandleAsync(integrationEvent, ct);
    }
}

public abstract class OutboxTests(OutboxApp app)
{
    private OutboxApp App { get; } = app;

    private static async Task<int> PassAsync(LounbAppFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
    }

    private Task<int> CertificatesOfAsync(Guid userId) =>
        App.WithDbAsync(db => db.Set<Certificate>().CountAsync(c => c.HolderId == userId && c.Kind == AchievementKind.CourseCompletion));

    /// <summary>Course completions of new people, published and committed as the learning service does.</summary>
    private async Task<List<CourseCompleted>> CommitCompletionsAsync(int count)
    {
        await App.DeliverEventsAsync();
        var completions = new List<CourseCompleted>();
        for (var i = 0; i < count; i++)
        {
            var userId = await App.CreatePersonAsync($"completed.{Guid.NewGuid():N}@example.org");
            completions.Add(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Медіаграмотність", 6, DateTime.UtcNow));
        }

        await using var scope = App.Services.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>();
        foreach (var completion in completions)
        {
            await publisher.PublishAsync(completion, default);
        }

        await scope.ServiceProvider.GetRequiredService<LounbDbContext>().SaveChangesAsync();
        return completions;
    }

    [Fact]
    public async Task ACertificateSubscriberFailingThreeTimes_TheLearnersRequestSucceedsAtOnce_TheCertificateAppearsAfterTheRetries()
    {
        await App.DeliverEventsAsync();
        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        var (courseId, runId, lessons, slug) = await new CourseAuthoringClient(staff).CreatePublishedAsync($"Курс із впертим сертифікатом {Guid.NewGuid():N}", lessons: 1);
        var email = $"learner.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        using var learner = new BrowserSession(App);
        await learner.SignInAsync(email);
        (await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", [])).Dispose();

        App.Failures.Left = 3;
        try
        {
            // Before the outbox the subscriber ran inside this request: its exception was the learner's 500.
            using (var done = await learner.SubmitAsync($"/learn/{runId}/lessons/{lessons[0]}", $"/learn/{runId}/lessons/{lessons[0]}/complete", []))
            {
                Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            }

            var stored = await App.WithDbAsync(db => OutboxDispatcher.Undispatched(db).AsNoTracking().SingleAsync(e => e.Type == "courses.course-completed"));
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                // The first pass also delivers the request's other events (the lesson completed), which nobody fails.
                var dispatched = await PassAsync(App);
                if (attempt == 1)
                {
                    Assert.InRange(dispatched, 1, 3);
                }
                else
                {
                    Assert.Equal(1, dispatched);
                }

                Assert.Equal(0, await CertificatesOfAsync(userId));
                var failed = await App.WithDbAsync(db => db.Set<OutboxDelivery>().AsNoTracking()
                    .SingleAsync(d => d.EventId == stored.Id && d.Subscriber.Contains("FlakySubscriber")));
                Assert.Equal(attempt, failed.Attempts);
                Assert.Contains("The certificate store is not answering.", failed.LastError, StringComparison.Ordinal);
                Assert.Equal(0, await PassAsync(App));
                App.Clock.Advance(OutboxDispatcher.Schedule.PauseAfter(attempt));
            }

            Assert.Equal(1, await PassAsync(App));
        }
        finally
        {
            App.Failures.Left = 0;
        }

        Assert.Equal(1, await CertificatesOfAsync(userId));
        Assert.Single(App.Events.Of<CourseCompleted>(), e => e.CourseId == courseId);
        await App.DeliverEventsAsync(); // the certificate's own event, raised by the delivery that finally worked
        Assert.False(await App.WithDbAsync(db => OutboxDispatcher.Undispatched(db).AnyAsync()));
    }

    [Fact]
    public async Task AnEventGivenUp_IsListedWithItsFailingSubscriber_AndAnAdministratorsRetryRunsOnlyThatSubscriber()
    {
        var completion = Assert.Single(await CommitCompletionsAsync(1));
        App.Failures.Left = int.MaxValue / 2;
        try
        {
            for (var attempt = 1; attempt <= OutboxDispatcher.Schedule.MaxAttempts; attempt++)
            {
                await PassAsync(App);
                App.Clock.Advance(OutboxDispatcher.Schedule.PauseAfter(attempt));
            }

            Assert.Equal(0, await PassAsync(App));
        }
        finally
        {
            App.Failures.Left = 0;
        }

        var stored = await App.WithDbAsync(db => OutboxDispatcher.Undispatched(db).AsNoTracking().SingleAsync());
        Assert.Equal(OutboxDispatcher.Schedule.MaxAttempts, stored.Attempts);
        using var admin = new BrowserSession(App);
        await admin.SignInAsync("admin@lounb.demo");
        var page = await admin.GetHtmlAsync("/admin/queues");
        Assert.Contains("courses.course-completed", page, StringComparison.Ordinal);
        Assert.Contains("FlakySubscriber", page, StringComparison.Ordinal);
        Assert.Contains("The certificate store is not answering.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("EventRecorder", page, StringComparison.Ordinal);
        using (var retried = await admin.SubmitAsync("/admin/queues", $"/admin/queues/events/{stored.Id}/retry", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        }

        Assert.Equal(1, await PassAsync(App));
        Assert.Equal(1, await CertificatesOfAsync(completion.UserId));
        Assert.Single(App.Events.Of<CourseCompleted>(), e => e.EnrollmentId == completion.EnrollmentId);
        await App.DeliverEventsAsync(); // the certificate's own event, raised by the retried delivery
        Assert.False(await App.WithDbAsync(db => OutboxDispatcher.Undispatched(db).AnyAsync()));
    }

    [Fact]
    public async Task TwoNodes_DeliverEachEventOnce()
    {
        var completions = await CommitCompletionsAsync(8);
        using var second = App.SecondNode();
        App.Failures.Delay = TimeSpan.FromMilliseconds(30);
        try
        {
            async Task NodeAsync(LounbAppFactory node)
            {
                while (await PassAsync(node) > 0)
                {
                }
            }

            await Task.WhenAll(Task.Run(() => NodeAsync(App)), Task.Run(() => NodeAsync(second)), Task.Run(() => NodeAsync(App)), Task.Run(() => NodeAsync(second)));
        }
        finally
        {
            App.Failures.Delay = TimeSpan.Zero;
        }

        var received = App.Events.Of<CourseCompleted>().Concat(second.Events.Of<CourseCompleted>()).ToList();
        Assert.All(completions, c => Assert.Single(received, e => e.EnrollmentId == c.EnrollmentId));
        foreach (var completion in completions)
        {
            Assert.Equal(1, await CertificatesOfAsync(completion.UserId));
        }
    }

    [Fact]
    public async Task EventsCommittedButNeverDelivered_ANewInstanceDeliversThem_AlsoOneANodeDiedHolding()
    {
        var completions = await CommitCompletionsAsync(3);
        var ids = completions.Select(c => c.EnrollmentId.ToString()).ToList();
        var realNow = DateTime.UtcNow;
        await App.WithDbAsync(async db =>
        {
            // This node "crashed" before its worker ran; the new one runs on the real clock, so the events are due now.
            var pending = await OutboxDispatcher.Undispatched(db).Select(e => e.Id).ToListAsync();
            await db.Set<OutboxEvent>().Where(e => pending.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.DueAt, realNow.AddSeconds(-1)));
            var held = pending[0];
            return await db.Set<OutboxEvent>().Where(e => e.Id == held).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.ClaimedAt, realNow - App.Services.GetRequiredService<LeasedWorkClaims>().LeaseOf(OutboxDispatcher.Schedule) - TimeSpan.FromMinutes(1))
                .SetProperty(e => e.ClaimedBy, "node-that-died"));
        });

        var overrides = OutboxApp.SameDatabase(App);
        overrides["Lounb:Outbox:PollSeconds"] = "1";
        using (var restarted = new LounbAppFactory(App.Database, overrides))
        {
            _ = restarted.Services;
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && await App.WithDbAsync(db => OutboxDispatcher.Undispatched(db).AnyAsync()))
            {
                await Task.Delay(200);
            }

            Assert.All(completions, c => Assert.Single(restarted.Events.Of<CourseCompleted>(), e => e.EnrollmentId == c.EnrollmentId));
        }

        foreach (var completion in completions)
        {
            Assert.Equal(1, await CertificatesOfAsync(completion.UserId));
        }
    }
}

public sealed class SqliteOutboxTests(SqliteOutboxApp app) : OutboxTests(app), IClassFixture<SqliteOutboxApp>;

public sealed class PostgresOutboxTests(PostgresOutboxApp app) : OutboxTests(app), IClassFixture<PostgresOutboxApp>;
