using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// The app behind one configured proxy (<see cref="Proxy"/>), with sign-in cookies re-validated on every request (so a
/// changed security stamp shows at once) and a test-only header, <see cref="PeerHeader"/>, that sets the connection's
/// remote address the way a real socket would.
/// </summary>
public class HardenedApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?> { ["Lounb:ReverseProxy:KnownProxies:0"] = Proxy })
{
    public const string Proxy = "10.0.0.1";

    public const string PeerHeader = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
            services.AddSingleton<IStartupFilter, PeerAddressFilter>();
        });
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteHardenedApp() : HardenedApp(TestDatabase.Sqlite);

public sealed class PostgresHardenedApp() : HardenedApp(TestDatabase.Postgres);
