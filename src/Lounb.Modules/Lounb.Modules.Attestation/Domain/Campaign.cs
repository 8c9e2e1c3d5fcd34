using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Attestation.Domain;

internal enum CampaignStatus
{
    /// <summary>Being prepared: commission and candidates are added.</summary>
    Draft,

    /// <summary>Running: tests, interviews and decisions.</summary>
    Active,

    /// <summary>Finished; nothing changes any more.</summary>
    Closed,
}

/// <summary>What a campaign's scope lists besides its oblast: hromadas or single libraries (none: the whole oblast).</summary>
internal enum ScopeUnitKind
{
    Hromada,
    Library,
}

internal enum ScheduleDateKind
{
    Interview,
    CommissionMeeting,
}

/// <summary>
/// "At least <see cref="Numerator"/>/<see cref="Denominator"/> of the commission present" (default two thirds).
/// Decisions are then taken by a simple majority of those present, the chair's vote deciding a tie.
/// </summary>
internal readonly record struct QuorumRule(int Numerator, int Denominator)
{
    public static QuorumRule TwoThirds { get; } = new(2, 3);

    public bool IsValid => Denominator is >= 1 and <= AttestationLimits.MaxQuorumDenominator && Numerator >= 1 && Numerator <= Denominator;

    /// <summary>The fewest members present that make a quorum of a commission of <paramref name="composition"/>.</summary>
    public int Needed(int composition) => Math.Max(1, (composition * Numerator + Denominator - 1) / Denominator);

    public bool IsMet(int present, int composition) => present >= Needed(composition);

    public override string ToString() => $"{Numerator}/{Denominator}";
}

/// <summary>The data a methodologist gives a campaign; checked by <see cref="Campaign.Validate"/>.</summary>
internal sealed record CampaignInput(
    string Name,
    string OrderNumber,
    DateOnly? OrderDate,
    string OblastCode,
    DateTime? TestOpensAt,
    DateTime? TestClosesAt,
    int AppealDays,
    QuorumRule Quorum,
    Guid? QuizId);

/// <summary>An attestation campaign: on the basis of an order, within an oblast, with its commission and candidates.</summary>
internal sealed class Campaign
{
    private readonly List<CampaignScopeUnit> _scopeUnits = [];
    private readonly List<CampaignDate> _dates = [];

    /// <summary>For EF Core.</summary>
    private Campaign()
    {
    }

    private Campaign(CampaignInput input, Guid createdById, DateTime now)
    {
        Id = Guid.CreateVersion7();
        OblastCode = input.OblastCode;
        CreatedById = createdById;
        CreatedAt = now;
        Status = CampaignStatus.Draft;
        Apply(input);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The number of the order the attestation is held under (legal basis).</summary>
    public string OrderNumber { get; private set; } = "";

    public DateOnly OrderDate { get; private set; }

    public string OblastCode { get; private set; } = "";

    public CampaignStatus Status { get; private set; }

    public DateTime? TestOpensAt { get; private set; }

    public DateTime? TestClosesAt { get; private set; }

    /// <summary>The quiz of the assessment engine that is the campaign's test.</summary>
    public Guid? QuizId { get; private set; }

    /// <summary>The campaign's self-report questionnaire (an ungraded quiz of the assessment engine), when it has one.</summary>
    public Guid? QuestionnaireId { get; private set; }

    /// <summary>The test was composed on the campaign's page, drawn at random from bank categories (not an existing quiz linked).</summary>
    public bool TestIsDrawn { get; private set; }

    public int AppealDays { get; private set; } = AttestationLimits.DefaultAppealDays;

    public int QuorumNumerator { get; private set; } = 2;

    public int QuorumDenominator { get; private set; } = 3;

    public QuorumRule Quorum => new(QuorumNumerator, QuorumDenominator);

    public Guid CreatedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<CampaignScopeUnit> ScopeUnits => _scopeUnits;

    public IReadOnlyList<CampaignDate> Dates => _dates;

    public static Result<Campaign> Create(CampaignInput input, Guid createdById, DateTime now) =>
        Validate(input) is { } error ? error : new Campaign(Normalise(input), createdById, now);

    public static Error? Validate(CampaignInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name.Trim();
        var order = input.OrderNumber.Trim();
        return name.Length == 0 ? AttestationErrors.NameRequired
            : name.Length > AttestationLimits.NameLength ? AttestationErrors.NameTooLong
            : order.Length == 0 || input.OrderDate is null ? AttestationErrors.OrderRequired
            : order.Length > AttestationLimits.OrderNumberLength ? AttestationErrors.OrderNumberTooLong
            : input.TestOpensAt is { } opens && input.TestClosesAt is { } closes && closes <= opens ? AttestationErrors.TestWindowInvalid
            : input.AppealDays is < AttestationLimits.MinAppealDays or > AttestationLimits.MaxAppealDays ? AttestationErrors.AppealDaysInvalid
            : !input.Quorum.IsValid ? AttestationErrors.QuorumInvalid
            : null;
    }

    /// <summary>Changes the campaign's data; its oblast stays (candidates and commission are chosen within it).</summary>
    public Result Update(CampaignInput input)
    {
        if (Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        if (Validate(input) is { } error)
        {
            return error;
        }

        Apply(Normalise(input));
        return Result.Success();
    }

    /// <summary>Gives the campaign its questionnaire: once, while it is not closed (answers already given stay with the first).</summary>
    public Result AttachQuestionnaire(Guid questionnaireId)
    {
        if (Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        if (QuestionnaireId is not null)
        {
            return AttestationErrors.QuestionnaireExists;
        }

        QuestionnaireId = questionnaireId;
        return Result.Success();
    }

    /// <summary>The test composed from bank categories becomes the campaign's test (until the campaign is closed).</summary>
    public Result UseDrawnTest(Guid quizId)
    {
        if (Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        QuizId = quizId;
        TestIsDrawn = true;
        return Result.Success();
    }

    /// <summary>
    /// Limits the campaign to these hromadas of its oblast (none: the whole oblast); libraries named one by one stay.
    /// Candidates already added stay too.
    /// </summary>
    public void ScopeToHromadas(IReadOnlyCollection<Guid> hromadaIds)
    {
        ArgumentNullException.ThrowIfNull(hromadaIds);
        _scopeUnits.RemoveAll(u => u.Kind == ScopeUnitKind.Hromada && !hromadaIds.Contains(u.UnitId));
        foreach (var hromada in hromadaIds)
        {
            LimitTo(ScopeUnitKind.Hromada, hromada);
        }
    }

    public Result Start()
    {
        if (Status != CampaignStatus.Draft)
        {
            return AttestationErrors.CampaignNotDraft;
        }

        Status = CampaignStatus.Active;
        return Result.Success();
    }

    public Result Close()
    {
        if (Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        Status = CampaignStatus.Closed;
        return Result.Success();
    }

    /// <summary>True while the test may be taken: the campaign runs and the window (when set) is open.</summary>
    public bool IsTestOpen(DateTime now) =>
        Status == CampaignStatus.Active && (TestOpensAt is null || now >= TestOpensAt) && (TestClosesAt is null || now < TestClosesAt);

    /// <summary>True while the test is open and closes within <paramref name="window"/>: those who have not taken it are reminded.</summary>
    public bool TestClosesWithin(DateTime now, TimeSpan window) =>
        QuizId is not null && IsTestOpen(now) && TestClosesAt is { } closes && closes - now <= window;

    /// <summary>The days set aside for interviews, with their place (or link) when given.</summary>
    public IReadOnlyList<CampaignDate> InterviewDays() => _dates.Where(d => d.Kind == ScheduleDateKind.Interview).ToList();

    public void LimitTo(ScopeUnitKind kind, Guid unitId)
    {
        if (!_scopeUnits.Any(u => u.Kind == kind && u.UnitId == unitId))
        {
            _scopeUnits.Add(new CampaignScopeUnit(Id, kind, unitId));
        }
    }

    public Result AddDate(ScheduleDateKind kind, DateOnly date, string? place)
    {
        var trimmed = place?.Trim() ?? "";
        if (trimmed.Length > AttestationLimits.PlaceLength)
        {
            return AttestationErrors.PlaceTooLong;
        }

        if (!_dates.Any(d => d.Kind == kind && d.Date == date))
        {
            _dates.Add(new CampaignDate(Id, kind, date, trimmed.Length == 0 ? null : trimmed));
        }

        return Result.Success();
    }

    private static CampaignInput Normalise(CampaignInput input) =>
        input with { Name = input.Name.Trim(), OrderNumber = input.OrderNumber.Trim() };

    private void Apply(CampaignInput input)
    {
        Name = input.Name;
        OrderNumber = input.OrderNumber;
        OrderDate = input.OrderDate!.Value;
        TestOpensAt = input.TestOpensAt;
        TestClosesAt = input.TestClosesAt;
        AppealDays = input.AppealDays;
        QuorumNumerator = input.Quorum.Numerator;
        QuorumDenominator = input.Quorum.Denominator;
        if (input.QuizId != QuizId)
        {
            QuizId = input.QuizId;
            TestIsDrawn = false;
        }
    }
}

/// <summary>A hromada or library the campaign covers.</summary>
internal sealed class CampaignScopeUnit
{
    /// <summary>For EF Core.</summary>
    private CampaignScopeUnit()
    {
    }

    internal CampaignScopeUnit(Guid campaignId, ScopeUnitKind kind, Guid unitId)
    {
        Id = Guid.CreateVersion7();
        CampaignId = campaignId;
        Kind = kind;
        UnitId = unitId;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public ScopeUnitKind Kind { get; private set; }

    public Guid UnitId { get; private set; }
}

/// <summary>An interview day or a commission meeting of the campaign's schedule.</summary>
internal sealed class CampaignDate
{
    /// <summary>For EF Core.</summary>
    private CampaignDate()
    {
    }

    internal CampaignDate(Guid campaignId, ScheduleDateKind kind, DateOnly date, string? place)
    {
        Id = Guid.CreateVersion7();
        CampaignId = campaignId;
        Kind = kind;
        Date = date;
        Place = place;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public ScheduleDateKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The place or the online link.</summary>
    public string? Place { get; private set; }
}

internal static class CampaignText
{
    public static string Of(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "Підготовка",
        CampaignStatus.Active => "Триває",
        _ => "Завершено",
    };

    public static string Of(CommissionRole role) => role switch
    {
        CommissionRole.Chair => "Голова",
        CommissionRole.Deputy => "Заступник голови",
        CommissionRole.Secretary => "Секретар",
        _ => "Член комісії",
    };

    public static string Of(ScheduleDateKind kind) => kind == ScheduleDateKind.Interview ? "Співбесіди" : "Засідання комісії";
}
