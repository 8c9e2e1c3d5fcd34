using System.Text.RegularExpressions;

namespace Lounb.Modules.Core.Storage;

/// <summary>The one rule for a storage key, the same for every <see cref="IFileStorage"/>: lower-case letters, digits, '-', '.', '/', no "..".</summary>
public static partial class StorageKeys
{
    /// <summary>Returns the key when it is well formed; throws otherwise (keys are made by the app, never typed by people).</summary>
    public static string Checked(string key) =>
        key is not null && ValidKey().IsMatch(key) && !key.Contains("..", StringComparison.Ordinal) && !key.Contains("//", StringComparison.Ordinal)
            ? key
            : throw new ArgumentException($"Invalid storage key '{key}'.", nameof(key));

    [GeneratedRegex("^[a-z0-9][a-z0-9/._-]{0,200}$")]
    private static partial Regex ValidKey();
}
