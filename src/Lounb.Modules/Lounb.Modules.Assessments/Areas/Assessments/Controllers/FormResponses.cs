using System.Text.Json;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Microsoft.AspNetCore.Http;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>An answer read from the attempt form: its JSON, nothing (not answered), or a problem to tell the learner.</summary>
internal sealed record FormResponse(string? Json, string? Problem);

/// <summary>
/// Reads the attempt page's fields into answers, the same JSON the page's script sends (see
/// <see cref="Application.Grading.Responses"/>): <c>q{slot}</c> for one value or a list, <c>q{slot}.{id}</c> for a
/// matching prompt's answer or an ordering item's position.
/// </summary>
internal static class FormResponses
{
    public static FormResponse Build(ShownQuestion question, IFormCollection form)
    {
        var name = $"q{question.Slot}";
        var values = form[name];
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
                return values.Count == 0 ? None : Json(values[0]);
            case QuestionType.MultipleChoice:
                return form.ContainsKey(name) || form.ContainsKey(name + ".present") ? Json(values.Where(v => v is not null).ToArray()) : None;
            case QuestionType.TrueFalse:
                return values.Count == 0 ? None : Json(values[0] == "true");
            case QuestionType.ShortAnswer or QuestionType.Numerical or QuestionType.Essay:
                return values.Count == 0 ? None : Json(values[0] ?? "");
            case QuestionType.Matching:
                var chosen = question.Prompts.ToDictionary(p => p.Id, p => form[$"{name}.{p.Id}"].FirstOrDefault() ?? "");
                return chosen.Values.All(v => v.Length == 0) ? None : Json(chosen);
            case QuestionType.Ordering:
                return Ordering(question, form, name);
            default:
                return None;
        }
    }

    private static FormResponse None { get; } = new(null, null);

    private static FormResponse Ordering(ShownQuestion question, IFormCollection form, string name)
    {
        var positions = question.Options.Select(o => (o.Id, Position: int.TryParse(form[$"{name}.{o.Id}"].FirstOrDefault(), out var p) ? p : 0)).ToList();
        if (positions.All(p => p.Position == 0))
        {
            return None;
        }

        if (positions.Any(p => p.Position < 1 || p.Position > positions.Count) || positions.Select(p => p.Position).Distinct().Count() != positions.Count)
        {
            return new FormResponse(null, "кожному елементу потрібне своє місце (1, 2, 3 …) без повторів.");
        }

        return Json(positions.OrderBy(p => p.Position).Select(p => p.Id).ToArray());
    }

    private static FormResponse Json<T>(T value) => new(JsonSerializer.Serialize(value), null);
}
