using Lounb.Learning.Seeding;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Hosting;

/// <summary>Tells whoever ran `dotnet run` where the site is and, with demo data, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { "", "Lounb Learning працює: " + string.Join(", ", addresses) };
        if (app.Services.GetRequiredService<SeedContext>().IncludeDemoData)
        {
            var password = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value.Password;
            lines.Add($"Демо-входи (пароль для всіх: {password}):");
            lines.AddRange(DemoDataSeeder.Accounts.Select(a =>
                $"  {a.Email,-34} {Roles.DisplayName(a.Role)}{(a.ScopeOblast is null ? "" : " · " + a.ScopeOblast)}"));
        }

        Console.Out.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }
}
