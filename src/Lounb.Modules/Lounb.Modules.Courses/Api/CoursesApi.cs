using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lounb.Modules.Courses.Api;

/// <summary>JSON the lesson player calls (mark complete, also replayed from the offline queue), stored files, and the lesson service worker.</summary>
internal static class CoursesApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/courses").RequireAuthorization();
        api.MapPost("/runs/{runId:guid}/lessons/{lessonId:guid}/complete", CompleteLessonAsync);

        endpoints.MapGet("/courses/files/{**key}", ServeFileAsync).AllowAnonymous();
        endpoints.MapOfflinePagesWorker("/learn/");
    }

    private static async Task<Results<Ok<CompletionResult>, ProblemHttpResult>> CompleteLessonAsync(
        Guid runId, Guid lessonId, HttpContext context, IAntiforgery antiforgery, LearningService learning, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return CourseErrors.PageExpired.ToProblem();
        }

        var result = await learning.MarkCompleteAsync(context.User.UserId(), runId, lessonId, ct);
        return result.Succeeded(out var completion, out var error) ? TypedResults.Ok(completion) : error.ToProblem();
    }

    /// <summary>A published course's cover is public; a lesson's file is for its course's learners and authors.</summary>
    private static async Task<IResult> ServeFileAsync(string key, HttpContext context, CourseFileAccess access, IFileStorage storage, CancellationToken ct)
    {
        if (await access.FindAsync(context.User, key, ct) is not { } file)
        {
            return TypedResults.NotFound();
        }

        var stream = await storage.OpenReadAsync(key, ct);
        if (stream is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = file.IsPublicCover ? "public, max-age=86400" : "private, max-age=3600";
        var contentType = file.ContentType ?? ContentTypeOf(key);
        return contentType.StartsWith("image/", StringComparison.Ordinal) || contentType.StartsWith("video/", StringComparison.Ordinal) || contentType.StartsWith("audio/", StringComparison.Ordinal)
            ? TypedResults.Stream(stream, contentType, enableRangeProcessing: true)
            : TypedResults.Stream(stream, contentType, file.FileName ?? Path.GetFileName(key));
    }

    private static string ContentTypeOf(string key) => Path.GetExtension(key) switch
    {
        ".png" => "image/png",
        ".jpg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}
