using System.Security.Claims;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Core.Tests.Security;

public sealed class AccessScopeTests
{
    private const string Manage = "Users.Manage";

    [Fact]
    public void Of_NoGrants_IsNone()
    {
        var scope = AccessScope.Of(Principals.SignedInWith(), Manage);

        Assert.True(scope.IsNone);
        Assert.False(scope.IsNational);
        Assert.Empty(scope.OblastCodes);
    }

    [Fact]
    public void Of_NationalGrant_IsNational()
    {
        var scope = AccessScope.Of(Principals.SignedInWith("Users.Manage@*"), Manage);

        Assert.True(scope.IsNational);
        Assert.False(scope.IsNone);
    }

    [Fact]
    public void Of_OblastGrants_ReachesExactlyThoseOblasts()
    {
        var scope = AccessScope.Of(Principals.SignedInWith("Users.Manage@UA-09", "Users.Manage@UA-71"), Manage);

        Assert.False(scope.IsNational);
        Assert.False(scope.IsNone);
        Assert.Equal(["UA-09", "UA-71"], scope.OblastCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Of_NationalAndOblastGrants_IsNational()
    {
        var scope = AccessScope.Of(Principals.SignedInWith("Users.Manage@UA-09", "Users.Manage@*"), Manage);

        Assert.True(scope.IsNational);
    }

    [Fact]
    public void Of_GrantsOfOtherPermissions_AreIgnored()
    {
        var user = Principals.SignedInWith("Users.View@*", "Pages.Manage@UA-09", "Users.Manage@UA-71");

        var scope = AccessScope.Of(user, Manage);

        Assert.False(scope.IsNational);
        Assert.Equal(["UA-71"], scope.OblastCodes);
    }

    [Fact]
    public void Of_MalformedGrants_AreIgnored()
    {
        var scope = AccessScope.Of(Principals.SignedInWith("Users.Manage", "@*", "Users.Manage@", "Users.Manage@UA-09"), Manage);

        Assert.Equal(["UA-09"], scope.OblastCodes);
    }

    [Fact]
    public void Of_GrantTextInAnotherClaimType_IsIgnored()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Users.Manage@*")], "Test"));

        Assert.True(AccessScope.Of(user, Manage).IsNone);
    }

    [Fact]
    public void Of_GrantsInSeveralIdentities_AreAllRead()
    {
        var user = new ClaimsPrincipal([
            new ClaimsIdentity([new Claim(LounbClaimTypes.Grant, "Users.Manage@UA-09")], "Cookie"),
            new ClaimsIdentity([new Claim(LounbClaimTypes.Grant, "Users.Manage@UA-12")], "Other"),
        ]);

        Assert.Equal(["UA-09", "UA-12"], AccessScope.Of(user, Manage).OblastCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Allows_National_AllowsEveryOblastAndDataWithoutOblast()
    {
        Assert.True(AccessScope.National.Allows("UA-09"));
        Assert.True(AccessScope.National.Allows("UA-71"));
        Assert.True(AccessScope.National.Allows(null));
    }

    [Fact]
    public void Allows_OblastScope_AllowsOnlyItsOblasts()
    {
        var scope = AccessScope.ForOblasts(["UA-09"]);

        Assert.True(scope.Allows("UA-09"));
        Assert.False(scope.Allows("UA-71"));
        Assert.False(scope.Allows("ua-09"));
    }

    [Fact]
    public void Allows_OblastScope_RefusesDataWithoutOblast()
    {
        Assert.False(AccessScope.ForOblasts(["UA-09"]).Allows(null));
    }

    [Fact]
    public void Allows_None_RefusesEverything()
    {
        Assert.False(AccessScope.None.Allows("UA-09"));
        Assert.False(AccessScope.None.Allows(null));
    }

    [Fact]
    public void Covers_National_CoversNationalAndAnyOblasts()
    {
        Assert.True(AccessScope.National.Covers(AccessScope.National));
        Assert.True(AccessScope.National.Covers(AccessScope.ForOblasts(["UA-09", "UA-71"])));
    }

    [Fact]
    public void Covers_OblastScope_DoesNotCoverNational()
    {
        Assert.False(AccessScope.ForOblasts(["UA-09"]).Covers(AccessScope.National));
    }

    [Fact]
    public void Covers_OblastScope_CoversSubsetButNotWiderOrOtherSets()
    {
        var scope = AccessScope.ForOblasts(["UA-09", "UA-12"]);

        Assert.True(scope.Covers(AccessScope.ForOblasts(["UA-09"])));
        Assert.True(scope.Covers(AccessScope.ForOblasts(["UA-12", "UA-09"])));
        Assert.False(scope.Covers(AccessScope.ForOblasts(["UA-09", "UA-71"])));
        Assert.False(scope.Covers(AccessScope.ForOblasts(["UA-71"])));
    }

    [Fact]
    public void Covers_AnyScope_CoversNone()
    {
        Assert.True(AccessScope.ForOblasts(["UA-09"]).Covers(AccessScope.None));
        Assert.True(AccessScope.None.Covers(AccessScope.None));
    }

    [Fact]
    public void Covers_None_DoesNotCoverAnOblast()
    {
        Assert.False(AccessScope.None.Covers(AccessScope.ForOblasts(["UA-09"])));
    }

    [Fact]
    public void Filter_National_KeepsEveryRowIncludingRowsWithoutOblast()
    {
        var filtered = AccessScope.National.Filter(People().AsQueryable(), p => p.OblastCode).Select(p => p.Name);

        Assert.Equal(["Ірина", "Олег", "Марія", "Без області"], filtered);
    }

    [Fact]
    public void Filter_OblastScope_KeepsOnlyRowsOfItsOblasts()
    {
        var scope = AccessScope.ForOblasts(["UA-09", "UA-12"]);

        var filtered = scope.Filter(People().AsQueryable(), p => p.OblastCode).Select(p => p.Name);

        Assert.Equal(["Ірина", "Марія"], filtered);
    }

    [Fact]
    public void Filter_None_KeepsNothing()
    {
        Assert.Empty(AccessScope.None.Filter(People().AsQueryable(), p => p.OblastCode));
    }

    [Fact]
    public void Filter_OblastScope_ReadsOblastThroughNestedProperty()
    {
        var rows = People().Select(p => new Row(p.Name, p)).AsQueryable();

        var filtered = AccessScope.ForOblasts(["UA-71"]).Filter(rows, r => r.Person.OblastCode).Select(r => r.Name);

        Assert.Equal(["Олег"], filtered);
    }

    private static Person[] People() =>
    [
        new("Ірина", "UA-09"),
        new("Олег", "UA-71"),
        new("Марія", "UA-12"),
        new("Без області", null),
    ];

    private sealed record Person(string Name, string? OblastCode);

    private sealed record Row(string Name, Person Person);
}
