using System.Security.Claims;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Attestation.Application;

/// <summary>«Атестація: тест відкрито до …» on the personal dashboard while the person's attestation test is open.</summary>
internal sealed class MyAttestationSection(MyAttestationService mine) : IPageSection
{
    public PageSlot Slot => PageSlot.Dashboard;

    public int Order => 15;

    public string PartialViewName => "~/Areas/Attestation/Views/Shared/_MyAttestationSection.cshtml";

    public async Task<object?> LoadModelAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var open = (await mine.MineAsync(user.UserId(), ct)).Where(a => a.TestOpen || a.AwaitsInterview).ToList();
        return open.Count == 0 ? null : open;
    }
}
