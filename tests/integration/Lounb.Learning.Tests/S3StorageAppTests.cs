using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace Lounb.Learning.Tests;

/// <summary>The app with Lounb:Storage:Provider = S3: what a methodologist uploads lands in the bucket and is served back from it.</summary>
public abstract partial class S3StorageAppTests(S3App app)
{
    [Fact]
    public async Task CoverUploaded_StoredInTheBucket_ServedBackWholeAndByRange()
    {
        using var staff = new BrowserSession(app);
        await staff.SignInAsync("metodyst@lounb.demo");
        var (courseId, _, _, slug) = await new CourseAuthoringClient(staff).CreatePublishedAsync($"Обкладинка в сховищі {Guid.NewGuid().ToString("N")[..6]}", lessons: 1);
        var page = $"/admin/courses/{courseId}";
        var png = new byte[4096];
        new Random(7).NextBytes(png);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png);
        using (var content = new MultipartFormDataContent())
        {
            content.Add(new StringContent(BrowserSession.FormToken(await staff.GetHtmlAsync(page), $"{page}/cover")), "__RequestVerificationToken");
            content.Add(new ByteArrayContent(png), "file", "cover.png");
            using var uploaded = await staff.Client.PostAsync(new Uri($"{page}/cover", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        // A published course's cover is public: anyone's browser fetches it from the bucket through the app.
        using var visitor = new BrowserSession(app);
        var key = FileLink().Match(await visitor.GetHtmlAsync($"/courses/{slug}")).Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.Equal(png, await app.Bucket.ObjectAsync(key));

        using (var whole = await visitor.GetAsync($"/courses/files/{key}"))
        {
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            Assert.Equal("image/png", whole.Content.Headers.ContentType?.MediaType);
            Assert.Equal(png, await whole.Content.ReadAsByteArrayAsync());
        }

        using var ranged = new HttpRequestMessage(HttpMethod.Get, new Uri($"/courses/files/{key}", UriKind.Relative));
        ranged.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var part = await visitor.Client.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(png[1000..2000], await part.Content.ReadAsByteArrayAsync());

        using var missing = await visitor.GetAsync($"/courses/files/courses/{Guid.NewGuid():N}.png");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [GeneratedRegex("/courses/files/(courses/[0-9a-f]{32}\\.png)")]
    private static partial Regex FileLink();
}

/// <summary>The app keeping its files in a bucket of its own on a local S3-compatible server.</summary>
public abstract class S3App(TestDatabase database) : LounbAppFactory(database)
{
    public S3TestServer Bucket { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Bucket.Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Bucket.Dispose();
        }
    }
}

public sealed class SqliteS3App() : S3App(TestDatabase.Sqlite);

public sealed class PostgresS3App() : S3App(TestDatabase.Postgres);

public sealed class SqliteS3StorageAppTests(SqliteS3App app) : S3StorageAppTests(app), IClassFixture<SqliteS3App>;

public sealed class PostgresS3StorageAppTests(PostgresS3App app) : S3StorageAppTests(app), IClassFixture<PostgresS3App>;
