namespace Lounb.Modules.Assessments.Interchange;

/// <summary>Errors and warnings gathered while reading one file.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportProblem> _errors = [];
    private readonly List<ImportProblem> _warnings = [];

    public IReadOnlyList<ImportProblem> Errors => _errors;

    public IReadOnlyList<ImportProblem> Warnings => _warnings;

    public int ErrorCount => _errors.Count;

    public void Error(int line, string? questionName, string message) => _errors.Add(new ImportProblem(line, questionName, message));

    public void Warning(int line, string? questionName, string message) => _warnings.Add(new ImportProblem(line, questionName, message));
}
