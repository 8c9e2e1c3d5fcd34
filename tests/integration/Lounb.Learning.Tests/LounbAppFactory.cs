using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lounb.Learning.Tests;

public enum TestDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The whole app on a fresh database: a new PostgreSQL database on the throwaway server named by LOUNB_TEST_POSTGRES
/// (./test.sh starts one), or a SQLite file in a temporary folder. Demo data is on; mail goes to a temporary outbox.
/// </summary>
public class LounbAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Lounb-demo-2027";

    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgresAdmin;
    private readonly string? _databaseName;

    public LounbAppFactory(TestDatabase database, IDictionary<string, string?>? overrides = null)
    {
        Database = database;
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Lounb:Database:Provider"] = database.ToString(),
            ["Lounb:Database:DataDirectory"] = DataDirectory,
            ["Lounb:Email:OutboxDirectory"] = OutboxDirectory,
            ["Lounb:DemoData:Enabled"] = "true",
            ["Lounb:DemoData:Password"] = DemoPassword,
            // The demo year's 60 people and their enrolments would change counts other tests rely on.
            ["Lounb:DemoData:ActivityYear"] = "false",
            ["Lounb:Security:RequireStaff2fa"] = "false",
            ["Lounb:Security:AuthPermitPerMinute"] = "10000",
        };
        if (database == TestDatabase.Postgres)
        {
            _postgresAdmin = Environment.GetEnvironmentVariable("LOUNB_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set LOUNB_TEST_POSTGRES to a PostgreSQL connection string (./test.sh starts a throwaway server and sets it).");
            _databaseName = "lounb_test_" + Guid.NewGuid().ToString("N")[..12];
            _settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _databaseName }.ConnectionString;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    /// <summary>The app's PostgreSQL connection string (a database of its own), or null on SQLite.</summary>
    public string? PostgresConnectionString => _settings.GetValueOrDefault("ConnectionStrings:Postgres");

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "lounb-tests", Guid.NewGuid().ToString("N"));

    public string OutboxDirectory => Path.Combine(DataDirectory, "outbox");

    public async Task<T> WithDbAsync<T>(Func<LounbDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LounbDbContext>());
    }

    /// <summary>
    /// Sends every letter queued so far, as a node's mail worker would, and waits for any another worker is sending:
    /// afterwards the outbox folder holds every letter that could be sent.
    /// </summary>
    public Task SendQueuedMailAsync() =>
        DrainAsync(
            (db, now) => MailDispatcher.Unsent(db).AnyAsync(m => m.Attempts < MailDispatcher.Schedule.MaxAttempts && m.DueAt <= now),
            services => services.GetRequiredService<MailDispatcher>().SendDueAsync(default));

    /// <summary>Delivers every integration event saved so far (also the ones its subscribers raise), as a node's outbox worker would.</summary>
    public Task DeliverEventsAsync() =>
        DrainAsync(
            (db, now) => OutboxDispatcher.Undispatched(db).AnyAsync(e => e.Attempts < OutboxDispatcher.Schedule.MaxAttempts && e.DueAt <= now),
            services => services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default));

    /// <summary>The events of type <typeparamref name="T"/> the app's subscribers received, once every saved event was delivered.</summary>
    public async Task<IReadOnlyList<T>> EventsOfAsync<T>()
    {
        await DeliverEventsAsync();
        return Events.Of<T>();
    }

    /// <summary>Runs passes of a queue until nothing in it is due (another worker's claims included), then returns.</summary>
    protected async Task DrainAsync(Func<LounbDbContext, DateTime, Task<bool>> anythingDue, Func<IServiceProvider, Task<int>> pass)
    {
        ArgumentNullException.ThrowIfNull(anythingDue);
        ArgumentNullException.ThrowIfNull(pass);
        for (var round = 0; round < 1000; round++)
        {
            await using var scope = Services.CreateAsyncScope();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            if (!await anythingDue(scope.ServiceProvider.GetRequiredService<LounbDbContext>(), now))
            {
                return;
            }

            if (await pass(scope.ServiceProvider) == 0)
            {
                // Another worker holds the rest: give it a moment to finish.
                await Task.Delay(20);
            }
        }

        Assert.Fail("The queue did not drain.");
    }

    /// <summary>Integration events the app published, in order.</summary>
    public RecordedEvents Events { get; } = new();

    /// <summary>A confirmed person with the Learner role (and Librarian with a library), ready to sign in with <see cref="DemoPassword"/>.</summary>
    public async Task<Guid> CreatePersonAsync(string email, AgeGroup? ageGroup = AgeGroup.Adult18To59, bool consent = false, Guid? libraryId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LounbUser>>();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        var library = libraryId is null ? null : await db.Libraries.SingleAsync(l => l.Id == libraryId);
        var user = new LounbUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = "Тестова Людина " + email[..Math.Min(8, email.Length)],
            Kind = library is null ? PersonKind.Citizen : PersonKind.Librarian, AgeGroup = library is null ? ageGroup : null,
            OblastCode = library?.OblastCode ?? "UA-09", HromadaId = library?.HromadaId, LibraryId = library?.Id, CreatedAt = DateTime.UtcNow,
            GuardianConsent = consent ? new GuardianConsent { GuardianName = "Опікун", GuardianContact = "+380500000000", RecordedAt = DateTime.UtcNow } : null,
        };
        var created = await users.CreateAsync(user, DemoPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        var roles = library is null ? new[] { Roles.Learner } : [Roles.Learner, Roles.Librarian];
        foreach (var roleId in await db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync())
        {
            db.UserRoles.Add(new LounbUserRole { UserId = user.Id, RoleId = roleId });
        }

        await db.SaveChangesAsync();
        return user.Id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // The theme's and the modules' files (/_content/…) from the build output, as Development and a publish have them.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Events);
            services.AddScoped<IIntegrationEventSubscriber<CourseCompleted>, EventRecorder<CourseCompleted>>();
            services.AddScoped<IIntegrationEventSubscriber<AttemptGraded>, EventRecorder<AttemptGraded>>();
            services.AddScoped<IIntegrationEventSubscriber<QuizPassed>, EventRecorder<QuizPassed>>();
            services.AddScoped<IIntegrationEventSubscriber<Lounb.Modules.Webinars.Contracts.WebinarAttended>, EventRecorder<Lounb.Modules.Webinars.Contracts.WebinarAttended>>();
            services.AddScoped<IIntegrationEventSubscriber<Lounb.Modules.Hubs.Contracts.HubReportApproved>, EventRecorder<Lounb.Modules.Hubs.Contracts.HubReportApproved>>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresAdmin);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open leaves a temp folder behind; that is harmless.
        }
    }
}
