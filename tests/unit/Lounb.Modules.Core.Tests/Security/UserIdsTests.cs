using System.Security.Claims;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Core.Tests.Security;

public class UserIdsTests
{
    [Fact]
    public void UserId_ReadsTheNameIdentifierClaim()
    {
        var id = Guid.NewGuid();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test"));

        Assert.Equal(id, user.UserId());
    }

    [Theory]
    [InlineData(" Олена Коваль ", "olena@example.org", "Олена Коваль")]
    [InlineData("", "olena@example.org", "olena@example.org")]
    [InlineData(null, null, "Учасник")]
    public void DisplayName_FullNameElseUserNameElseParticipant(string? fullName, string? userName, string expected)
    {
        var claims = new List<Claim>();
        if (fullName is not null)
        {
            claims.Add(new Claim(LounbClaimTypes.FullName, fullName));
        }

        if (userName is not null)
        {
            claims.Add(new Claim(ClaimTypes.Name, userName));
        }

        Assert.Equal(expected, new ClaimsPrincipal(new ClaimsIdentity(claims, "test")).DisplayName());
    }
}
