namespace Lounb.Modules.Assessments.Interchange;

/// <summary>A piece of a GIFT block (escapes already replaced by placeholders) with its offset in the block, for line numbers.</summary>
internal readonly record struct GiftSpan(string Text, int Offset)
{
    public bool IsEmpty => Text.Length == 0;

    public GiftSpan Trim()
    {
        var lead = Text.Length - Text.TrimStart().Length;
        return new GiftSpan(Text.Trim(), Offset + lead);
    }

    public GiftSpan Slice(int start) => new(Text[start..], Offset + start);

    public GiftSpan Slice(int start, int length) => new(Text.Substring(start, length), Offset + start);

    /// <summary>Splits at <paramref name="separator"/> (dropped), trims the parts and drops the empty ones.</summary>
    public List<GiftSpan> SplitNonEmpty(char separator)
    {
        var parts = new List<GiftSpan>();
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i == Text.Length || Text[i] == separator)
            {
                AddTrimmed(parts, Slice(start, i - start));
                start = i + 1;
            }
        }

        return parts;
    }

    /// <summary>
    /// Multiple choice answers: split at <c>~</c> (dropped) and before <c>=</c> (kept), as Moodle's
    /// <c>str_replace("=", "~=")</c> then <c>explode("~")</c>; parts trimmed, empty ones dropped.
    /// </summary>
    public List<GiftSpan> SplitChoices()
    {
        var parts = new List<GiftSpan>();
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i == Text.Length || Text[i] is '~' or '=')
            {
                AddTrimmed(parts, Slice(start, i - start));
                start = i < Text.Length && Text[i] == '~' ? i + 1 : i;
            }
        }

        return parts;
    }

    /// <summary>Text before the first <paramref name="separator"/> and the rest after it (null when there is none).</summary>
    public (GiftSpan Head, GiftSpan? Tail) SplitFirst(char separator)
    {
        var at = Text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? (this, null) : (Slice(0, at), Slice(at + 1));
    }

    private static void AddTrimmed(List<GiftSpan> parts, GiftSpan part)
    {
        var trimmed = part.Trim();
        if (!trimmed.IsEmpty)
        {
            parts.Add(trimmed);
        }
    }
}
