using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Certificates.Contracts;

/// <summary>A certificate was issued to a person (a corrected copy of one is not a new issue); raised once per certificate.</summary>
public sealed record CertificateIssued(Guid CertificateId, Guid HolderId, string Number, DateTime IssuedAt) : IIntegrationEvent;

/// <summary>
/// Read-only facts of Certificates for another module (Reports): every certificate issued (corrected copies left out),
/// streamed as <see cref="CertificateIssued"/> announced it (what a read model is rebuilt from).
/// </summary>
public interface ICertificateFacts
{
    IAsyncEnumerable<CertificateIssued> IssuedAsync(CancellationToken ct);
}
