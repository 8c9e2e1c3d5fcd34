using System.Text.RegularExpressions;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Certificates.Application;

/// <summary>The values a template's placeholders are filled with.</summary>
internal sealed record TemplateValues(string HolderName, string Title, int Hours, string IssuedOn, string Number, string Issuer);

/// <summary>
/// The placeholders of certificate templates, in braces: {ПІБ}, {назва}, {години}, {дата}, {номер}, {видавець}.
/// Pure logic: checking a text for unknown placeholders and filling them in.
/// </summary>
internal static partial class CertificateTemplates
{
    public const string HolderName = "{ПІБ}";
    public const string Title = "{назва}";
    public const string Hours = "{години}";
    public const string Date = "{дата}";
    public const string Number = "{номер}";
    public const string Issuer = "{видавець}";

    /// <summary>Every placeholder with what it stands for (shown on the template form).</summary>
    public static IReadOnlyList<(string Placeholder, string Meaning)> All { get; } =
    [
        (HolderName, "ім'я власника сертифіката"),
        (Title, "назва курсу чи тесту"),
        (Hours, "кількість годин"),
        (Date, "дата видачі, напр. «29 листопада 2026 року»"),
        (Number, "номер сертифіката"),
        (Issuer, "назва видавця"),
    ];

    /// <summary>Null when every placeholder in <paramref name="texts"/> is known; otherwise a refusal naming the first unknown one.</summary>
    public static Error? Validate(params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (Match match in Placeholder().Matches(text))
            {
                if (!All.Any(p => p.Placeholder == match.Value))
                {
                    return CertificateErrors.UnknownPlaceholder(match.Value, string.Join(", ", All.Select(p => p.Placeholder)));
                }
            }
        }

        return null;
    }

    /// <summary>Replaces the known placeholders with the values (unknown ones are left as they are).</summary>
    public static string Fill(string text, TemplateValues values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(text, match => match.Value switch
        {
            HolderName => values.HolderName,
            Title => values.Title,
            Hours => values.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Date => values.IssuedOn,
            Number => values.Number,
            Issuer => values.Issuer,
            _ => match.Value,
        });
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
