namespace Lounb.Modules.Core.Identity;

/// <summary>The lengths of what a person tells about themselves, said once: the columns (CoreModelConfiguration), the forms' checks and their messages.</summary>
public static class PersonLimits
{
    public const int FullNameLength = 200;

    public const int FullNameMinLength = 2;

    /// <summary>Identity's own column length for e-mail addresses and user names.</summary>
    public const int EmailLength = 256;

    public const int GuardianLength = 200;

    public const int PasswordLength = 128;
}
