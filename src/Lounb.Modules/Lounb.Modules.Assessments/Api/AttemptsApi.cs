using System.Text.Json;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lounb.Modules.Assessments.Api;

/// <summary>An answer as the attempt page sends it: the answer's JSON and the client's version of it.</summary>
internal sealed record AnswerPayload(JsonElement Response, long Version);

/// <summary>One answer of several the attempt page sends together: the slot, the answer's JSON and its version.</summary>
internal sealed record SlotAnswerPayload(int Slot, JsonElement Response, long Version);

/// <summary>Answers the attempt page had queued (a page change, a reconnection), saved in one request.</summary>
internal sealed record AnswersPayload(IReadOnlyList<SlotAnswerPayload>? Answers);

/// <summary>
/// The JSON the attempt page calls: save one answer (also replayed from the browser's offline store), read every
/// saved answer (resume on another device), and the attempt's clock. Question images are served here too. A refusal
/// is <c>application/problem+json</c> whose <c>detail</c> the page shows and whose <c>code</c> is <c>Assessments:&lt;Name&gt;</c>.
/// </summary>
internal static class AttemptsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/attempts/{attemptId:guid}").RequireAuthorization();
        api.MapPut("/answers/{slot:int}", SaveAsync);
        api.MapPut("/answers", SaveManyAsync);
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
            return AssessmentErrors.AnswerPageStale.ToProblem();
        }

        var result = await saver.SaveAsync(UserId(context), attemptId, slot, payload.Response.GetRawText(), payload.Version, ct);
        return result.Succeeded(out var outcome, out var refused)
            ? TypedResults.Ok(new { stored = outcome.Stored, version = outcome.ServerVersion })
            : refused.ToProblem();
    }

    /// <summary>
    /// Several answers of the attempt in one request, each acknowledged on its own in the same order: <c>stored</c> and
    /// the server's <c>version</c>, or the refusal's <c>status</c>, <c>code</c> and Ukrainian <c>detail</c> — a refused
    /// answer leaves the others saved. The request itself is refused only as a whole (stale page, too many answers).
    /// </summary>
    private static async Task<IResult> SaveManyAsync(Guid attemptId, AnswersPayload payload, HttpContext context, IAntiforgery antiforgery, AnswerSaver saver, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AssessmentErrors.AnswerPageStale.ToProblem();
        }

        var answers = payload.Answers ?? [];
        if (answers.Count > AssessmentLimits.MaxAnswersPerRequest)
        {
            return AssessmentErrors.TooManyAnswers.ToProblem();
        }

        // A missing answer or response is refused as a damaged one (an empty text is not JSON), its neighbours saved.
        var inputs = answers.Select(a => a is null ? new AnswerInput(0, "", 0)
            : new AnswerInput(a.Slot, a.Response.ValueKind == JsonValueKind.Undefined ? "" : a.Response.GetRawText(), a.Version)).ToList();
        var results = await saver.SaveManyAsync(UserId(context), attemptId, inputs, ct);
        return TypedResults.Ok(new
        {
            answers = inputs.Select((answer, i) => results[i].Succeeded(out var outcome, out var refused)
                ? (object)new { slot = answer.Slot, stored = outcome.Stored, version = outcome.ServerVersion }
                : new { slot = answer.Slot, status = ErrorResponses.StatusCodeOf(refused.Kind), code = refused.Code, detail = refused.Message }),
        });
    }

    /// <summary>Sequential navigation: the learner moved forward; earlier pages are closed from now on.</summary>
    private static async Task<IResult> AdvancePageAsync(Guid attemptId, int page, HttpContext context, IAntiforgery antiforgery, AnswerSaver saver, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AssessmentErrors.PageStale.ToProblem();
        }

        // Another person's attempt is not found, as for its answers and clock.
        return await saver.AdvancePageAsync(UserId(context), attemptId, page, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<IResult> AnswersAsync(Guid attemptId, HttpContext context, AttemptReader reader, CancellationToken ct)
    {
        var answers = await reader.AnswersAsync(UserId(context), attemptId, ct);
        return answers.Count == 0
            ? TypedResults.NotFound()
            : TypedResults.Ok(answers.Select(a => new { slot = a.Slot, version = a.Version, response = a.Response is null ? (JsonElement?)null : JsonDocument.Parse(a.Response).RootElement.Clone() }));
    }

    private static async Task<IResult> ClockAsync(Guid attemptId, HttpContext context, AttemptReader reader, TimeProvider time, CancellationToken ct) =>
        await reader.ClockAsync(UserId(context), attemptId, ct) is { } attempt
            ? TypedResults.Ok(new { state = attempt.State.ToString(), deadline = attempt.DeadlineAt, now = time.GetUtcNow().UtcDateTime })
            : TypedResults.NotFound();

    /// <summary>An image of a question: for the bank's authors, and for people whose attempt contains that version.</summary>
    private static async Task<IResult> FileAsync(Guid versionId, string name, HttpContext context, AttemptReader reader, CancellationToken ct)
    {
        var isAuthor = !AccessScope.Of(context.User, AssessmentsPermissions.Author).IsNone;
        if (await reader.FileAsync(UserId(context), isAuthor, versionId, name, ct) is not { } file)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=86400, immutable";
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static Guid UserId(HttpContext context) => context.User.UserId();
}
