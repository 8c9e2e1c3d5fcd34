using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lounb.Learning.Tests;

/// <summary>PostgreSQL's client tools next to the test server's binaries (/usr/lib/postgresql/N/bin), when installed.</summary>
internal static class PostgresTools
{
    public static string? Bin { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "pg_dump")) && File.Exists(Path.Combine(b, "pg_restore")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
        : null;
}

/// <summary>A test that needs pg_dump and pg_restore: skipped (and says so) where they are not installed.</summary>
public sealed class PostgresToolsFactAttribute : FactAttribute
{
    public PostgresToolsFactAttribute()
    {
        if (PostgresTools.Bin is null || Environment.GetEnvironmentVariable("LOUNB_TEST_POSTGRES") is null)
        {
            Skip = "pg_dump/pg_restore (/usr/lib/postgresql/N/bin) and LOUNB_TEST_POSTGRES are needed.";
        }
    }
}

/// <summary>
/// Issue 17 §3: a backup is proven by restoring it. The app fills a database (a person, a course with an uploaded cover,
/// a quiz attempt); <c>deploy/postgres-roundtrip.sh</c> dumps it (pg_dump -Fc) with the files folder, restores both into a
/// NEW database and folder and compares every table's row count and every file; then the app starts on the restored
/// copy, has the same people, course and attempt, and serves the uploaded cover byte for byte.
/// </summary>
public sealed partial class PostgresBackupRoundTripTests
{
    [PostgresToolsFact]
    public async Task A_dump_restored_into_a_new_database_keeps_every_row_and_the_restored_app_serves_the_uploaded_file()
    {
        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("LOUNB_TEST_POSTGRES"));
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (sourceDb, restoredDb) = ($"lounb_rt_src_{suffix}", $"lounb_rt_dst_{suffix}");
        var work = Path.Combine(Path.GetTempPath(), "lounb-tests", "roundtrip-" + suffix);
        var files = Path.Combine(work, "files");
        try
        {
            var (coverUrl, cover, email, quizId) = await FillAsync(admin, sourceDb, files);

            var (exitCode, output) = await RoundTripAsync(admin, sourceDb, restoredDb, files);
            Assert.True(exitCode == 0, output);
            Assert.Contains("round trip OK", output, StringComparison.Ordinal);
            Assert.Matches(@"files: [1-9]", output);
            var restoredFiles = RestoredFilesLine().Match(output).Groups[1].Value.Trim();
            Assert.True(Directory.Exists(restoredFiles), output);

            Assert.Equal(await SampleAsync(admin, sourceDb), await SampleAsync(admin, restoredDb));
            using var restored = new LounbAppFactory(TestDatabase.Postgres, new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = Connection(admin, restoredDb), ["Lounb:Storage:Directory"] = restoredFiles,
            });
            using var author = new BrowserSession(restored);
            await author.SignInAsync("metodyst@lounb.demo");
            using var served = await author.GetAsync(coverUrl);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(cover, await served.Content.ReadAsByteArrayAsync());

            using var learner = new BrowserSession(restored);
            await learner.SignInAsync(email);
            Assert.Contains("Продовжити спробу", await learner.GetHtmlAsync($"/quizzes/{quizId}"), StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            foreach (var db in new[] { sourceDb, restoredDb })
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Fills <paramref name="database"/> through the app, then stops the app so nothing writes during the dump.</summary>
    private static async Task<(string CoverUrl, byte[] Cover, string Email, Guid QuizId)> FillAsync(NpgsqlConnectionStringBuilder admin, string database, string files)
    {
        using var source = new LounbAppFactory(TestDatabase.Postgres, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = Connection(admin, database), ["Lounb:Storage:Directory"] = files,
        });
        var email = $"backup.{Guid.NewGuid():N}@example.org";
        await source.CreatePersonAsync(email);

        using var staff = new BrowserSession(source);
        await staff.SignInAsync("metodyst@lounb.demo");
        var courseId = await new CourseAuthoringClient(staff).CreateCourseAsync("Резервна копія: курс з обкладинкою");
        var page = $"/admin/courses/{courseId}";
        var cover = new byte[4096];
        new Random(17).NextBytes(cover);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(cover, 0);
        using (var content = new MultipartFormDataContent())
        {
            content.Add(new StringContent(BrowserSession.FormToken(await staff.GetHtmlAsync(page), $"{page}/cover")), "__RequestVerificationToken");
            content.Add(new ByteArrayContent(cover), "file", "cover.png");
            using var uploaded = await staff.Client.PostAsync(new Uri($"{page}/cover", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var coverKey = await source.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT cover_image_key AS \"Value\" FROM courses_course WHERE id = {0}", courseId).SingleAsync());
        var coverUrl = "/courses/files/" + coverKey;

        var (quizId, _) = await new QuizBuilder(source).PublishedQuizAsync([QuizBuilder.TrueFalse()]);
        using var learner = new BrowserSession(source);
        await learner.SignInAsync(email);
        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/quizzes/{quizId}"));
        using (var started = await learner.PostAsync($"/quizzes/{quizId}/start", [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        await source.DeliverEventsAsync();
        await source.SendQueuedMailAsync();
        return (coverUrl, cover, email, quizId);
    }

    private static async Task<(int ExitCode, string Output)> RoundTripAsync(NpgsqlConnectionStringBuilder admin, string sourceDb, string restoredDb, string files)
    {
        var script = Path.Combine(RepositoryRoot(), "deploy", "postgres-roundtrip.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PG_BIN"] = PostgresTools.Bin;
        start.Environment["PGHOST"] = admin.Host;
        start.Environment["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = admin.Username;
        start.Environment["PGPASSWORD"] = admin.Password ?? "";
        start.Environment["PGDATABASE"] = sourceDb;
        start.Environment["ROUNDTRIP_DATABASE"] = restoredDb;
        start.Environment["LOUNB_FILES_DIR"] = files;
        start.Environment["TMPDIR"] = Path.GetDirectoryName(files);
        start.Environment["KEEP"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A sample of rows read the same way from both databases: the people, the courses with their cover keys, the attempts.</summary>
    private static async Task<string> SampleAsync(NpgsqlConnectionStringBuilder admin, string database)
    {
        await using var connection = new NpgsqlConnection(Connection(admin, database));
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT id::text || ' ' || email || ' ' || full_name FROM identity_user ORDER BY id",
            "SELECT id::text || ' ' || title || ' ' || COALESCE(cover_image_key, '') FROM courses_course ORDER BY id",
            "SELECT id::text || ' ' || quiz_id::text || ' ' || user_id::text || ' ' || state FROM assessments_attempt ORDER BY id",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(lines);
        return string.Join('\n', lines);
    }

    private static string Connection(NpgsqlConnectionStringBuilder admin, string database) =>
        new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database }.ConnectionString;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lounb.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Lounb.sln not found above the test's folder.");
    }

    [GeneratedRegex("restored files: (.+)")]
    private static partial Regex RestoredFilesLine();
}
