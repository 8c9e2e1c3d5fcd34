using System.Text.Json;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application.Grading;

/// <summary>
/// A learner's answer as JSON, by type: single choice "c2"; multiple choice ["c1","c3"]; true/false true; short answer,
/// numerical and essay a string; matching {"p1":"p2"} (prompt's pair id → chosen answer's pair id); ordering ["o3","o1","o2"].
/// </summary>
internal static class Responses
{
    public const int MaxLength = 20_000;

    /// <summary>Checks an answer against the question it is for; returns a Ukrainian message when it does not fit.</summary>
    public static string? Validate(QuestionContent question, JsonElement response)
    {
        switch (question.Type)
        {
            case QuestionType.Description:
                return "На опис не відповідають.";
            case QuestionType.SingleChoice:
                return response.ValueKind == JsonValueKind.String && question.Choices.Any(c => c.Id == response.GetString())
                    ? null : "Оберіть один із запропонованих варіантів.";
            case QuestionType.MultipleChoice:
                return response.ValueKind == JsonValueKind.Array && response.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && question.Choices.Any(c => c.Id == e.GetString()))
                    ? null : "Оберіть варіанти зі списку.";
            case QuestionType.TrueFalse:
                return response.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "Оберіть «Правда» або «Неправда».";
            case QuestionType.ShortAnswer:
                return response.ValueKind == JsonValueKind.String && response.GetString()!.Length <= 500 ? null : "Відповідь — рядок до 500 символів.";
            case QuestionType.Numerical:
                if (response.ValueKind != JsonValueKind.String)
                {
                    return "Введіть число.";
                }

                var text = response.GetString()!;
                return text.Trim().Length == 0 || AnswerText.ParseNumber(text) is not null ? null : "Введіть число, наприклад 12 або 12,5.";
            case QuestionType.Essay:
                return response.ValueKind == JsonValueKind.String && response.GetString()!.Length <= MaxLength ? null : $"Відповідь задовга: не більше {MaxLength} символів.";
            case QuestionType.Matching:
                if (response.ValueKind != JsonValueKind.Object)
                {
                    return "Оберіть відповідність для кожного рядка.";
                }

                foreach (var property in response.EnumerateObject())
                {
                    var prompt = question.Pairs.FirstOrDefault(p => p.Id == property.Name && p.Prompt.Length > 0);
                    var answerOk = property.Value.ValueKind == JsonValueKind.String && (property.Value.GetString() == "" || question.Pairs.Any(p => p.Id == property.Value.GetString()));
                    if (prompt is null || !answerOk)
                    {
                        return "Оберіть відповідність зі списку.";
                    }
                }

                return null;
            case QuestionType.Ordering:
                if (response.ValueKind != JsonValueKind.Array)
                {
                    return "Розташуйте елементи в порядку.";
                }

                var ids = response.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList();
                return ids.Count == question.OrderItems.Count && ids.Distinct().Count() == ids.Count && ids.All(id => question.OrderItems.Any(i => i.Id == id))
                    ? null : "Розташуйте всі елементи списку.";
            default:
                return "Невідомий тип питання.";
        }
    }
}
