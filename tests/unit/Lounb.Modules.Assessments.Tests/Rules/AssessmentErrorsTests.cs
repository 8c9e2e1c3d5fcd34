using System.Reflection;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Assessments.Tests.Rules;

/// <summary>Every refusal of the module has its own stable code <c>Assessments:&lt;Name&gt;</c> and a Ukrainian message.</summary>
public class AssessmentErrorsTests
{
    private static readonly IReadOnlyList<(string Name, Error Error)> Declared =
        [.. typeof(AssessmentErrors).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Error)).Select(f => (f.Name, (Error)f.GetValue(null)!))];

    [Fact]
    public void Each_declared_error_is_named_by_its_field_and_codes_never_repeat()
    {
        Assert.True(Declared.Count > 40, $"{Declared.Count} errors");
        Assert.All(Declared, d => Assert.Equal($"Assessments:{d.Name}", d.Error.Code));
        Assert.Equal(Declared.Count, Declared.Select(d => d.Error.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Declared, d => Assert.Matches("[А-ЯІЇЄҐа-яіїєґ]", d.Error.Message));
    }

    [Fact]
    public void Parameterised_errors_are_named_by_their_method_and_carry_their_value()
    {
        Assert.Equal(("Assessments:ImportTooLarge", ErrorKind.Invalid, "Файл завеликий: не більше 20 МБ."), Describe(AssessmentErrors.ImportTooLarge(20)));
        Assert.Equal(("Assessments:ImportHasErrors", ErrorKind.Invalid, "Файл містить помилки (3); нічого не імпортовано."), Describe(AssessmentErrors.ImportHasErrors(3)));
        Assert.Equal(("Assessments:QuestionInvalid", ErrorKind.Invalid, "Вкажіть назву питання. Вкажіть текст питання."),
            Describe(AssessmentErrors.QuestionInvalid(["Вкажіть назву питання.", "Вкажіть текст питання."])));
        Assert.Equal("Assessments:GradeNotANumber", AssessmentErrors.GradeNotANumber("2,5").Code);
        Assert.Contains("від 0 до 2,5", AssessmentErrors.GradeNotANumber("2,5").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_a_person_can_correct_are_invalid_or_conflicts_and_missing_things_are_not_found()
    {
        // The kind decides the answer (ErrorResponses): the e-mail of an exception is the form's input, so the form says it.
        Assert.Equal(ErrorKind.Invalid, AssessmentErrors.NoPersonWithEmail.Kind);
        Assert.Equal(ErrorKind.Conflict, AssessmentErrors.AttemptFinished.Kind);
        Assert.Equal(ErrorKind.Conflict, AssessmentErrors.DeadlinePassed.Kind);
        Assert.Equal(ErrorKind.NotFound, AssessmentErrors.AttemptNotFound.Kind);
        Assert.Equal(ErrorKind.NotFound, AssessmentErrors.SlotNotFound.Kind);
    }

    private static (string, ErrorKind, string) Describe(Error error) => (error.Code, error.Kind, error.Message);
}
