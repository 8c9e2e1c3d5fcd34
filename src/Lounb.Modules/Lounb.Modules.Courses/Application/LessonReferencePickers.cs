using System.Security.Claims;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;

namespace Lounb.Modules.Courses.Application;

/// <summary>
/// The list an author picks a lesson's reference from (a quiz, an event), for the kinds whose module offers an
/// <see cref="ILessonReferenceSource"/>: what the list shows, and whether a chosen reference may be saved.
/// </summary>
internal sealed class LessonReferencePickers(IEnumerable<ILessonReferenceSource> sources, LessonKindRegistry kinds)
{
    public ILessonReferenceSource? For(string kindKey) => sources.FirstOrDefault(s => s.KindKey == kindKey);

    /// <summary>The JSON search endpoint of a kind.</summary>
    public static string SearchUrl(string kindKey) => $"/admin/courses/lesson-references/{Uri.EscapeDataString(kindKey)}";

    /// <returns>Null when the kind takes no reference from a list.</returns>
    public async Task<ReferencePicker?> BuildAsync(ClaimsPrincipal author, string kindKey, string? saved, string? query, CancellationToken ct)
    {
        if (For(kindKey) is not { } source)
        {
            return null;
        }

        var options = await source.SearchAsync(author, query, ReferencePicker.Limit, ct);
        ReferenceOption? current = null;
        if (!string.IsNullOrWhiteSpace(saved))
        {
            current = options.FirstOrDefault(o => o.Value == saved) ?? await source.FindAsync(author, saved, ct)
                ?? new ReferenceOption(saved, "Недоступно", saved, "");
        }

        return new ReferencePicker(nameof(LessonInput.ExtensionRef), kinds.DisplayName(kindKey), source.ItemNoun, query, current, options, SearchUrl(kindKey));
    }

    /// <summary>
    /// A newly chosen reference must be one the author may link; an unchanged one is kept as it is (the author may edit
    /// the rest of a lesson whose quiz has since moved out of their reach).
    /// </summary>
    /// <returns>A Ukrainian reason when the choice cannot be saved, otherwise null.</returns>
    public async Task<string?> RefuseAsync(ClaimsPrincipal author, string kindKey, string? chosen, string? saved, CancellationToken ct)
    {
        var value = chosen?.Trim();
        if (string.IsNullOrEmpty(value) || value == saved || For(kindKey) is not { } source)
        {
            return null;
        }

        return await source.FindAsync(author, value, ct) is null
            ? $"Оберіть {source.ItemNoun} зі списку: такого немає, його скасовано чи архівовано, або він поза вашою областю."
            : null;
    }
}
