using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Certificates.Application;

/// <summary><see cref="ICertificateFacts"/>: the certificates issued, corrected copies left out, untracked.</summary>
internal sealed class CertificateFacts(LounbDbContext db) : ICertificateFacts
{
    public IAsyncEnumerable<CertificateIssued> IssuedAsync(CancellationToken ct) =>
        db.Set<Certificate>().AsNoTracking()
            .Where(c => c.ReplacesId == null)
            .Select(c => new CertificateIssued(c.Id, c.HolderId, c.Number, c.IssuedAt))
            .AsAsyncEnumerable();
}
