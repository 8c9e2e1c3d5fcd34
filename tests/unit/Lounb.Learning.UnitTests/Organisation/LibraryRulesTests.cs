using Lounb.Learning.Domain;
using Lounb.Learning.Organisation;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Results;

namespace Lounb.Learning.UnitTests.Organisation;

/// <summary>A library's fields against OrganisationLimits: the same constant bounds the column, the check and the message.</summary>
public sealed class LibraryRulesTests
{
    [Fact]
    public void ValidateLibrary_EveryFieldAtItsLimit_Passes()
    {
        var input = new LibraryInput(new string('н', OrganisationLimits.LibraryNameLength), new string('с', OrganisationLimits.LibraryShortNameLength),
            new string('а', OrganisationLimits.LibraryAddressLength), "library@example.org");

        Assert.Null(OrganisationService.ValidateLibrary(input));
    }

    [Fact]
    public void ValidateLibrary_NameOneOverTheLimit_LibraryNameInvalid_NamingTheLimit()
    {
        var refused = OrganisationService.ValidateLibrary(new LibraryInput(new string('н', OrganisationLimits.LibraryNameLength + 1), null, null, null));

        Assert.Equal(PlatformErrors.LibraryNameInvalid, refused);
        Assert.Equal("Platform:LibraryNameInvalid", refused!.Code);
        Assert.Equal("Вкажіть назву бібліотеки (до 300 символів).", refused.Message);
    }

    [Fact]
    public void ValidateLibrary_ShortNameOrAddressOneOverTheLimit_SaysWhichAndTheLimit()
    {
        Assert.Equal("Скорочена назва задовга: не більше 40 символів.",
            OrganisationService.ValidateLibrary(new LibraryInput("Бібліотека", new string('с', OrganisationLimits.LibraryShortNameLength + 1), null, null))?.Message);
        Assert.Equal("Адреса задовга: не більше 300 символів.",
            OrganisationService.ValidateLibrary(new LibraryInput("Бібліотека", null, new string('а', OrganisationLimits.LibraryAddressLength + 1), null))?.Message);
    }

    [Fact]
    public void ValidateLibrary_EmailLongerThanTheColumn_Refused()
    {
        var email = new string('a', OrganisationLimits.LibraryEmailLength) + "@example.org";

        var refused = OrganisationService.ValidateLibrary(new LibraryInput("Бібліотека", null, null, email));

        Assert.Equal("Platform:LibraryEmailInvalid", refused?.Code);
        Assert.Equal(ErrorKind.Invalid, refused!.Kind);
    }

    [Fact]
    public void DepartmentInvalid_NamesBothLimits()
    {
        Assert.Equal("Вкажіть назву відділу (до 300 символів) і, за бажання, скорочення (до 20 символів).", PlatformErrors.DepartmentInvalid.Message);
        Assert.Equal("Вкажіть назву громади (до 200 символів).", PlatformErrors.HromadaNameInvalid.Message);
    }

    [Fact]
    public void RoleNotHeld_IsAConflictTheStaffPageShows_NotA404()
    {
        Assert.Equal(ErrorKind.Conflict, PlatformErrors.RoleNotHeld("Trainer").Kind);
        Assert.Equal(ErrorKind.NotFound, PlatformErrors.PersonNotFound.Kind);
    }
}
