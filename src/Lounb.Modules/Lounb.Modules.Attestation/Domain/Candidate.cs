using System.Globalization;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Attestation.Domain;

/// <summary>Where a candidate is: Invited → TestTaken → Interviewed → Decided → Notified → (Appealed → Redecided) → Final.</summary>
internal enum CandidateStep
{
    Invited,
    TestTaken,
    Interviewed,
    Decided,
    Notified,
    Appealed,
    Redecided,
    Final,
}

/// <summary>What happened to a candidate: the steps, and the events between them (a retake, a regraded test, a condition met).</summary>
internal enum CandidateEventKind
{
    Invited,
    TestTaken,
    Interviewed,
    Decided,
    Notified,
    Appealed,
    Redecided,
    Final,
    RetakeGranted,
    TestRegraded,
    InterviewNotesChanged,
    ConditionMet,
    ReminderSent,
    InterviewScheduled,
    QuestionnaireSubmitted,
}

internal static class StepText
{
    public static string Of(CandidateStep step) => step switch
    {
        CandidateStep.Invited => "Запрошено",
        CandidateStep.TestTaken => "Тест складено",
        CandidateStep.Interviewed => "Співбесіду проведено",
        CandidateStep.Decided => "Рішення ухвалено",
        CandidateStep.Notified => "Повідомлено",
        CandidateStep.Appealed => "Подано апеляцію",
        CandidateStep.Redecided => "Рішення переглянуто",
        _ => "Остаточно",
    };
}

/// <summary>The person's data as the methodologist gave it (from the organisation tree or a CSV line).</summary>
internal sealed record CandidatePerson(string Surname, string GivenName, string? Patronymic, string Position, Guid LibraryId, string Email);

/// <summary>
/// A person attested in a campaign, and the record of every step: who did it and when. Nothing is deleted or
/// overwritten: steps and events are added, decisions of later rounds stand beside the first.
/// </summary>
internal sealed class Candidate
{
    private readonly List<CandidateEvent> _events = [];

    /// <summary>For EF Core.</summary>
    private Candidate()
    {
    }

    public Candidate(Guid campaignId, CandidatePerson person, Guid? userId, Guid invitedById, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(person);
        Id = Guid.CreateVersion7();
        CampaignId = campaignId;
        Surname = person.Surname;
        GivenName = person.GivenName;
        Patronymic = string.IsNullOrWhiteSpace(person.Patronymic) ? null : person.Patronymic;
        Position = person.Position;
        LibraryId = person.LibraryId;
        Email = person.Email;
        NormalizedEmail = NormaliseEmail(person.Email);
        UserId = userId;
        AttemptsAllowed = 1;
        Step = CandidateStep.Invited;
        StepChangedAt = now;
        Record(CandidateEventKind.Invited, invitedById, now, null);
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    /// <summary>The person's account, once known (matched by e-mail).</summary>
    public Guid? UserId { get; private set; }

    public string Surname { get; private set; } = "";

    public string GivenName { get; private set; } = "";

    public string? Patronymic { get; private set; }

    public string FullName => Patronymic is null ? $"{Surname} {GivenName}" : $"{Surname} {GivenName} {Patronymic}";

    public string Position { get; private set; } = "";

    public Guid LibraryId { get; private set; }

    public string Email { get; private set; } = "";

    public string NormalizedEmail { get; private set; } = "";

    public CandidateStep Step { get; private set; }

    public DateTime StepChangedAt { get; private set; }

    /// <summary>How many test attempts count: one, plus one for each retake the commission granted.</summary>
    public int AttemptsAllowed { get; private set; }

    /// <summary>The attempts that were counted so far.</summary>
    public int AttemptsCounted { get; private set; }

    public Guid? TestAttemptId { get; private set; }

    public decimal? TestPercent { get; private set; }

    public bool? TestPassed { get; private set; }

    public string? InterviewNotes { get; private set; }

    public DateTime? InterviewAt { get; private set; }

    public string? InterviewPlace { get; private set; }

    public DateTime? NotifiedAt { get; private set; }

    public string? AppealText { get; private set; }

    public IReadOnlyList<CandidateEvent> Events => _events;

    public static string NormaliseEmail(string email) => email.Trim().ToUpperInvariant();

    /// <summary>The last day to appeal: <paramref name="appealDays"/> days after the notification.</summary>
    public DateTime? AppealDeadline(int appealDays) => NotifiedAt?.AddDays(appealDays);

    public void LinkTo(Guid userId) => UserId ??= userId;

    /// <summary>True once the candidate handed in the campaign's questionnaire (the events must be loaded).</summary>
    public bool QuestionnaireFilled => _events.Any(e => e.Kind == CandidateEventKind.QuestionnaireSubmitted);

    /// <summary>
    /// Writes that the candidate handed in the questionnaire: once (the event may come again), at any step but after
    /// the decision is final. Returns true when something changed.
    /// </summary>
    public bool RecordQuestionnaire(DateTime submittedAt)
    {
        if (QuestionnaireFilled || Step == CandidateStep.Final)
        {
            return false;
        }

        Record(CandidateEventKind.QuestionnaireSubmitted, UserId, submittedAt, null);
        return true;
    }

    /// <summary>When the last reminder to take the test was sent (the events must be loaded).</summary>
    public DateTime? LastRemindedAt => _events.Where(e => e.Kind == CandidateEventKind.ReminderSent).Select(e => (DateTime?)e.At).Max();

    /// <summary>
    /// Writes that a reminder to take the test is sent, unless the test is already taken or a reminder went out less
    /// than <paramref name="repeatAfter"/> ago (a double click sends one letter). Returns true when one is due now.
    /// </summary>
    public bool Remind(Guid byId, DateTime now, TimeSpan repeatAfter)
    {
        if (Step != CandidateStep.Invited || LastRemindedAt is { } last && now - last < repeatAfter)
        {
            return false;
        }

        _events.Add(new CandidateEvent(ReminderEventId(Id, now, repeatAfter), Id, CandidateEventKind.ReminderSent, byId, now, null));
        return true;
    }

    /// <summary>
    /// The same for every reminder of one candidate within one period of <paramref name="repeatAfter"/>: two clicks
    /// racing past the check above write the same key, and the database keeps only the first (with its letter).
    /// </summary>
    public static Guid ReminderEventId(Guid candidateId, DateTime now, TimeSpan repeatAfter)
    {
        Span<byte> key = stackalloc byte[24];
        candidateId.TryWriteBytes(key);
        BitConverter.TryWriteBytes(key[16..], now.Ticks / repeatAfter.Ticks);
        return new Guid(System.Security.Cryptography.SHA256.HashData(key)[..16]);
    }

    /// <summary>The secretary sets (or moves) the interview slot: before the interview is held; the slot is checked by <see cref="InterviewSlot"/>.</summary>
    public Result Schedule(InterviewSlot slot, Guid byId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (Step is not (CandidateStep.Invited or CandidateStep.TestTaken))
        {
            return AttestationErrors.StepNotAllowed("Призначити співбесіду", StepText.Of(Step));
        }

        InterviewAt = slot.StartsAt;
        InterviewPlace = slot.Place;
        Record(CandidateEventKind.InterviewScheduled, byId, now, slot.Place);
        return Result.Success();
    }

    /// <summary>
    /// Records a graded attempt of the campaign's test. Idempotent: the same attempt again changes nothing (or updates
    /// the grade after a regrade). Only as many attempts count as <see cref="AttemptsAllowed"/>; a later attempt of the
    /// quiz, or any after the interview, is ignored. Returns true when something changed.
    /// </summary>
    public bool RecordTest(Guid attemptId, decimal percent, bool passed, DateTime gradedAt)
    {
        if (Step is not (CandidateStep.Invited or CandidateStep.TestTaken))
        {
            return false;
        }

        if (TestAttemptId == attemptId)
        {
            if (TestPercent == percent && TestPassed == passed)
            {
                return false;
            }

            TestPercent = percent;
            TestPassed = passed;
            Record(CandidateEventKind.TestRegraded, null, gradedAt, Percent(percent));
            return true;
        }

        if (AttemptsCounted >= AttemptsAllowed)
        {
            return false;
        }

        AttemptsCounted++;
        TestAttemptId = attemptId;
        TestPercent = percent;
        TestPassed = passed;
        Move(CandidateStep.TestTaken, CandidateEventKind.TestTaken, null, gradedAt, Percent(percent));
        return true;
    }

    /// <summary>The commission lets the candidate take the test once more; only after a taken test and with a reason.</summary>
    public Result GrantRetake(string? reason, Guid byId, DateTime now)
    {
        if (!Written(reason, AttestationLimits.NoteLength, AttestationErrors.RetakeNeedsReason, AttestationErrors.NoteTooLong).Succeeded(out var text, out var invalid))
        {
            return invalid;
        }

        if (Step != CandidateStep.TestTaken || AttemptsCounted < AttemptsAllowed)
        {
            return AttestationErrors.StepNotAllowed("Дозволити повторне тестування", StepText.Of(Step));
        }

        AttemptsAllowed++;
        Record(CandidateEventKind.RetakeGranted, byId, now, text);
        return Result.Success();
    }

    /// <summary>The secretary writes the interview notes: after the test; corrected until the decision.</summary>
    public Result RecordInterview(string? notes, Guid byId, DateTime now)
    {
        if (!Written(notes, AttestationLimits.InterviewNotesLength, AttestationErrors.InterviewNotesRequired, AttestationErrors.InterviewNotesTooLong)
                .Succeeded(out var text, out var invalid))
        {
            return invalid;
        }

        switch (Step)
        {
            case CandidateStep.TestTaken:
                InterviewNotes = text;
                Move(CandidateStep.Interviewed, CandidateEventKind.Interviewed, byId, now, null);
                return Result.Success();
            case CandidateStep.Interviewed:
                InterviewNotes = text;
                Record(CandidateEventKind.InterviewNotesChanged, byId, now, null);
                return Result.Success();
            default:
                return AttestationErrors.StepNotAllowed("Записати співбесіду", StepText.Of(Step));
        }
    }

    /// <summary>
    /// The commission decides: after the interview (round 1) or after an appeal (round 2). The votes are counted by
    /// the campaign's rule; without a quorum or a majority nothing is recorded.
    /// </summary>
    public Result<Decision> Decide(
        Commission commission,
        QuorumRule quorum,
        IReadOnlyCollection<Guid> present,
        IReadOnlyDictionary<Guid, AttestationOutcome> votes,
        DecisionInput input,
        Guid byId,
        DateTime now)
    {
        ArgumentNullException.ThrowIfNull(commission);
        var (round, next, kind) = Step switch
        {
            CandidateStep.Interviewed => (1, CandidateStep.Decided, CandidateEventKind.Decided),
            CandidateStep.Appealed => (2, CandidateStep.Redecided, CandidateEventKind.Redecided),
            _ => (0, Step, CandidateEventKind.Decided),
        };
        if (round == 0)
        {
            return AttestationErrors.StepNotAllowed("Ухвалити рішення", StepText.Of(Step));
        }

        if (!commission.Tally(quorum, present, votes).Succeeded(out var tally, out var refused))
        {
            return refused;
        }

        if (!Decision.From(Id, round, tally, votes, input, byId, now).Succeeded(out var decision, out var invalid))
        {
            return invalid;
        }

        Move(next, kind, byId, now, $"{DecisionText.Of(tally.Outcome)}: за {tally.CountFor(tally.Outcome)} із {tally.Present} присутніх");
        return decision;
    }

    /// <summary>The candidate is told of the first decision; the appeal window starts now.</summary>
    public Result Notify(Guid? byId, DateTime now)
    {
        if (Step != CandidateStep.Decided)
        {
            return AttestationErrors.StepNotAllowed("Повідомити про рішення", StepText.Of(Step));
        }

        NotifiedAt = now;
        Move(CandidateStep.Notified, CandidateEventKind.Notified, byId, now, null);
        return Result.Success();
    }

    /// <summary>The candidate appeals, with a reason, within <paramref name="appealDays"/> days of the notification.</summary>
    /// <param name="showTime">How people read a moment (Kyiv time), for the refusal's message.</param>
    public Result Appeal(string? text, Guid byId, int appealDays, DateTime now, Func<DateTime, string> showTime)
    {
        ArgumentNullException.ThrowIfNull(showTime);
        if (Step != CandidateStep.Notified)
        {
            return AttestationErrors.StepNotAllowed("Подати апеляцію", StepText.Of(Step));
        }

        var deadline = AppealDeadline(appealDays)!.Value;
        if (now > deadline)
        {
            return AttestationErrors.AppealTooLate(showTime(deadline));
        }

        if (!Written(text, AttestationLimits.NoteLength, AttestationErrors.AppealReasonRequired, AttestationErrors.NoteTooLong).Succeeded(out var reason, out var invalid))
        {
            return invalid;
        }

        AppealText = reason;
        Move(CandidateStep.Appealed, CandidateEventKind.Appealed, byId, now, reason);
        return Result.Success();
    }

    /// <summary>
    /// The decision becomes final: a re-decision at once; a first decision once the appeal window has passed unused.
    /// </summary>
    public Result MakeFinal(Guid? byId, int appealDays, DateTime now, Func<DateTime, string> showTime)
    {
        ArgumentNullException.ThrowIfNull(showTime);
        if (Step == CandidateStep.Notified && AppealDeadline(appealDays) is { } deadline && now <= deadline)
        {
            return AttestationErrors.AppealWindowOpen(showTime(deadline));
        }

        if (Step is not (CandidateStep.Notified or CandidateStep.Redecided))
        {
            return AttestationErrors.StepNotAllowed("Зробити рішення остаточним", StepText.Of(Step));
        }

        Move(CandidateStep.Final, CandidateEventKind.Final, byId, now, null);
        return Result.Success();
    }

    /// <summary>Writes in the record that a condition was met (by hand or by a completed course).</summary>
    public void ConditionMet(DecisionCondition condition, Guid? byId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.MarkMet(byId, now))
        {
            Record(CandidateEventKind.ConditionMet, byId, now, condition.Text);
        }
    }

    /// <summary>A person's text, trimmed: refused when empty or longer than <paramref name="max"/>.</summary>
    private static Result<string> Written(string? text, int max, Error missing, Error tooLong)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length == 0 ? missing : trimmed.Length > max ? tooLong : trimmed;
    }

    private static string Percent(decimal percent) => $"{percent.ToString("0.#", CultureInfo.InvariantCulture)}%";

    private void Move(CandidateStep step, CandidateEventKind kind, Guid? byId, DateTime now, string? note)
    {
        Step = step;
        StepChangedAt = now;
        Record(kind, byId, now, note);
    }

    private void Record(CandidateEventKind kind, Guid? byId, DateTime now, string? note) =>
        _events.Add(new CandidateEvent(Id, kind, byId, now, note));
}

/// <summary>One line of a candidate's record: what, who (<c>null</c>: the system) and when.</summary>
internal sealed class CandidateEvent
{
    /// <summary>For EF Core.</summary>
    private CandidateEvent()
    {
    }

    public CandidateEvent(Guid candidateId, CandidateEventKind kind, Guid? byId, DateTime at, string? note)
        : this(Guid.CreateVersion7(), candidateId, kind, byId, at, note)
    {
    }

    public CandidateEvent(Guid id, Guid candidateId, CandidateEventKind kind, Guid? byId, DateTime at, string? note)
    {
        Id = id;
        CandidateId = candidateId;
        Kind = kind;
        ById = byId;
        At = at;
        Note = note is { Length: > AttestationLimits.NoteLength } ? note[..AttestationLimits.NoteLength] : note;
    }

    public Guid Id { get; private set; }

    public Guid CandidateId { get; private set; }

    public CandidateEventKind Kind { get; private set; }

    public Guid? ById { get; private set; }

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}

internal static class EventText
{
    public static string Of(CandidateEventKind kind) => kind switch
    {
        CandidateEventKind.Invited => "запрошено",
        CandidateEventKind.TestTaken => "тест складено",
        CandidateEventKind.Interviewed => "співбесіду проведено",
        CandidateEventKind.Decided => "рішення ухвалено",
        CandidateEventKind.Notified => "кандидата повідомлено",
        CandidateEventKind.Appealed => "подано апеляцію",
        CandidateEventKind.Redecided => "рішення переглянуто",
        CandidateEventKind.Final => "рішення остаточне",
        CandidateEventKind.RetakeGranted => "дозволено повторне тестування",
        CandidateEventKind.TestRegraded => "тест переоцінено",
        CandidateEventKind.InterviewNotesChanged => "нотатки співбесіди виправлено",
        CandidateEventKind.ReminderSent => "надіслано нагадування про тест",
        CandidateEventKind.InterviewScheduled => "призначено співбесіду",
        CandidateEventKind.QuestionnaireSubmitted => "анкету самооцінювання заповнено",
        _ => "умову виконано",
    };
}
