using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Data;
using Lounb.Modules.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lounb.Modules.Assessments.Tests.Rules;

/// <summary>A limit lives once: the column, the rule and the message read the same constant of <see cref="AssessmentLimits"/>.</summary>
public class AssessmentLimitsTests
{
    private static readonly IModel Model = BuildModel();

    private static QuizSettings Settings(string title = "Тест", string intro = "", int? timeLimit = null, int attempts = 1, int perPage = 1) =>
        new(title, intro, null, null, timeLimit, attempts, GradingMethod.Highest, 60m, false, true, perPage, NavigationMode.Free, ReviewTiming.Immediately, true, true, true);

    private static IModel BuildModel()
    {
        var builder = new ModelBuilder();
        AssessmentsModelConfiguration.Apply(builder);
        return builder.FinalizeModel();
    }

    private static int? ColumnLength<T>(string property) => Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetMaxLength();

    [Fact]
    public void The_model_s_columns_are_as_long_as_the_limits()
    {
        Assert.Equal(AssessmentLimits.QuizTitleLength, ColumnLength<Quiz>(nameof(Quiz.Title)));
        Assert.Equal(AssessmentLimits.QuizIntroLength, ColumnLength<Quiz>(nameof(Quiz.IntroMarkdown)));
        Assert.Equal(AssessmentLimits.CategoryNameLength, ColumnLength<QuestionCategory>(nameof(QuestionCategory.Name)));
        Assert.Equal(AssessmentLimits.CategoryInfoLength, ColumnLength<QuestionCategory>(nameof(QuestionCategory.Info)));
        Assert.Equal(AssessmentLimits.QuestionNameLength, ColumnLength<Question>(nameof(Question.Name)));
        Assert.Equal(AssessmentLimits.TagsLength, ColumnLength<Question>(nameof(Question.Tags)));
        Assert.Equal(AssessmentLimits.OverrideReasonLength, ColumnLength<QuizOverride>(nameof(QuizOverride.Reason)));
        Assert.Equal(AssessmentLimits.GraderCommentLength, ColumnLength<AttemptSlot>(nameof(AttemptSlot.GraderComment)));
    }

    [Fact]
    public void A_quiz_title_fits_up_to_the_column_and_the_message_names_the_limit()
    {
        Assert.Null(Settings(new string('т', AssessmentLimits.QuizTitleLength)).Check());
        Assert.Equal(AssessmentErrors.QuizTitleTooLong, Settings(new string('т', AssessmentLimits.QuizTitleLength + 1)).Check());
        Assert.Equal(AssessmentErrors.NameRequired, Settings("   ").Check());
        Assert.Contains($"не більше {AssessmentLimits.QuizTitleLength} символів", AssessmentErrors.QuizTitleTooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intro_longer_than_its_column_is_refused_instead_of_failing_in_the_database()
    {
        Assert.Null(Settings(intro: new string('в', AssessmentLimits.QuizIntroLength)).Check());
        Assert.Equal(AssessmentErrors.QuizIntroTooLong, Settings(intro: new string('в', AssessmentLimits.QuizIntroLength + 1)).Check());
    }

    [Theory]
    [InlineData(0, 1, 1, "TimeLimitOutOfRange")]
    [InlineData(AssessmentLimits.MaxTimeLimitMinutes + 1, 1, 1, "TimeLimitOutOfRange")]
    [InlineData(30, -1, 1, "AttemptsAllowedOutOfRange")]
    [InlineData(30, AssessmentLimits.MaxAttemptsAllowed + 1, 1, "AttemptsAllowedOutOfRange")]
    [InlineData(30, 1, AssessmentLimits.MaxQuestionsPerPage + 1, "QuestionsPerPageOutOfRange")]
    public void Quiz_numbers_outside_their_limits_are_refused(int timeLimit, int attempts, int perPage, string name) =>
        Assert.Equal($"Assessments:{name}", Settings(timeLimit: timeLimit, attempts: attempts, perPage: perPage).Check()?.Code);

    [Fact]
    public void Quiz_numbers_at_their_limits_are_accepted() =>
        Assert.Null(Settings(timeLimit: AssessmentLimits.MaxTimeLimitMinutes, attempts: AssessmentLimits.MaxAttemptsAllowed, perPage: AssessmentLimits.MaxQuestionsPerPage).Check());

    [Fact]
    public void A_category_name_and_description_are_checked_against_their_columns()
    {
        Assert.Null(QuestionBankService.CheckCategory(new string('к', AssessmentLimits.CategoryNameLength), new string('о', AssessmentLimits.CategoryInfoLength)));
        Assert.Equal(AssessmentErrors.CategoryNameTooLong, QuestionBankService.CheckCategory(new string('к', AssessmentLimits.CategoryNameLength + 1), ""));
        Assert.Equal(AssessmentErrors.CategoryInfoTooLong, QuestionBankService.CheckCategory("Закони", new string('о', AssessmentLimits.CategoryInfoLength + 1)));
        Assert.Equal(AssessmentErrors.NameRequired, QuestionBankService.CheckCategory(" ", ""));
    }

    [Fact]
    public void The_longest_tags_allowed_still_fit_into_the_tags_column()
    {
        var tags = string.Join(',', Enumerable.Range(0, 30).Select(i => $"{i:D2}" + new string('м', AssessmentLimits.TagLength - 2)));

        var stored = QuestionBankService.NormalizeTags(tags);

        Assert.True(stored.Length <= AssessmentLimits.TagsLength, $"{stored.Length} characters");
        Assert.StartsWith("00", stored, StringComparison.Ordinal);
        Assert.Equal(AssessmentLimits.TagsLength / (AssessmentLimits.TagLength + 1), stored.Split(',').Length);
        Assert.Equal("закон,бібліотека", QuestionBankService.NormalizeTags(" Закон ; бібліотека, закон," + new string('д', AssessmentLimits.TagLength + 1)));
    }

    [Fact]
    public void A_question_name_is_checked_against_its_column()
    {
        var question = new QuestionContent { Type = QuestionType.Essay, Name = new string('п', AssessmentLimits.QuestionNameLength), Text = "Опишіть." };
        Assert.Empty(QuestionRules.Check(question));
        Assert.Contains($"Назва задовга: не більше {AssessmentLimits.QuestionNameLength} символів.", QuestionRules.Check(question with { Name = question.Name + "п" }));
    }

    [Fact]
    public void Choice_questions_need_at_least_the_minimum_of_options()
    {
        var one = new QuestionContent { Type = QuestionType.SingleChoice, Name = "Столиця", Text = "Яка?", Choices = [new Choice("c1", "Київ", 1m, "")] };
        Assert.Contains("Додайте щонайменше два варіанти відповіді.", QuestionRules.Check(one));
        Assert.Empty(QuestionRules.Check(one with { Choices = [.. one.Choices, new Choice("c2", "Львів", 0m, "")] }));
    }

    [Theory]
    [InlineData(null, null, false, "OverrideChangesNothing")]
    [InlineData(AssessmentLimits.MaxTimeLimitMinutes + 1, null, false, "OverrideOutOfRange")]
    [InlineData(null, AssessmentLimits.MaxAttemptsAllowed + 1, false, "OverrideOutOfRange")]
    [InlineData(null, null, true, null)]
    [InlineData(AssessmentLimits.MaxTimeLimitMinutes, AssessmentLimits.MaxAttemptsAllowed, false, null)]
    public void An_exception_changes_something_within_the_quiz_limits(int? timeLimit, int? attempts, bool closes, string? name) =>
        Assert.Equal(name is null ? null : $"Assessments:{name}", QuizOverridesService.Check(timeLimit, attempts, closes ? new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) : null)?.Code);
}
