using System.Security.Claims;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Assessments.Application;

/// <summary>"Мої тести" on the personal dashboard: an interrupted attempt is one tap away; the latest grades.</summary>
internal sealed class MyQuizzesSection(QuizLearnerService learner) : IPageSection
{
    public PageSlot Slot => PageSlot.Dashboard;

    public int Order => 20;

    public string PartialViewName => "~/Areas/Assessments/Views/Shared/_MyQuizzesSection.cshtml";

    public async Task<object?> LoadModelAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mine = await learner.MineAsync(user.UserId(), ct);
        return mine.InProgress.Count == 0 && mine.Grades.Count == 0 ? null : mine;
    }
}
