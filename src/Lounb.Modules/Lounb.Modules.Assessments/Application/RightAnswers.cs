using System.Globalization;
using System.Net;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application;

/// <summary>The right answer of a question in words, for review after an attempt (never shown during one).</summary>
internal static class RightAnswers
{
    public static string? Describe(QuestionContent question, QuestionTextRenderer text, Guid versionId)
    {
        string Inline(string value) => text.RenderInline(value, question.Format, versionId);
        string List(IEnumerable<string> items) => "<ul>" + string.Concat(items.Select(i => $"<li>{i}</li>")) + "</ul>";
        var culture = CultureInfo.GetCultureInfo("uk-UA");
        return question.Type switch
        {
            QuestionType.SingleChoice => Inline(question.Choices.OrderByDescending(c => c.Fraction).First().Text),
            QuestionType.MultipleChoice => List(question.Choices.Where(c => c.Fraction > 0).Select(c => Inline(c.Text))),
            QuestionType.TrueFalse => question.CorrectTruth ? "Правда" : "Неправда",
            QuestionType.ShortAnswer => WebUtility.HtmlEncode(question.AcceptedAnswers.Where(a => a.Fraction == 1m).Select(a => a.Text).FirstOrDefault() ?? ""),
            QuestionType.Numerical => string.Join("; ", question.NumericAnswers.Where(a => a.Value is not null && a.Fraction == 1m)
                .Select(a => a.Tolerance == 0 ? a.Value!.Value.ToString(culture) : $"{a.Value!.Value.ToString(culture)} ± {a.Tolerance.ToString(culture)}")),
            QuestionType.Matching => List(question.Pairs.Where(p => p.Prompt.Length > 0).Select(p => $"{Inline(p.Prompt)} → {Inline(p.Answer)}")),
            QuestionType.Ordering => "<ol>" + string.Concat(question.OrderItems.Select(i => $"<li>{Inline(i.Text)}</li>")) + "</ol>",
            _ => null,
        };
    }
}
