using System.Security.Claims;
using Lounb.Modules.Core.Data;
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
using Microsoft.EntityFrameworkCore;

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
    private static async Task<IResult> ServeFileAsync(string key, HttpContext context, LounbDbContext db, IFileStorage storage, CancellationToken ct)
    {
        // A cover may be shared by a course and its copies: it is public as soon as one of them is not a draft.
        var cover = await db.Set<Course>().AnyAsync(c => c.CoverImageKey == key && c.Status != CourseStatus.Draft, ct);
        var lesson = cover ? null : await db.Set<Lesson>().AsNoTracking().Where(l => l.FileKey == key)
            .Select(l => new { l.CourseId, l.FileName, l.FileContentType }).FirstOrDefaultAsync(ct);
        if (!cover)
        {
            var courseId = lesson?.CourseId
                ?? await db.Set<Course>().Where(c => c.CoverImageKey == key).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            if (courseId is null || !await MayReadAsync(context.User, db, courseId.Value, ct))
            {
                return TypedResults.NotFound();
            }
        }

        var stream = await storage.OpenReadAsync(key, ct);
        if (stream is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = cover ? "public, max-age=86400" : "private, max-age=3600";
        var contentType = lesson?.FileContentType ?? ContentTypeOf(key);
        return contentType.StartsWith("image/", StringComparison.Ordinal) || contentType.StartsWith("video/", StringComparison.Ordinal) || contentType.StartsWith("audio/", StringComparison.Ordinal)
            ? TypedResults.Stream(stream, contentType, enableRangeProcessing: true)
            : TypedResults.Stream(stream, contentType, lesson?.FileName ?? Path.GetFileName(key));
    }

    private static async Task<bool> MayReadAsync(ClaimsPrincipal user, LounbDbContext db, Guid courseId, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var authorScope = AccessScope.Of(user, CoursesPermissions.Author);
        if (!authorScope.IsNone)
        {
            var owner = await db.Set<Course>().Where(c => c.Id == courseId).Select(c => new { c.OwnerOblastCode }).FirstAsync(ct);
            if (authorScope.Allows(owner.OwnerOblastCode))
            {
                return true;
            }
        }

        var userId = user.UserId();
        return await db.Set<Enrollment>().AnyAsync(e => e.UserId == userId && e.CourseId == courseId
            && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Completed), ct);
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
