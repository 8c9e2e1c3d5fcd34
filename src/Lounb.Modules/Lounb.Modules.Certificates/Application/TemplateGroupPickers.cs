using System.Security.Claims;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;

namespace Lounb.Modules.Certificates.Application;

/// <summary>
/// The picker of a certificate template's group (the course, quiz or webinar series it is for), built from the
/// modules' <see cref="ILessonReferenceSource"/>s: courses for course completion, quizzes for a passed quiz, webinar
/// series and single events for attendance. A source of a switched-off module is simply not there.
/// </summary>
internal sealed class TemplateGroupPickers(IEnumerable<ILessonReferenceSource> sources)
{
    /// <summary>The kinds of certificate, each with the form field that holds its group.</summary>
    public static readonly IReadOnlyList<(AchievementKind Kind, string Field, string Label, string Noun, string[] Keys)> Kinds =
    [
        (AchievementKind.CourseCompletion, "CourseGroupId", "Курс (для виду «Завершення курсу»)", "курс", [ReferenceKinds.Course]),
        (AchievementKind.QuizPass, "QuizGroupId", "Тест (для виду «Складений тест»)", "тест", [ReferenceKinds.Quiz]),
        (AchievementKind.WebinarAttendance, "WebinarGroupId", "Серія вебінарів або подія (для виду «Участь у вебінарі»)", "серію чи подію", [ReferenceKinds.WebinarSeries, ReferenceKinds.WebinarEvent]),
    ];

    /// <summary>The JSON search endpoint of a kind.</summary>
    public static string SearchUrl(AchievementKind kind) => $"/admin/certificates/templates/references/{kind}";

    /// <summary>Items of <paramref name="kind"/>'s sources the person may choose whose title or details contain <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<ReferenceOption>> SearchAsync(ClaimsPrincipal person, AchievementKind kind, string? text, CancellationToken ct)
    {
        var found = new List<ReferenceOption>();
        foreach (var source in SourcesOf(kind))
        {
            found.AddRange(await source.SearchAsync(person, text, ReferencePicker.Limit, ct));
        }

        return [.. found.Take(ReferencePicker.Limit)];
    }

    /// <summary>The item of <paramref name="kind"/> named by <paramref name="value"/> when the person may choose it; otherwise null.</summary>
    public async Task<ReferenceOption?> FindAsync(ClaimsPrincipal person, AchievementKind kind, string value, CancellationToken ct)
    {
        foreach (var source in SourcesOf(kind))
        {
            if (await source.FindAsync(person, value, ct) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>One picker per kind; <paramref name="searched"/>'s picker shows <paramref name="query"/>'s results.</summary>
    public async Task<IReadOnlyList<(AchievementKind Kind, ReferencePicker Picker)>> BuildAsync(
        ClaimsPrincipal person, AchievementKind chosenKind, Guid? saved, AchievementKind? searched, string? query, CancellationToken ct)
    {
        var pickers = new List<(AchievementKind, ReferencePicker)>();
        foreach (var (kind, field, label, noun, _) in Kinds)
        {
            var text = searched == kind ? query : null;
            var options = await SearchAsync(person, kind, text, ct);
            ReferenceOption? current = null;
            if (kind == chosenKind && saved is { } id)
            {
                var value = id.ToString();
                current = options.FirstOrDefault(o => o.Value == value) ?? await FindAsync(person, kind, value, ct) ?? new ReferenceOption(value, "Недоступно", value, "");
            }

            pickers.Add((kind, new ReferencePicker(field, label, noun, text, current, options, SearchUrl(kind))));
        }

        return pickers;
    }

    /// <summary>A Ukrainian reason when <paramref name="chosen"/> is not one the person may choose for <paramref name="kind"/>; null when it may be saved.</summary>
    /// <remarks>An unchanged group is kept (the rest of a template may be edited after its course moved out of reach).</remarks>
    public async Task<Error?> RefuseAsync(ClaimsPrincipal person, AchievementKind kind, Guid? chosen, Guid? saved, CancellationToken ct)
    {
        if (chosen is not { } id || id == saved)
        {
            return null;
        }

        var noun = Kinds.Single(k => k.Kind == kind).Noun;
        return await FindAsync(person, kind, id.ToString(), ct) is null
            ? CertificateErrors.GroupOutOfReach(noun)
            : null;
    }

    private IEnumerable<ILessonReferenceSource> SourcesOf(AchievementKind kind)
    {
        var keys = Kinds.Single(k => k.Kind == kind).Keys;
        return keys.SelectMany(key => sources.Where(s => s.KindKey == key));
    }
}
