namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Questions of one category that share a name cannot be told apart in the bank or in a quiz's question list. The import
/// still goes ahead (Moodle allows it), but the preview warns once per repeated name and category, naming every line.
/// </summary>
internal static class DuplicateQuestionNames
{
    public static void Warn(IEnumerable<ImportedQuestion> questions, ImportLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var repeated = questions
            .GroupBy(q => (q.Category, Name: q.Content.Name.Trim()))
            .Where(g => g.Count() > 1);
        foreach (var group in repeated)
        {
            var lines = group.Select(q => q.Line).Order().ToList();
            var where = group.Key.Category.Segments.Count == 0 ? "у корені банку" : $"у категорії «{group.Key.Category}»";
            log.Warning(lines[0], group.Key.Name,
                $"{where} {lines.Count} питання з такою назвою (рядки {string.Join(", ", lines)}) — їх буде важко розрізнити; дайте кожному свою назву");
        }
    }
}
