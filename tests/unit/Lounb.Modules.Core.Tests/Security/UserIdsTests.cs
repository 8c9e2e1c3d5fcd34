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
}
