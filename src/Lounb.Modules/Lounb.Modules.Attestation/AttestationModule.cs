using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.People;
using Lounb.Modules.Courses.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Attestation;

/// <summary>
/// Attestation of library staff: campaigns under an order, a commission with its quorum rule, candidates (from CSV),
/// the test (a quiz of Assessments), the interview, decisions by the members' votes, appeals and conditions.
/// </summary>
public sealed class AttestationModule : ILounbModule
{
    public string Id => "Attestation";

    /// <summary>
    /// None: the test result comes from Assessments' <see cref="AttemptGraded"/> (a filled questionnaire from its
    /// <see cref="QuestionnaireSubmitted"/>) and a met condition from Courses' <see cref="CourseCompleted"/>; with either
    /// switched off, that subscriber is simply not registered.
    /// </summary>
    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => AttestationPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Моя атестація", "/my/attestation", MenuSection.Main, Order: 45, RequiresSignIn: true),
        new("Атестація", "/admin/attestation", MenuSection.Staff, Order: 55, Permission: AttestationPermissions.Manage),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttestationOptions>().BindConfiguration(AttestationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CampaignAccess>();
        services.AddScoped<CampaignWorkflowService>();
        services.AddScoped<LinkableItems>();
        services.AddScoped<CampaignService>();
        services.AddScoped<CampaignLibraries>();
        services.AddScoped<CampaignTestService>();
        services.AddScoped<CampaignEditService>();
        services.AddScoped<CandidatePickService>();
        services.AddScoped<CommissionService>();
        services.AddScoped<MyAttestationService>();
        services.AddScoped<IPageSection, MyAttestationSection>();
        services.AddScoped<AttestationSeeder>();
        services.AddScoped<AttestationDemoYear>();
        services.AddScoped<AttestationDocumentService>();
        services.AddIntegrationEvent<Contracts.AttestationDecided>("attestation.attestation-decided");
        services.AddScoped<IIntegrationEventSubscriber<AttemptGraded>, RecordTestOnAttemptGraded>();
        services.AddScoped<IIntegrationEventSubscriber<CourseCompleted>, MeetConditionOnCourseCompleted>();
        services.AddScoped<IIntegrationEventSubscriber<QuestionnaireSubmitted>, RecordQuestionnaireOnSubmitted>();
        services.AddScoped<IIntegrationEventSubscriber<AccountConfirmed>, LinkCandidatesOnAccountConfirmed>();
        services.AddScoped<CandidateLinks>();
        services.AddScoped<ConditionCourses>();
        services.AddScoped<CampaignQuestionnaire>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ApplyConfigurationsFromAssembly(typeof(AttestationModule).Assembly);
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<AttestationSeeder>().SeedAsync(ct);
}
