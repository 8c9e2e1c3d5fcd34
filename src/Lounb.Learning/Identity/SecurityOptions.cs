using System.ComponentModel.DataAnnotations;

namespace Lounb.Learning.Identity;

/// <summary>Bound from "Lounb:Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Lounb:Security";

    /// <summary>Administrators and methodologists must use two-factor sign-in (true by default, as in Production).</summary>
    public bool RequireStaff2fa { get; set; } = true;

    /// <summary>Sign-in, registration and password-reset posts allowed per minute from one address (a hub class shares one address).</summary>
    [Range(1, 10_000)]
    public int AuthPermitPerMinute { get; set; } = 30;

    [Range(1, 100)]
    public int MaxFailedAccessAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long browsers keep to HTTPS after a visit (Strict-Transport-Security max-age; outside Development).</summary>
    [Range(1, 2 * 365)]
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Whether HSTS also covers subdomains; switch it off only while some subdomain still serves plain HTTP.</summary>
    public bool HstsIncludeSubDomains { get; set; } = true;
}
