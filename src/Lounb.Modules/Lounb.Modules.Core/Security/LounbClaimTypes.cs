namespace Lounb.Modules.Core.Security;

public static class LounbClaimTypes
{
    /// <summary>"Permission@Scope": scope is "*" for national or an oblast code, e.g. "Users.Manage@UA-09".</summary>
    public const string Grant = "lounb:grant";

    /// <summary>Present ("true") while a staff member who must use two-factor sign-in has not set it up.</summary>
    public const string TwoFactorSetupRequired = "lounb:2fa-setup-required";

    public const string FullName = "lounb:name";
}
