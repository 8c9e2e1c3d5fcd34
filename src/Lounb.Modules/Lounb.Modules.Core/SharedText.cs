namespace Lounb.Modules.Core;

/// <summary>
/// Marker for the shared string resources of public pages. Keys are the Ukrainian text itself,
/// so Ukrainian needs no resource file; Resources/SharedText.en.resx holds the English.
/// </summary>
public sealed class SharedText;
