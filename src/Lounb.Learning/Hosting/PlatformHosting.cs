using System.Globalization;
using System.Reflection;
using Lounb.Learning.Audit;
using Lounb.Learning.Backups;
using Lounb.Learning.Data;
using Lounb.Learning.Email;
using Lounb.Learning.Identity;
using Lounb.Learning.Nodes;
using Lounb.Learning.Organisation;
using Lounb.Learning.People;
using Lounb.Learning.Platform;
using Lounb.Learning.Seeding;
using Lounb.Learning.Storage;
using Lounb.Learning.Telemetry;
using Lounb.Learning.Web;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Hosting;

/// <summary>Everything the host wires: data, identity, modules, MVC, localisation, security and operations.</summary>
internal static class PlatformHosting
{
    public const string AuthRateLimitPolicy = "auth";
    public const string AuthCookieName = "lounb.auth";

    public static WebApplicationBuilder AddLounbPlatform(this WebApplicationBuilder builder, ModuleCatalog modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (!modules.IsEnabled(PlatformModule.ModuleId))
        {
            throw new InvalidOperationException("The Platform module cannot be switched off.");
        }

        services.AddSingleton(modules);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new SeedContext(
            builder.Configuration.GetValue<bool>($"{DemoDataOptions.Section}:Enabled") && !builder.Environment.IsProduction()));
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
        services.AddOptions<LocalTimeOptions>().BindConfiguration(LocalTimeOptions.Section)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Lounb:Time:TimeZone is not a known time zone.").ValidateOnStart();
        services.AddSingleton<LocalTime>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<MenuService>();
        services.AddHttpContextAccessor();
        // Ukrainian text is written as UTF-8, not as &#x...; entities: pages stay readable and about half the size.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddLounbDatabase(configuration, builder.Environment);
        AddDataProtection(services, configuration.GetSection("Lounb:DataProtection"));
        AddIdentity(services);
        AddEmail(services);
        AddPlatformServices(services, configuration);
        AddRealtime(services, configuration);
        foreach (var module in modules.Enabled)
        {
            module.ConfigureServices(services, configuration);
        }

        services.RemoveSubscribersToSwitchedOffModules(modules);

        AddAuthorization(services, modules);
        AddMvc(services, modules);
        AddRateLimiting(services, configuration);
        AddCompression(services);
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => o.IsValid(), "Lounb:ReverseProxy: KnownProxies must be IP addresses and KnownNetworks CIDR networks (10.0.0.0/24).").ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, proxy) => proxy.Value.ApplyTo(o));
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            o.MaxAge = TimeSpan.FromDays(security.Value.HstsMaxAgeDays);
            o.IncludeSubDomains = security.Value.HstsIncludeSubDomains;
        });
        // No "Server: Kestrel": the server's name tells an attacker nothing useful to us but something useful to them.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddHealthChecks().AddDbContextCheck<LounbDbContext>("database", tags: ["ready"]);
        builder.AddLounbTelemetry();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        return builder;
    }

    /// <summary>Keys live in the database so several app nodes share cookies; a configured certificate encrypts them at rest.</summary>
    private static void AddDataProtection(IServiceCollection services, IConfigurationSection settings)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("Lounb.Learning").PersistKeysToDbContext<LounbDbContext>();
        var certificatePath = settings["CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, settings["CertificatePassword"]));
        }
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdentity<LounbUser, LounbRole>()
            .AddEntityFrameworkStores<LounbDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<UkrainianIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<LounbClaimsPrincipalFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            o.User.RequireUniqueEmail = true;
            o.SignIn.RequireConfirmedEmail = true;
            o.Password.RequiredLength = 10;
            o.Password.RequireDigit = true;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 4;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = security.Value.MaxFailedAccessAttempts;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.Value.LockoutMinutes);
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AuthCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnValidatePrincipal = SignInCookieCheck.ValidatePrincipalAsync;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = context =>
            {
                // Programs (JSON APIs, SignalR hubs) get 401, not the sign-in page.
                if (context.HttpContext.RequestServices.GetRequiredService<IOptions<ProgramPaths>>().Value.Contains(context.Request.Path))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
    }

    private static void AddEmail(IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<OutboxFolder>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<OutboxEmailSender>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<OutboxEmailSender>());
        services.AddMailQueue();
    }

    private static void AddPlatformServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAuditLog, AuditLog>();
        Lounb.Modules.Core.Events.IntegrationEventServiceCollectionExtensions.AddIntegrationEventOutbox(services);
        services.AddIntegrationEvent<Lounb.Modules.Core.People.AccountConfirmed>("core.account-confirmed");
        services.AddFileStorage(configuration);
        services.AddScoped<UserDirectory>();
        services.AddScoped<Lounb.Modules.Core.People.IPeopleDirectory, Lounb.Modules.Core.People.PeopleDirectory>();
        services.AddScoped<StaffRoleService>();
        services.AddScoped<UserAdminPages>();
        services.AddScoped<StaffHomePage>();
        services.AddScoped<QueueAdministration>();
        services.AddBackups();
        services.AddScoped<AuditLogPages>();
        services.AddScoped<Registration>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<OrganisationCsvImport>();
        services.AddScoped<PlatformSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<AccountMailer>();
        services.AddScoped<PendingAuthenticator>();
    }

    /// <summary>
    /// SignalR for every module's hubs (/hubs/&lt;module&gt;). With ConnectionStrings:Redis set, messages to groups and users
    /// go through the Redis backplane, so a broadcast from one app node reaches connections on every node; while Redis is
    /// lost the hubs drop and refuse connections (<see cref="BackplaneGuard"/>), so browsers reconnect once it is back.
    /// </summary>
    private static void AddRealtime(IServiceCollection services, IConfiguration configuration)
    {
        services.AddNodeCoordination(configuration);
        var redis = configuration.GetConnectionString("Redis");
        var withRedis = !string.IsNullOrWhiteSpace(redis);
        var signalR = services.AddSignalR(o =>
        {
            o.AddFilter<ResultHubFilter>();
            if (withRedis)
            {
                o.AddFilter<BackplaneGuard>();
            }
        });
        if (withRedis)
        {
            services.AddSingleton<BackplaneGuard>();
            signalR.AddStackExchangeRedis(o =>
            {
                o.Configuration = RedisConfiguration.Parse(redis!);
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("lounb");
            });
        }
    }

    private static void AddAuthorization(IServiceCollection services, ModuleCatalog modules)
    {
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization(o =>
        {
            // Security by default: an endpoint without its own policy needs a signed-in person; public pages opt out with [AllowAnonymous].
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var permission in modules.Permissions)
            {
                o.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission.Name)));
            }
        });
    }

    private static void AddMvc(IServiceCollection services, ModuleCatalog modules)
    {
        var enabled = modules.Enabled.Select(m => m.GetType().Assembly).ToHashSet();
        var disabled = modules.All.Select(m => m.GetType().Assembly).Where(a => !enabled.Contains(a)).ToHashSet();
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new OversizeBodyFilter());
                UkrainianModelBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.ModelMetadataDetailsProviders.Add(new RequiredMessages());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Lounb.Modules.Core.SharedText)))
            .ConfigureApplicationPartManager(parts =>
            {
                // A switched-off module's controllers and views disappear with its application parts.
                foreach (var part in parts.ApplicationParts.ToList())
                {
                    if (part is AssemblyPart assemblyPart && disabled.Contains(assemblyPart.Assembly)
                        || part is CompiledRazorAssemblyPart razorPart && disabled.Contains(razorPart.Assembly))
                    {
                        parts.ApplicationParts.Remove(part);
                    }
                }

                foreach (var assembly in enabled.Where(a => a != typeof(PlatformHosting).Assembly))
                {
                    if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                    {
                        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                        {
                            parts.ApplicationParts.Add(part);
                        }
                    }
                }

                var controllers = parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList();
                controllers.ForEach(p => parts.FeatureProviders.Remove(p));
                parts.FeatureProviders.Add(new ModuleControllerFeatureProvider(enabled.ToHashSet<Assembly>()));
            });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "lounb.af";
            // Secure whenever the request is HTTPS (behind a proxy: X-Forwarded-Proto from a known proxy); plain HTTP stays usable on a laptop.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        // The framework leaves the antiforgery and TempData cookies without Secure even over HTTPS.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    /// <summary>
    /// Brotli or gzip for dynamic text (HTML, JSON); static files come precompressed from the build (MapStaticAssets).
    /// Over HTTPS only responses to anonymous requests are compressed (see UseLounbPlatform and docs/deployment.md, BREACH).
    /// </summary>
    private static void AddCompression(IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
    }

    private static void AddRateLimiting(IServiceCollection services, IConfiguration configuration)
    {
        var permit = configuration.GetValue($"{SecurityOptions.Section}:AuthPermitPerMinute", new SecurityOptions().AuthPermitPerMinute);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPerAddressPerMinute(AuthRateLimitPolicy, permit);
        });
    }

    public static WebApplication UseLounbPlatform(this WebApplication app, ModuleCatalog modules)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // The error page learns the status from the failure: 503 while the database is down, 413 for an oversize body.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                StatusCodeSelector = FailureResponses.StatusCodeOf,
            });
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // BREACH: a signed-in person's page over HTTPS may hold a secret next to reflected input, so it is sent uncompressed.
        app.UseWhen(c => !c.Request.IsHttps || !c.Request.Cookies.ContainsKey(AuthCookieName), b => b.UseResponseCompression());
        // Routing before localization: the language cookie counts only on pages offered in English (EnglishPagesCultureProvider).
        app.UseRouting();
        var cultures = Controllers.CultureController.Supported.Select(c => new CultureInfo(c)).ToList();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("uk-UA"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new EnglishPagesCultureProvider()],
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorSetupRequirementMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapLounbMetrics();
        // Static files of the host, the theme and the modules: precompressed at build time (gzip; publish adds Brotli),
        // ETags, and fingerprinted addresses with a year's immutable caching that asp-append-version links resolve to.
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers().WithStaticAssets();
        // Unknown addresses get the Ukrainian 404 page, signed in or not (the fallback authorization policy would otherwise send them to sign-in).
        app.MapFallback("{**path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        foreach (var module in modules.Enabled)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
