namespace Lounb.Modules.Assessments.Domain;

internal enum QuizStatus
{
    Draft,
    Published,
    Archived,
}

/// <summary>How the final grade comes from several attempts.</summary>
internal enum GradingMethod
{
    Highest,
    Last,
    First,
    Average,
}

internal enum NavigationMode
{
    /// <summary>Pages in any order, back and forth.</summary>
    Free,

    /// <summary>Forward only: a page left cannot be opened again.</summary>
    Sequential,
}

/// <summary>When a learner may look back at a finished attempt.</summary>
internal enum ReviewTiming
{
    Immediately,
    AfterClose,
    Never,
}

/// <summary>A quiz: settings and slots (fixed questions or random draws from a category).</summary>
internal sealed class Quiz
{
    public Quiz(string title, Guid ownerId, string? ownerOblastCode, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        Title = title;
        OwnerId = ownerId;
        OwnerOblastCode = ownerOblastCode;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Title { get; set; }

    public string IntroMarkdown { get; set; } = "";

    public Guid OwnerId { get; private set; }

    /// <summary>The oblast whose authors may edit it; null for national quizzes.</summary>
    public string? OwnerOblastCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public QuizStatus Status { get; set; }

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public int? TimeLimitMinutes { get; set; }

    /// <summary>0 for unlimited.</summary>
    public int AttemptsAllowed { get; set; } = 1;

    public GradingMethod GradingMethod { get; set; }

    /// <summary>Pass mark in percent of the maximum.</summary>
    public decimal PassPercent { get; set; } = 60m;

    public bool ShuffleQuestions { get; set; }

    public bool ShuffleAnswers { get; set; } = true;

    /// <summary>0 puts every question on one page.</summary>
    public int QuestionsPerPage { get; set; } = 1;

    public NavigationMode Navigation { get; set; }

    public ReviewTiming ReviewTiming { get; set; }

    public bool ReviewShowsMarks { get; set; } = true;

    public bool ReviewShowsCorrectAnswers { get; set; } = true;

    public bool ReviewShowsFeedback { get; set; } = true;

    /// <summary>
    /// A questionnaire (a self-report form): nothing in it is right or wrong, so a submitted attempt is never graded,
    /// has no score or pass mark and ends <see cref="AttemptState.Submitted"/>.
    /// </summary>
    public bool IsQuestionnaire { get; set; }

    public List<QuizSlot> Slots { get; } = [];

    public List<QuizOverride> Overrides { get; } = [];

    public bool IsOpenAt(DateTime now) => Status == QuizStatus.Published && (OpensAt is null || OpensAt <= now) && (ClosesAt is null || now < ClosesAt);
}

/// <summary>A place in the quiz: one question, or a random draw of <see cref="DrawCount"/> questions from a category.</summary>
internal sealed class QuizSlot
{
    private QuizSlot()
    {
    }

    public static QuizSlot ForQuestion(Guid quizId, int position, Guid questionId, decimal mark) =>
        new() { Id = Guid.CreateVersion7(), QuizId = quizId, Position = position, QuestionId = questionId, Mark = mark, DrawCount = 1 };

    public static QuizSlot ForDraw(Guid quizId, int position, Guid categoryId, bool includeSubcategories, int count, decimal mark) =>
        new() { Id = Guid.CreateVersion7(), QuizId = quizId, Position = position, CategoryId = categoryId, IncludeSubcategories = includeSubcategories, DrawCount = count, Mark = mark };

    public Guid Id { get; private set; }

    public Guid QuizId { get; private set; }

    public int Position { get; set; }

    public Guid? QuestionId { get; private set; }

    public Guid? CategoryId { get; private set; }

    public bool IncludeSubcategories { get; private set; }

    /// <summary>Questions this slot puts in an attempt: 1 for a fixed question, N for a draw.</summary>
    public int DrawCount { get; private set; }

    /// <summary>Marks each question of the slot is worth.</summary>
    public decimal Mark { get; set; }

    public bool IsDraw => CategoryId is not null;
}

/// <summary>An exception for one person (an inclusion accommodation, a missed exam): more time, more attempts, a later close.</summary>
internal sealed class QuizOverride
{
    public QuizOverride(Guid quizId, Guid userId)
    {
        QuizId = quizId;
        UserId = userId;
    }

    public Guid QuizId { get; private set; }

    public Guid UserId { get; private set; }

    public int? TimeLimitMinutes { get; set; }

    public int? AttemptsAllowed { get; set; }

    public DateTime? ClosesAt { get; set; }

    public string Reason { get; set; } = "";
}
