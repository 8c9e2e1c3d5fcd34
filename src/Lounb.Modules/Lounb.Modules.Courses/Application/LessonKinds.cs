using Lounb.Modules.Courses.Contracts;

namespace Lounb.Modules.Courses.Application;

/// <summary>The kinds Courses ships; other modules add theirs as <see cref="ILessonKind"/> singletons.</summary>
internal sealed record BuiltInLessonKind(string Key, string DisplayName) : ILessonKind
{
    public const string Text = "text";
    public const string Video = "video";
    public const string File = "file";
    public const string External = "external";

    public string? ReferenceLabel => null;

    public string? PlayerPartialView => null;

    public bool LearnerMarksComplete => true;

    public static IEnumerable<ILessonKind> All =>
    [
        new BuiltInLessonKind(Text, "Текст"),
        new BuiltInLessonKind(Video, "Відео"),
        new BuiltInLessonKind(File, "Файл для завантаження"),
        new BuiltInLessonKind(External, "Зовнішній ресурс"),
    ];
}

/// <summary>Every registered lesson kind by key.</summary>
internal sealed class LessonKindRegistry(IEnumerable<ILessonKind> kinds)
{
    private readonly Dictionary<string, ILessonKind> _byKey = kinds.ToDictionary(k => k.Key, StringComparer.Ordinal);

    public IReadOnlyCollection<ILessonKind> All => _byKey.Values;

    public ILessonKind? Find(string key) => _byKey.GetValueOrDefault(key);

    public string DisplayName(string key) => Find(key)?.DisplayName ?? key;
}
