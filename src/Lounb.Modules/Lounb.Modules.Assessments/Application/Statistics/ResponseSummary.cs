using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application.Statistics;

/// <summary>An answer in words for statistics and exports ("Закон України «Про культуру»", "WHOIS → дані про власника домену").</summary>
internal static partial class ResponseSummary
{
    public const string NoAnswer = "— без відповіді —";

    public static string Of(QuestionContent question, string? responseJson)
    {
        if (string.IsNullOrEmpty(responseJson))
        {
            return NoAnswer;
        }

        JsonElement response;
        using (var document = JsonDocument.Parse(responseJson))
        {
            response = document.RootElement.Clone();
        }

        if (Responses.Validate(question, response) is not null)
        {
            return NoAnswer;
        }

        string Plain(string text) => PlainText(text, question.Format);
        var choices = question.Choices.ToDictionary(c => c.Id, c => c.Text);
        return question.Type switch
        {
            QuestionType.SingleChoice => Plain(choices[response.GetString()!]),
            QuestionType.MultipleChoice => Joined(question.Choices.Where(c => response.EnumerateArray().Any(e => e.GetString() == c.Id)).Select(c => Plain(c.Text)), "; "),
            QuestionType.TrueFalse => response.GetBoolean() ? "Правда" : "Неправда",
            QuestionType.ShortAnswer => Blank(AnswerText.Normalize(response.GetString()!, question.CaseSensitive)),
            QuestionType.Numerical => AnswerText.ParseNumber(response.GetString()!)?.ToString(CultureInfo.GetCultureInfo("uk-UA")) ?? NoAnswer,
            QuestionType.Matching => Joined(question.Pairs.Where(p => p.Prompt.Length > 0).Select(p =>
                $"{Plain(p.Prompt)} → {(response.TryGetProperty(p.Id, out var chosen) && question.Pairs.FirstOrDefault(a => a.Id == chosen.GetString()) is { } answer ? Plain(answer.Answer) : "—")}"), "; "),
            QuestionType.Ordering => Joined(response.EnumerateArray().Select(e => Plain(question.OrderItems.First(i => i.Id == e.GetString()).Text)), " → "),
            QuestionType.Essay => Blank(response.GetString()!.Trim()) == NoAnswer ? NoAnswer : "[есе]",
            _ => NoAnswer,
        };
    }

    public static string PlainText(string text, TextFormat format)
    {
        var plain = format == TextFormat.Html ? WebUtility.HtmlDecode(Tags().Replace(text, " ")) : text;
        return Spaces().Replace(plain, " ").Trim();
    }

    private static string Joined(IEnumerable<string> parts, string separator) => Blank(string.Join(separator, parts));

    private static string Blank(string text) => text.Length == 0 ? NoAnswer : text;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
