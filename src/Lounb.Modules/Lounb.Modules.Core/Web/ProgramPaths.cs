using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Web;

/// <summary>
/// The addresses programs call — the JSON APIs under <c>/api</c> and each module's SignalR hub — which answer a status
/// and <c>application/problem+json</c>, never a page or a redirect to the sign-in page. A module adds its hub with
/// <see cref="ProgramPathRegistration.AddProgramPath"/>; pages that merely start with the same word (the Hubs module's
/// <c>/hubs/…</c>) stay pages.
/// </summary>
public sealed class ProgramPaths
{
    public List<string> Prefixes { get; } = ["/api"];

    public bool Contains(PathString path) => Prefixes.Exists(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}

public static class ProgramPathRegistration
{
    /// <summary>Marks <paramref name="prefix"/> (a SignalR hub's path, say) as an address programs call.</summary>
    public static IServiceCollection AddProgramPath(this IServiceCollection services, string prefix) =>
        services.Configure<ProgramPaths>(paths => paths.Prefixes.Add(prefix));
}
