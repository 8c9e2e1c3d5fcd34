using Lounb.Modules.Assessments.Application;

namespace Lounb.Modules.Assessments.Areas.Assessments.ViewModels;

/// <param name="Current">The page the server was asked for (the only one shown without JavaScript).</param>
/// <param name="Pages">Every page, so that with JavaScript the learner moves between pages (and answers) without a connection.</param>
internal sealed record AttemptViewModel(AttemptPage Current, IReadOnlyList<IReadOnlyList<ShownQuestion>> Pages, DateTime ServerNow);
