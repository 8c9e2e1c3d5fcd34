using System.Text.Json;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Api;

/// <summary>A refusal the attempt page shows as it is (Ukrainian).</summary>
internal sealed record ApiError(string Error);

/// <summary>An answer as the attempt page sends it: the answer's JSON and the client's version of it.</summary>
internal sealed record AnswerPayload(JsonElement Response, long Version);

/// <summary>
/// The JSON the attempt page calls: save one answer (also replayed from the browser's offline store), read every
/// saved answer (resume on another device), and the attempt's clock. Question images are served here too.
/// </summary>
internal static class AttemptsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/attempts/{attemptId:guid}").RequireAuthorization();
        api.MapPut("/answers/{slot:int}", SaveAsync);
        api.MapGet("/answers", AnswersAsync);
        api.MapGet("/clock", ClockAsync);
        api.MapPut("/page/{page:int}", AdvancePageAsync);
        endpoints.MapGet("/assessments/files/{versionId:guid}/{name}", FileAsync).RequireAuthorization();
        endpoints.MapOfflinePagesWorker("/attempts/");
    }

    private static async Task<IResult> SaveAsync(Guid attemptId, int slot, AnswerPayload payload, HttpContext context, IAntiforgery antiforgery, AnswerSaver saver, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Problem(StatusCodes.Status400BadRequest, "Сторінка застаріла: оновіть її — відповіді збережено на пристрої.");
        }

        if (payload.Version <= 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "Відповідь без номера версії не приймається.");
        }

        var result = await saver.SaveAsync(UserId(context), attemptId, slot, payload.Response.GetRawText(), payload.Version, ct);
        return result.IsSuccess
            ? TypedResults.Ok(new { stored = result.Value.Stored, version = result.Value.ServerVersion })
            : ErrorResult(result.Error!);
    }

    /// <summary>Sequential navigation: the learner moved forward; earlier pages are closed from now on.</summary>
    private static async Task<IResult> AdvancePageAsync(Guid attemptId, int page, HttpContext context, IAntiforgery antiforgery, LounbDbContext db, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Problem(StatusCodes.Status400BadRequest, "Сторінка застаріла: оновіть її.");
        }

        var userId = UserId(context);
        await db.Set<Attempt>().Where(a => a.Id == attemptId && a.UserId == userId && a.State == AttemptState.InProgress && a.CurrentPage < page)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.CurrentPage, page), ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> AnswersAsync(Guid attemptId, HttpContext context, AttemptReader reader, CancellationToken ct)
    {
        var answers = await reader.AnswersAsync(UserId(context), attemptId, ct);
        return answers.Count == 0
            ? TypedResults.NotFound()
            : TypedResults.Ok(answers.Select(a => new { slot = a.Slot, version = a.Version, response = a.Response is null ? (JsonElement?)null : JsonDocument.Parse(a.Response).RootElement.Clone() }));
    }

    private static async Task<IResult> ClockAsync(Guid attemptId, HttpContext context, LounbDbContext db, TimeProvider time, CancellationToken ct)
    {
        var userId = UserId(context);
        var attempt = await db.Set<Attempt>().AsNoTracking().Where(a => a.Id == attemptId && a.UserId == userId)
            .Select(a => new { a.State, a.DeadlineAt }).FirstOrDefaultAsync(ct);
        return attempt is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new { state = attempt.State.ToString(), deadline = attempt.DeadlineAt, now = time.GetUtcNow().UtcDateTime });
    }

    /// <summary>An image of a question: for the bank's authors, and for people whose attempt contains that version.</summary>
    private static async Task<IResult> FileAsync(Guid versionId, string name, HttpContext context, LounbDbContext db, CancellationToken ct)
    {
        var userId = UserId(context);
        var allowed = !AccessScope.Of(context.User, AssessmentsPermissions.Author).IsNone
            || await db.Set<AttemptSlot>().AnyAsync(s => s.QuestionVersionId == versionId && db.Set<Attempt>().Any(a => a.Id == s.AttemptId && a.UserId == userId), ct);
        var file = allowed ? await db.Set<QuestionFile>().AsNoTracking().FirstOrDefaultAsync(f => f.VersionId == versionId && f.Name == name, ct) : null;
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=86400, immutable";
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static Guid UserId(HttpContext context) => context.User.UserId();

    private static JsonHttpResult<ApiError> ErrorResult(Error error) => error.Code switch
    {
        "not_found" => Problem(StatusCodes.Status404NotFound, error.Message),
        "conflict" => Problem(StatusCodes.Status409Conflict, error.Message),
        "forbidden" => Problem(StatusCodes.Status403Forbidden, error.Message),
        _ => Problem(StatusCodes.Status400BadRequest, error.Message),
    };

    private static JsonHttpResult<ApiError> Problem(int status, string message) => TypedResults.Json(new ApiError(message), statusCode: status);
}
