using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Api;
using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Data;
using Lounb.Modules.Certificates.Live;
using Lounb.Modules.Certificates.Pdf;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Certificates;

/// <summary>Certificates: issued on course completion and on quiz passes; PDF with a QR code; public verification (/verify); revocation.</summary>
public sealed class CertificatesModule : ILounbModule
{
    /// <summary>The rate limit of the public verification page (guessing codes is slowed).</summary>
    internal const string VerifyRateLimitPolicy = "certificates-verify";

    public string Id => "Certificates";

    /// <summary>
    /// Courses for a run's certificates. Certificates for passed quizzes and attended webinars are reactions to those
    /// modules' events: with Assessments or Webinars switched off, those subscribers are simply not registered.
    /// </summary>
    public IReadOnlyList<string> DependsOn => ["Courses"];

    public IEnumerable<PermissionDefinition> Permissions => CertificatesPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Мої сертифікати", "/my/certificates", MenuSection.Main, Order: 40, RequiresSignIn: true),
        new("Сертифікати", "/admin/certificates", MenuSection.Staff, Order: 50, Permission: CertificatesPermissions.Manage),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificatesOptions>().BindConfiguration(CertificatesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddProgramPath(CertificatesLive.HubPath);
        var permit = configuration.GetValue($"{CertificatesOptions.Section}:VerifyPermitPerMinute", new CertificatesOptions().VerifyPermitPerMinute);
        services.Configure<RateLimiterOptions>(o => o.AddPerAddressPerMinute(VerifyRateLimitPolicy, permit));
        services.AddSingleton<CertificatePdf>();
        services.AddScoped<CertificateIssuer>();
        services.AddIntegrationEvent<Contracts.CertificateIssued>("certificates.certificate-issued");
        services.AddScoped<Contracts.ICertificateFacts, CertificateFacts>();
        services.AddScoped<CertificateService>();
        services.AddScoped<TemplateGroupPickers>();
        services.AddScoped<CertificateTemplateService>();
        services.AddScoped<CredentialKeys>();
        services.AddScoped<RunCertificates>();
        services.AddScoped<CertificatesDemoYear>();
        services.AddScoped<OpenBadgeCredentials>();
        services.AddScoped<IIntegrationEventSubscriber<CourseCompleted>, IssueOnCourseCompleted>();
        services.AddScoped<IIntegrationEventSubscriber<QuizPassed>, IssueOnQuizPassed>();
        services.AddScoped<IIntegrationEventSubscriber<WebinarAttended>, IssueOnWebinarAttended>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        OpenBadgesApi.Map(endpoints);
        endpoints.MapCertificatesLive();
    }

    public void ConfigureModel(ModelBuilder model) => CertificatesModelConfiguration.Apply(model);

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<CertificatesDemoYear>().SeedAsync(ct);
}
