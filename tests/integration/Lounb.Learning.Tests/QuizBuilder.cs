using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>Builds banks and quizzes through the module's own services (the staff pages have their own tests).</summary>
internal sealed class QuizBuilder(LounbAppFactory app)
{
    public static QuestionContent Single(string name = "Закон") => new()
    {
        Type = QuestionType.SingleChoice, Name = name, Text = "Який закон визначає засади бібліотечної справи?", ShuffleAnswers = false,
        Choices = [new("c1", "«Про бібліотеки і бібліотечну справу»", 1m, "Так, це базовий закон."), new("c2", "«Про культуру»", 0m, "Цей закон загальніший.")],
    };

    public static QuestionContent Multiple() => new()
    {
        Type = QuestionType.MultipleChoice, Name = "Примірник", Text = "Що належить до обов'язкового примірника?", ShuffleAnswers = false,
        Choices = [new("a", "Друковані", 0.5m), new("b", "Електронні", 0.5m), new("c", "Нотатки", -1m)],
    };

    public static QuestionContent TrueFalse() => new() { Type = QuestionType.TrueFalse, Name = "Мова", Text = "Закон про мову ухвалено 2019 року.", CorrectTruth = true };

    public static QuestionContent Short() => new() { Type = QuestionType.ShortAnswer, Name = "Фейк", Text = "Як називають навмисну неправду?", AcceptedAnswers = [new("дезінформація", 1m)] };

    public static QuestionContent Numeric() => new() { Type = QuestionType.Numerical, Name = "Рік", Text = "Рік закону?", NumericAnswers = [new(1995m, 0m, 1m)] };

    public static QuestionContent Matching() => new()
    {
        Type = QuestionType.Matching, Name = "Інструменти", Text = "Установіть відповідність.", ShuffleAnswers = false,
        Pairs = [new("p1", "WHOIS", "власник домену"), new("p2", "Вебархів", "старі версії"), new("p3", "", "погода")],
    };

    public static QuestionContent Ordering() => new() { Type = QuestionType.Ordering, Name = "Кроки", Text = "Розташуйте кроки.", OrderItems = [new("o1", "Зупинитися"), new("o2", "Перевірити"), new("o3", "Вирішити")] };

    public static QuestionContent Essay() => new() { Type = QuestionType.Essay, Name = "Есе", Text = "Опишіть, як навчати перевіряти новини.", DefaultMark = 4m };

    /// <summary>A published quiz of the given questions (in order, answers not shuffled unless said) owned by the demo methodologist.</summary>
    public async Task<(Guid QuizId, IReadOnlyList<Guid> QuestionIds)> PublishedQuizAsync(
        IReadOnlyList<QuestionContent> questions, int? timeLimitMinutes = null, int attempts = 0, GradingMethod method = GradingMethod.Highest, decimal passPercent = 60m,
        NavigationMode navigation = NavigationMode.Free)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var (author, actor, bank, category) = await NewCategoryAsync(services, "Тестова категорія");
        var ids = new List<Guid>();
        foreach (var question in questions)
        {
            var saved = await bank.SaveQuestionAsync(actor, null, category, question, "тест", default);
            Assert.True(saved.IsSuccess, saved.Error?.Message);
            ids.Add(saved.Value);
        }

        var quizzes = services.GetRequiredService<QuizAuthoringService>();
        var settings = new QuizSettings("Тест " + Guid.NewGuid().ToString("N")[..6], "Вступ", null, null, timeLimitMinutes, attempts, method, passPercent,
            ShuffleQuestions: false, ShuffleAnswers: false, QuestionsPerPage: 2, navigation, ReviewTiming.Immediately, true, true, true);
        var quizId = (await quizzes.CreateAsync(author, null, settings, default)).Value;
        Assert.True((await services.GetRequiredService<QuizSlotsService>().AddQuestionsAsync(AccessScope.National, actor, quizId, ids, default)).IsSuccess);
        Assert.True((await quizzes.SetStatusAsync(AccessScope.National, quizId, QuizStatus.Published, default)).IsSuccess);
        return (quizId, ids);
    }

    /// <summary>A quiz that draws <paramref name="draw"/> questions at random from a new category of <paramref name="pool"/> single-choice questions.</summary>
    public async Task<Guid> RandomDrawQuizAsync(int pool, int draw)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var (author, actor, bank, category) = await NewCategoryAsync(services, "Пул");
        for (var i = 1; i <= pool; i++)
        {
            Assert.True((await bank.SaveQuestionAsync(actor, null, category, Single($"Питання пулу {i}"), "", default)).IsSuccess);
        }

        var quizzes = services.GetRequiredService<QuizAuthoringService>();
        var settings = new QuizSettings("Випадковий " + Guid.NewGuid().ToString("N")[..6], "", null, null, null, 0, GradingMethod.Highest, 60m,
            false, false, 0, NavigationMode.Free, ReviewTiming.Immediately, true, true, true);
        var quizId = (await quizzes.CreateAsync(author, null, settings, default)).Value;
        Assert.True((await services.GetRequiredService<QuizSlotsService>().AddDrawAsync(AccessScope.National, actor, quizId, category, false, draw, 2m, default)).IsSuccess);
        Assert.True((await quizzes.SetStatusAsync(AccessScope.National, quizId, QuizStatus.Published, default)).IsSuccess);
        return quizId;
    }

    /// <summary>The demo methodologist (a national author) and a new category of theirs.</summary>
    private static async Task<(Guid Author, BankActor Actor, QuestionBankService Bank, Guid Category)> NewCategoryAsync(IServiceProvider services, string name)
    {
        var db = services.GetRequiredService<LounbDbContext>();
        var author = await db.Set<LounbUser>().Where(u => u.NormalizedEmail == "METODYST@LOUNB.DEMO").Select(u => u.Id).SingleAsync();
        var actor = new BankActor(author, IsNational: true);
        var bank = services.GetRequiredService<QuestionBankService>();
        var category = (await bank.CreateCategoryAsync(actor, $"{name} {Guid.NewGuid().ToString("N")[..6]}", null, false, "", default)).Value;
        return (author, actor, bank, category);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
