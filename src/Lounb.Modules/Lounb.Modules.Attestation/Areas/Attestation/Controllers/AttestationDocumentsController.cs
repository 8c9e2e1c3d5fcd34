using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Attestation.Documents;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>
/// The campaign's documents, downloaded (GET, nothing changes): the attestation sheet, the protocol (PDF, Excel) and the
/// summary for the campaign's methodologists and commission; the own sheet for a candidate. Anyone else gets 404.
/// </summary>
[Area("Attestation")]
[Authorize]
internal sealed class AttestationDocumentsController(AttestationDocumentService documents) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, AttestationPermissions.Manage);

    [HttpGet("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/sheet.pdf")]
    public async Task<IActionResult> Sheet(Guid campaignId, Guid candidateId, CancellationToken ct) =>
        Download(await documents.SheetAsync(Scope, User.UserId(), campaignId, candidateId, ct));

    [HttpGet("/my/attestation/{candidateId:guid}/sheet.pdf")]
    public async Task<IActionResult> MySheet(Guid candidateId, CancellationToken ct) =>
        Download(await documents.MySheetAsync(User.UserId(), candidateId, ct));

    [HttpGet("/attestation/campaigns/{campaignId:guid}/protocol.pdf")]
    public async Task<IActionResult> ProtocolPdf(Guid campaignId, CancellationToken ct) =>
        Download(await documents.ProtocolPdfAsync(Scope, User.UserId(), campaignId, ct));

    [HttpGet("/attestation/campaigns/{campaignId:guid}/protocol.xlsx")]
    public async Task<IActionResult> ProtocolExcel(Guid campaignId, CancellationToken ct) =>
        Download(await documents.ProtocolExcelAsync(Scope, User.UserId(), campaignId, ct));

    [HttpGet("/attestation/campaigns/{campaignId:guid}/summary.xlsx")]
    public async Task<IActionResult> Summary(Guid campaignId, CancellationToken ct) =>
        Download(await documents.SummaryExcelAsync(Scope, User.UserId(), campaignId, ct));

    private IActionResult Download(Result<DocumentFile> result) =>
        result.Succeeded(out var file, out var error) ? File(file.Content, file.ContentType, file.FileName) : this.Refuse(error);
}
