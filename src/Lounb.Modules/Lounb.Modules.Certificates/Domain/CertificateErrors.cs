using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Certificates.Domain;

internal static class CertificateErrors
{
    public static readonly Error NotFound = Error.NotFound("Сертифікат не знайдено.");
    public static readonly Error ReasonRequired = Error.Validation("Вкажіть причину відкликання (до 500 символів).");
    public static readonly Error AlreadyRevoked = Error.Conflict("Сертифікат уже відкликано.");
}
