using Lounb.Learning.Platform;
using Lounb.Modules.Attestation;
using Lounb.Modules.Assessments;
using Lounb.Modules.Certificates;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Courses;
using Lounb.Modules.Hubs;
using Lounb.Modules.Pages;
using Lounb.Modules.Reports;
using Lounb.Modules.Webinars;

namespace Lounb.Learning.Hosting;

/// <summary>The modules this host runs, listed explicitly (no assembly scanning). Add a new module here.</summary>
internal static class HostModules
{
    public static IReadOnlyList<ILounbModule> Create() =>
    [
        new PlatformModule(),
        new PagesModule(),
        new CoursesModule(),
        new AssessmentsModule(),
        new WebinarsModule(),
        new CertificatesModule(),
        new AttestationModule(),
        new HubsModule(),
        new ReportsModule(),
    ];
}
