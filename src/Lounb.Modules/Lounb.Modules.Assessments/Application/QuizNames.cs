using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Ukrainian names of quiz settings, for pages and exports.</summary>
internal static class QuizNames
{
    public static string Of(GradingMethod method) => method switch
    {
        GradingMethod.Highest => "найвища з оцінок спроб",
        GradingMethod.Last => "оцінка останньої спроби",
        GradingMethod.First => "оцінка першої спроби",
        GradingMethod.Average => "середня оцінка спроб",
        _ => method.ToString(),
    };
}
