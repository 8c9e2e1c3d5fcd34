namespace Lounb.Modules.Core.Organisation;

/// <summary>The lengths of the organisation tree's names, said once: the columns (CoreModelConfiguration), the host's checks and messages read them.</summary>
public static class OrganisationLimits
{
    public const int HromadaNameLength = 200;

    public const int LibraryNameLength = 300;

    public const int LibraryShortNameLength = 40;

    public const int LibraryAddressLength = 300;

    public const int LibraryEmailLength = 256;

    public const int DepartmentNameLength = 300;

    public const int DepartmentAbbreviationLength = 20;
}
