using Lounb.Learning.Domain;
using Lounb.Learning.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.UnitTests.People;

public sealed class RoleAssignmentRulesTests
{
    private const string Luhansk = "UA-09";
    private const string Cherkasy = "UA-71";

    private static readonly PeopleActor NationalAdministrator = new(Guid.CreateVersion7(), AccessScope.National, IsAdministrator: true);
    private static readonly PeopleActor NationalMethodologist = new(Guid.CreateVersion7(), AccessScope.National, IsAdministrator: false);
    private static readonly PeopleActor RegionalMethodologist = new(Guid.CreateVersion7(), AccessScope.ForOblasts([Luhansk]), IsAdministrator: false);
    private static readonly PeopleActor RegionalAdministrator = new(Guid.CreateVersion7(), AccessScope.ForOblasts([Luhansk]), IsAdministrator: true);

    [Theory]
    [InlineData(Roles.Administrator, null)]
    [InlineData(Roles.Methodologist, null)]
    [InlineData(Roles.Methodologist, Luhansk)]
    [InlineData(Roles.Trainer, Cherkasy)]
    [InlineData(Roles.Trainer, null)]
    [InlineData(Roles.Learner, null)]
    public void CanGrant_NationalAdministrator_AnyRoleAnyScope(string role, string? scope)
    {
        Assert.True(RoleAssignmentRules.CanGrant(NationalAdministrator, role, scope).IsSuccess);
    }

    [Theory]
    [InlineData(Roles.Trainer)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.HubCoordinator)]
    public void CanGrant_RegionalMethodologistInOwnOblast_Succeeds(string role)
    {
        Assert.True(RoleAssignmentRules.CanGrant(RegionalMethodologist, role, Luhansk).IsSuccess);
    }

    [Fact]
    public void CanGrant_RegionalMethodologistInOtherOblast_Forbidden()
    {
        var result = RoleAssignmentRules.CanGrant(RegionalMethodologist, Roles.Trainer, Cherkasy);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("Ця область поза вашими повноваженнями.", result.Error!.Message);
    }

    [Fact]
    public void CanGrant_RegionalMethodologistNationalScope_Forbidden()
    {
        var result = RoleAssignmentRules.CanGrant(RegionalMethodologist, Roles.Trainer, null);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("Ви можете надавати ролі лише в межах своєї області.", result.Error!.Message);
    }

    [Theory]
    [InlineData(Roles.Administrator, "Адміністратор")]
    [InlineData(Roles.Methodologist, "Методист")]
    public void CanGrant_RegionalMethodologistSeniorRoleEvenInOwnOblast_Forbidden(string role, string displayName)
    {
        var result = RoleAssignmentRules.CanGrant(RegionalMethodologist, role, Luhansk);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal($"Роль «{displayName}» може надати лише адміністратор загальнодержавного рівня.", result.Error!.Message);
    }

    [Fact]
    public void CanGrant_RegionalAdministrator_CannotGrantMethodologist()
    {
        Assert.Equal(ErrorKind.Forbidden, RoleAssignmentRules.CanGrant(RegionalAdministrator, Roles.Methodologist, Luhansk).Error?.Kind);
    }

    [Fact]
    public void CanGrant_NationalMethodologist_GrantsTrainerNationallyButNotAdministrator()
    {
        Assert.True(RoleAssignmentRules.CanGrant(NationalMethodologist, Roles.Trainer, null).IsSuccess);
        Assert.Equal(ErrorKind.Forbidden, RoleAssignmentRules.CanGrant(NationalMethodologist, Roles.Administrator, null).Error?.Kind);
    }

    [Fact]
    public void CanGrant_UnknownRole_ValidationError()
    {
        var result = RoleAssignmentRules.CanGrant(NationalAdministrator, "SuperUser", null);

        Assert.Equal(PlatformErrors.UnknownRole, result.Error);
        Assert.Equal("Невідома роль.", result.Error!.Message);
    }

    [Fact]
    public void CanGrant_RoleNameInOtherCase_ValidationError()
    {
        Assert.Equal(PlatformErrors.UnknownRole, RoleAssignmentRules.CanGrant(NationalAdministrator, "administrator", null).Error);
    }

    [Fact]
    public void CanManage_TargetInOwnOblastWithLesserRoles_Succeeds()
    {
        var result = RoleAssignmentRules.CanManage(RegionalMethodologist, Luhansk, [new HeldRole(Roles.Trainer, Luhansk), new HeldRole(Roles.Learner, null)]);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void CanManage_TargetOutsideScope_NotFound()
    {
        var result = RoleAssignmentRules.CanManage(RegionalMethodologist, Cherkasy, []);

        Assert.Equal(PlatformErrors.PersonNotFound, result.Error);
        Assert.Equal("Людину не знайдено.", result.Error!.Message);
    }

    [Fact]
    public void CanManage_TargetWithoutOblastForRegionalActor_NotFound()
    {
        Assert.Equal(PlatformErrors.PersonNotFound, RoleAssignmentRules.CanManage(RegionalMethodologist, null, []).Error);
    }

    [Fact]
    public void CanManage_TargetHoldsNationalTrainerRole_Forbidden()
    {
        var result = RoleAssignmentRules.CanManage(RegionalMethodologist, Luhansk, [new HeldRole(Roles.Trainer, null)]);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("Ця людина має роль «Тренер» ширшу за ваші повноваження.", result.Error!.Message);
    }

    [Fact]
    public void CanManage_TargetIsMethodologistInSameOblast_Forbidden()
    {
        var result = RoleAssignmentRules.CanManage(RegionalMethodologist, Luhansk, [new HeldRole(Roles.Methodologist, Luhansk)]);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("Ця людина має роль «Методист» ширшу за ваші повноваження.", result.Error!.Message);
    }

    [Fact]
    public void CanManage_TargetHoldsRoleInOtherOblast_Forbidden()
    {
        var result = RoleAssignmentRules.CanManage(RegionalMethodologist, Luhansk, [new HeldRole(Roles.Mentor, Cherkasy)]);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }

    [Fact]
    public void CanManage_NationalAdministrator_ManagesAnotherAdministrator()
    {
        Assert.True(RoleAssignmentRules.CanManage(NationalAdministrator, null, [new HeldRole(Roles.Administrator, null)]).IsSuccess);
    }

    [Fact]
    public void CanManage_ActorWithoutManageScope_NotFound()
    {
        var nobody = new PeopleActor(Guid.CreateVersion7(), AccessScope.None, IsAdministrator: false);

        Assert.Equal(PlatformErrors.PersonNotFound, RoleAssignmentRules.CanManage(nobody, Luhansk, []).Error);
    }

    [Fact]
    public void IsNationalAdministrator_AdministratorWithOblastScope_False()
    {
        Assert.False(RegionalAdministrator.IsNationalAdministrator);
        Assert.True(NationalAdministrator.IsNationalAdministrator);
        Assert.False(NationalMethodologist.IsNationalAdministrator);
    }
}
