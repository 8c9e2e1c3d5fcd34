using System.Xml.Linq;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>What a Moodle XML file has given so far: the current category, the categories met, the questions read.</summary>
internal sealed class MoodleXmlImportState(ImportLog log)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "multichoice", "truefalse", "shortanswer", "numerical", "matching", "match", "essay", "description", "ordering",
    };

    private readonly List<ImportedQuestion> _questions = [];
    private readonly List<ImportedCategory> _categories = [];
    private CategoryPath _category = CategoryPath.Root;

    public void Add(XElement question)
    {
        var type = question.Attribute("type")?.Value.Trim() ?? "";
        var line = MoodleXml.Line(question);
        if (type == "category")
        {
            SwitchCategory(question);
            return;
        }

        if (!Supported.Contains(type))
        {
            var name = MoodleXml.Text(question.Element("name"));
            log.Warning(line, name.Length > 0 ? name : null, $"тип питання «{type}» не підтримується — пропущено");
            return;
        }

        var content = new MoodleXmlQuestionReader(question, log).Read(type);
        if (content is not null)
        {
            var tags = question.Element("tags")?.Elements("tag")
                .Select(tag => MoodleXml.Text(tag))
                .Where(tag => tag.Length > 0)
                .ToList() ?? [];
            _questions.Add(new ImportedQuestion(content, _category, tags, line, IdNumberOf(question)));
        }
    }

    public ImportResult Result()
    {
        DuplicateQuestionNames.Warn(_questions, log);
        return new(_questions, _categories, log.Errors, log.Warnings);
    }

    private void SwitchCategory(XElement question)
    {
        var path = question.Element("category");
        if (path is null)
        {
            log.Error(MoodleXml.Line(question), null, "у питанні-категорії немає елемента <category>");
            return;
        }

        _category = MoodleCategoryPaths.Parse(MoodleXml.Text(path));
        if (!_categories.Exists(known => known.Path.Equals(_category)))
        {
            _categories.Add(new ImportedCategory(_category, MoodleXml.Text(question.Element("info")), IdNumberOf(question)));
        }
    }

    /// <summary>The question's (or category's) <c>&lt;idnumber&gt;</c>; null when absent or empty.</summary>
    private static string? IdNumberOf(XElement question)
    {
        var idNumber = question.Element("idnumber")?.Value.Trim();
        return string.IsNullOrEmpty(idNumber) ? null : idNumber;
    }
}
