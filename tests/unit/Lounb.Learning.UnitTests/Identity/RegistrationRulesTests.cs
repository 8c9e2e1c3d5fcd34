using System.ComponentModel.DataAnnotations;
using Lounb.Learning.Identity;
using Lounb.Learning.ViewModels;
using Lounb.Modules.Core.Identity;

namespace Lounb.Learning.UnitTests.Identity;

/// <summary>The registration rules the form's attributes cannot say: a child registers only with a guardian; and the name's length from PersonLimits.</summary>
public sealed class RegistrationRulesTests
{
    [Fact]
    public void CitizenProblems_NoAgeGroup_AsksForIt()
    {
        var problem = Assert.Single(Registration.CitizenProblems(new RegisterViewModel { Kind = PersonKind.Citizen }));

        Assert.Equal(new RegistrationProblem(nameof(RegisterViewModel.AgeGroup), "Оберіть вікову групу."), problem);
    }

    [Fact]
    public void CitizenProblems_ChildWithoutGuardian_AsksForNameContactAndConsent()
    {
        var problems = Registration.CitizenProblems(new RegisterViewModel { Kind = PersonKind.Citizen, AgeGroup = AgeGroup.Child8To13 }).ToList();

        Assert.Equal([nameof(RegisterViewModel.GuardianName), nameof(RegisterViewModel.GuardianContact), nameof(RegisterViewModel.GuardianConsent)],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void CitizenProblems_ChildWithGuardianAndConsent_None()
    {
        var model = new RegisterViewModel
        {
            Kind = PersonKind.Citizen, AgeGroup = AgeGroup.Child8To13, GuardianName = "Олена Коваль", GuardianContact = "+380501234567", GuardianConsent = true,
        };

        Assert.Empty(Registration.CitizenProblems(model));
    }

    [Fact]
    public void FullName_OneOverTheLimit_MessageNamesBothBoundsFromPersonLimits()
    {
        var model = new RegisterViewModel { FullName = new string('і', PersonLimits.FullNameLength + 1) };
        var results = new List<ValidationResult>();

        Validator.TryValidateProperty(model.FullName, new ValidationContext(model) { MemberName = nameof(RegisterViewModel.FullName) }, results);

        Assert.Equal("Прізвище та ім'я: від 2 до 200 символів.", Assert.Single(results).ErrorMessage);
    }
}
