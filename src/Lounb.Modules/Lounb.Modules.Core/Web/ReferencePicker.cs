using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Web;

/// <summary>Something a form field may point at, as a person picks it: the stored value, the title, when and where, and the page that opens it.</summary>
public sealed record ReferenceOption(string Value, string Title, string Details, string OpenUrl)
{
    /// <summary>How a list names it: "Title · 12 березня 2026, 18:00 · Луганська область".</summary>
    public string Label => Details.Length == 0 ? Title : $"{Title} · {Details}";

    /// <summary>The first <paramref name="limit"/> of <paramref name="candidates"/> whose title or details contain <paramref name="text"/> (letter case and apostrophes ignored).</summary>
    public static IReadOnlyList<ReferenceOption> Matching(IEnumerable<ReferenceOption> candidates, string? text, int limit)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = SearchText.Normalize(text);
        return candidates.Where(c => wanted.Length == 0 || SearchText.Normalize(c.Label).Contains(wanted, StringComparison.Ordinal)).Take(limit).ToList();
    }
}

/// <summary>
/// A field that stores an id, shown as a searchable list instead of a box to paste the id into (the theme's
/// <c>_ReferencePicker</c> partial). Without JavaScript the search box submits <see cref="SearchFormId"/> (a GET form the
/// page renders outside its main form) and the list shows the results; with it, <c>reference-picker.js</c> asks
/// <see cref="SearchUrl"/> as the person types.
/// </summary>
/// <param name="Field">The form field's name, e.g. "ExtensionRef".</param>
/// <param name="Label">The list's label, e.g. "Тест".</param>
/// <param name="Noun">One item in the accusative, e.g. "тест", "подію".</param>
/// <param name="Current">The saved item, or null.</param>
/// <param name="Options">The items found for <paramref name="Query"/>.</param>
/// <param name="SearchUrl">The JSON search endpoint (<c>?q=</c> appended), answering <see cref="ReferenceOption"/>s.</param>
public sealed record ReferencePicker(string Field, string Label, string Noun, string? Query, ReferenceOption? Current, IReadOnlyList<ReferenceOption> Options, string SearchUrl)
{
    /// <summary>How many items a search shows at most.</summary>
    public const int Limit = 50;

    public string SearchFormId => Field + "-search";

    /// <summary>The saved item first, then the rest found.</summary>
    public IReadOnlyList<ReferenceOption> Listed => Current is null ? Options : [Current, .. Options.Where(o => o.Value != Current.Value)];
}
