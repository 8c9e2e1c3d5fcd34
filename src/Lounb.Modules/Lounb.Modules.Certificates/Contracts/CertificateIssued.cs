using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Certificates.Contracts;

/// <summary>A certificate was issued to a person (a corrected copy of one is not a new issue); raised once per certificate.</summary>
public sealed record CertificateIssued(Guid CertificateId, Guid HolderId, string Number, DateTime IssuedAt) : IIntegrationEvent;

/// <summary>Every certificate issued (corrected copies left out): what a read model of another module (Reports) is rebuilt from.</summary>
public interface ICertificateRegister
{
    IAsyncEnumerable<CertificateIssued> IssuedAsync(CancellationToken ct);
}
