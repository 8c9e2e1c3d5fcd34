using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>The words the documents share.</summary>
internal static class DocumentText
{
    public static string Test(decimal? percent, bool? passed) => percent is { } p
        ? $"{p:0.##} %{(passed switch { true => " (складено)", false => " (не складено)", null => "" })}"
        : "не складав(ла)";

    public static string Outcome(DecisionLine? decision) => decision is null ? "рішення ще не ухвалено" : DecisionText.Of(decision.Outcome);

    public static string Conditions(IReadOnlyList<ConditionLine> conditions) =>
        string.Join("; ", conditions.Select(c => $"{c.Text} — до {c.DueOn:dd.MM.yyyy}{(c.Met ? " (виконано)" : "")}"));

    /// <summary>Who signs: «Голова комісії», «Секретар комісії» …</summary>
    public static string Signer(CommissionRole role) => role switch
    {
        CommissionRole.Chair => "Голова комісії",
        CommissionRole.Secretary => "Секретар комісії",
        CommissionRole.Deputy => "Заступник голови комісії",
        _ => "Член комісії",
    };
}
