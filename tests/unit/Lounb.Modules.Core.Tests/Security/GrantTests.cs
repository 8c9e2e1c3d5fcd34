using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Core.Tests.Security;

public sealed class GrantTests
{
    [Fact]
    public void Parse_PermissionAtOblast_SplitsPermissionAndScope()
    {
        Assert.Equal(new Grant("Users.Manage", "UA-09"), Grant.Parse("Users.Manage@UA-09"));
    }

    [Fact]
    public void Parse_NationalMarker_KeepsStarAsScope()
    {
        Assert.Equal(new Grant("Pages.Manage", AccessScope.NationalMarker), Grant.Parse("Pages.Manage@*"));
    }

    [Fact]
    public void Parse_SeveralAtSigns_SplitsAtTheLastOne()
    {
        Assert.Equal(new Grant("odd@name", "UA-09"), Grant.Parse("odd@name@UA-09"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Users.Manage")]
    [InlineData("@UA-09")]
    [InlineData("Users.Manage@")]
    [InlineData("@")]
    public void Parse_MissingPermissionOrScope_ReturnsNull(string value)
    {
        Assert.Null(Grant.Parse(value));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Grant.Parse(null!));
    }

    [Fact]
    public void ToString_ParsedGrant_RoundTrips()
    {
        var grant = new Grant("Users.Manage", "UA-71");

        Assert.Equal("Users.Manage@UA-71", grant.ToString());
        Assert.Equal(grant, Grant.Parse(grant.ToString()));
    }
}
