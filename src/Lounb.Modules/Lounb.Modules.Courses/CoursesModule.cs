using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Courses.Api;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Courses;

/// <summary>Courses: the catalog (/courses), learning (/learning, /learn/…), authoring and runs (/admin/courses).</summary>
public sealed class CoursesModule : ILounbModule
{
    public string Id => "Courses";

    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => CoursesPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Курси", "/courses", MenuSection.Main, Order: 20),
        new("Моє навчання", "/learning", MenuSection.Main, Order: 30, RequiresSignIn: true),
        new("Курси й набори", "/admin/courses", MenuSection.Staff, Order: 30, Permission: CoursesPermissions.Author),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoursesOptions>().BindConfiguration(CoursesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIntegrationEvent<Contracts.CourseCompleted>("courses.course-completed");
        services.AddIntegrationEvent<Contracts.CourseEnrolled>("courses.course-enrolled");
        services.AddIntegrationEvent<Contracts.LessonCompleted>("courses.lesson-completed");
        services.AddScoped<CoursesDemoYear>();
        foreach (var kind in BuiltInLessonKind.All)
        {
            services.AddSingleton(kind);
        }

        services.AddSingleton<LessonKindRegistry>();
        services.AddScoped<LessonReferencePickers>();
        services.AddScoped<ILessonReferenceSource, CourseReferenceSource>();
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<MyCourseStatuses>();
        services.AddScoped<CourseUploads>();
        services.AddScoped<CourseFileAccess>();
        services.AddScoped<AuthoringStore>();
        services.AddScoped<CourseDetailsService>();
        services.AddScoped<CourseOutlineService>();
        services.AddScoped<LessonEditingService>();
        services.AddScoped<CoursePublishingService>();
        services.AddScoped<RunPagesService>();
        services.AddScoped<RunSeats>();
        services.AddScoped<CourseRunService>();
        services.AddScoped<EnrolmentService>();
        services.AddScoped<CatalogService>();
        services.AddScoped<LearningService>();
        services.AddScoped<ICourseProgress>(sp => sp.GetRequiredService<LearningService>());
        services.AddScoped<ICourseRoster, CourseRoster>();
        services.AddScoped<ICourseFacts, CourseFacts>();
        services.AddScoped<ICourseEnrolments, CourseEnrolments>();
        services.AddScoped<IPageSection, MyLearningSection>();
        services.AddScoped<IPageSection, CatalogHomeSection>();
        services.AddScoped<CoursesSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CoursesApi.Map(endpoints);

    public void ConfigureModel(ModelBuilder model) => CoursesModelConfiguration.Apply(model);

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<CoursesSeeder>().SeedAsync(ct);
}
