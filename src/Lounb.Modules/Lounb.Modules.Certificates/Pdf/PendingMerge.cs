// TEMPORARY until the PDF branch merges: deleted then.
namespace Lounb.Modules.Certificates.Pdf;

internal sealed class CertificatePdf { public byte[] Render(CertificateDocument document) => throw new NotSupportedException(document.Number); }
