using Lounb.Learning.Organisation;
using Lounb.Learning.People;

namespace Lounb.Learning.Areas.Admin.ViewModels;

internal sealed class UserSearchView
{
    public string? Q { get; set; }

    public string? Oblast { get; set; }

    public Guid? Library { get; set; }

    public string? Role { get; set; }

    internal UserPage Results { get; set; } = new([], 0, 1, UserDirectory.PageSize);

    internal IReadOnlyList<Option> Oblasts { get; set; } = [];

    internal IReadOnlyList<Option> Libraries { get; set; } = [];
}

internal sealed class UserDetailsView
{
    internal UserDetails Details { get; set; } = default!;

    internal IReadOnlyList<Option> Oblasts { get; set; } = [];

    public bool CanManage { get; set; }

    public bool CanGrantNational { get; set; }
}
