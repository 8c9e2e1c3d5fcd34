using Lounb.Modules.Assessments.Api;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Statistics;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Courses.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Assessments;

/// <summary>Assessments: question bank, quizzes, attempts, grading and statistics (/admin/assessments, /quizzes, /attempts).</summary>
public sealed class AssessmentsModule : ILounbModule
{
    public string Id => "Assessments";

    /// <summary>Quizzes plug into courses as a lesson kind.</summary>
    public IReadOnlyList<string> DependsOn => ["Courses"];

    public IEnumerable<PermissionDefinition> Permissions => AssessmentsPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Тести", "/quizzes", MenuSection.Main, Order: 35, RequiresSignIn: true),
        new("Тести й банк питань", "/admin/assessments", MenuSection.Staff, Order: 40, Permission: AssessmentsPermissions.Author),
        new("Оцінювання есе", "/admin/grading", MenuSection.Staff, Order: 41, Permission: AssessmentsPermissions.Grade),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssessmentsOptions>().BindConfiguration(AssessmentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIntegrationEvent<Contracts.AttemptGraded>("assessments.attempt-graded");
        services.AddIntegrationEvent<Contracts.QuizPassed>("assessments.quiz-passed");
        services.AddIntegrationEvent<Contracts.QuestionnaireSubmitted>("assessments.questionnaire-submitted");
        services.AddScoped<AssessmentsDemoYear>();
        services.AddSingleton<QuestionContentCache>();
        services.AddSingleton<AttemptFacts>();
        services.AddScoped<IAssessmentFacts, AssessmentFacts>();
        services.AddSingleton<QuestionTextRenderer>();
        services.AddSingleton<ILessonKind, QuizLessonKind>();
        services.AddScoped<ILessonReferenceSource, QuizReferenceSource>();
        services.AddScoped<QuestionBankService>();
        services.AddScoped<QuestionImportService>();
        services.AddScoped<QuizAuthoringService>();
        services.AddScoped<QuizSlotsService>();
        services.AddScoped<QuizOverridesService>();
        services.AddScoped<IDrawnTests, DrawnTests>();
        services.AddScoped<AttemptScope>();
        services.AddScoped<QuizLearnerService>();
        services.AddScoped<AttemptStarter>();
        services.AddScoped<AttemptFinalizer>();
        services.AddScoped<AttemptReader>();
        services.AddScoped<AnswerSaver>();
        services.AddSingleton<AnswerSaveQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<AnswerSaveQueue>());
        services.AddSingleton<AnswerSaveMetrics>();
        services.AddScoped<QuizGrades>();
        services.AddScoped<IQuestionnaires, Questionnaires>();
        services.AddScoped<GradingService>();
        services.AddScoped<QuizStatisticsService>();
        services.AddScoped<StatisticsWorkbook>();
        services.AddScoped<IIntegrationEventSubscriber<QuizPassed>, CompleteLessonOnQuizPassed>();
        services.AddScoped<IPageSection, MyQuizzesSection>();
        services.AddScoped<AssessmentsSeeder>();
        services.AddHostedService<AutoSubmitWorker>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => AttemptsApi.Map(endpoints);

    public void ConfigureModel(ModelBuilder model) => AssessmentsModelConfiguration.Apply(model);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<AssessmentsSeeder>().SeedAsync(ct);
        await services.GetRequiredService<AssessmentsDemoYear>().SeedAsync(ct);
    }
}
