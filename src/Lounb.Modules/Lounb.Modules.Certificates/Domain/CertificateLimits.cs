namespace Lounb.Modules.Certificates.Domain;

/// <summary>
/// The limits of certificates and templates, said once: the columns (Data/CertificatesModelConfiguration), the checks
/// (Application) and the messages (CertificateErrors) read them here.
/// </summary>
internal static class CertificateLimits
{
    public const int HolderNameLength = 200;

    /// <summary>A corrected name shorter than this is a typing slip.</summary>
    public const int HolderNameMinLength = 3;

    public const int TitleLength = 300;

    public const int MaxHours = 500;

    public const int RevocationReasonLength = 500;

    public const int VerificationCodeLength = 40;

    public const int TemplateNameLength = 200;

    public const int TemplateTitleLength = 200;

    public const int TemplateBodyLength = 2000;

    public const int SignatoryLength = 100;

    public const int ImageBytes = 300 * 1024;
}
