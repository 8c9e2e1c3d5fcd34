using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>A candidate's handed-in questionnaire as the commission reads it.</summary>
internal sealed record QuestionnairePage(Campaign Campaign, Candidate Candidate, SubmittedQuestionnaire Answers);

/// <summary>
/// The campaign's self-report questionnaire: the methodologist gives the campaign the standard one; its commission and
/// its methodologists read a candidate's answers, and every such reading is written to the audit log (who, whom,
/// when). Anyone else is told the campaign does not exist, and nothing is written.
/// </summary>
internal sealed class CampaignQuestionnaire(LounbDbContext db, CampaignAccess access, IEnumerable<IQuestionnaires> questionnaires, IAuditLog audit)
{
    /// <summary>The audit action of one reading of a candidate's answers.</summary>
    public const string AnswersRead = "attestation.questionnaire.read";

    /// <summary>Creates the standard questionnaire (<see cref="StandardQuestionnaire"/>) and makes it the campaign's.</summary>
    public async Task<Result> AttachStandardAsync(AccessScope scope, Guid userId, Guid campaignId, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        if (questionnaires.FirstOrDefault() is not { } engine)
        {
            return AttestationErrors.QuestionnairesUnavailable;
        }

        // The questionnaire and the link are committed together; a refused link leaves no questionnaire behind.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var questionnaireId = await engine.CreateAsync(StandardQuestionnaire.Draft, userId, reach.Campaign.OblastCode, ct);
        if (reach.Campaign.AttachQuestionnaire(questionnaireId).Failed(out var error))
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Success();
    }

    /// <summary>A candidate's answers for the campaign's commission and methodologists; the reading is audited.</summary>
    public async Task<Result<QuestionnairePage>> AnswersAsync(AccessScope scope, Guid userId, Guid campaignId, Guid candidateId, CancellationToken ct)
    {
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var candidate = await db.Set<Candidate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId && c.CampaignId == campaignId, ct);
        if (candidate is null)
        {
            return AttestationErrors.CandidateNotFound;
        }

        var answers = reach.Campaign.QuestionnaireId is { } questionnaireId && candidate.UserId is { } person && questionnaires.FirstOrDefault() is { } engine
            ? await engine.SubmittedAsync(questionnaireId, person, ct)
            : null;
        if (answers is null)
        {
            return AttestationErrors.QuestionnaireNotFilled;
        }

        var role = reach.Role is { } member ? CampaignText.Of(member) : "Методист";
        await audit.RecordNowAsync(AnswersRead, $"campaign:{campaignId} candidate:{candidateId}",
            $"Переглянуто анкету самооцінювання кандидата {candidate.FullName} ({candidate.Email}) у кампанії «{reach.Campaign.Name}»; хто читав: {role}.", ct);
        return new QuestionnairePage(reach.Campaign, candidate, answers);
    }
}

/// <summary>The questionnaire a campaign gets: motivation, professional self-assessment on a 1–5 scale, training needs.</summary>
internal static class StandardQuestionnaire
{
    public const string Title = "Анкета самооцінювання бібліотечного працівника";

    public static readonly QuestionnaireDraft Draft = new(Title,
        "Анкета не оцінюється: правильних чи неправильних відповідей у ній немає. Відповіді бачать лише члени атестаційної " +
        "комісії та методист кампанії; кожен перегляд записується в журнал аудиту.",
        [
            new("Чому ви хочете працювати в українському культурному просторі своєї громади? Що для вас означає робота бібліотеки після деокупації?", QuestionnaireAnswerKind.Text),
            new("Оцініть своє знання законодавства України про бібліотечну справу та культуру (1 — дуже низько, 5 — дуже добре).", QuestionnaireAnswerKind.Scale),
            new("Оцініть, наскільки вільно ви спілкуєтеся українською мовою з читачами й колегами.", QuestionnaireAnswerKind.Scale),
            new("Оцініть свої цифрові навички: електронний каталог, послуги «Дії», онлайн-заходи.", QuestionnaireAnswerKind.Scale),
            new("Оцініть свою готовність протидіяти дезінформації та вчити читачів медіаграмотності.", QuestionnaireAnswerKind.Scale),
            new("Оцініть свій досвід роботи з дітьми та молоддю (Code Club, читання, клуби за інтересами).", QuestionnaireAnswerKind.Scale),
            new("Якого навчання ви потребуєте найбільше в найближчий рік (курси, вебінари, стажування)?", QuestionnaireAnswerKind.Text),
        ]);
}
