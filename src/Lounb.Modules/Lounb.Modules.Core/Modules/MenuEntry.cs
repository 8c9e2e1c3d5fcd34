namespace Lounb.Modules.Core.Modules;

public enum MenuSection
{
    /// <summary>The main navigation every visitor sees.</summary>
    Main,

    /// <summary>The staff area (/admin).</summary>
    Staff,
}

/// <summary>A navigation link a module contributes; hidden when <see cref="Permission"/> is set and the user lacks it.</summary>
public sealed record MenuEntry(string Text, string Url, MenuSection Section, int Order = 100, string? Permission = null, bool RequiresSignIn = false);
