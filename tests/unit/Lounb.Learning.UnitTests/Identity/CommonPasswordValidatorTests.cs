using Lounb.Learning.Identity;
using Lounb.Modules.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lounb.Learning.UnitTests.Identity;

public sealed class CommonPasswordValidatorTests
{
    private readonly CommonPasswordValidator _validator = new();

    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("qwerty1234")]
    [InlineData("пароль12345")]
    [InlineData("йцукенгшщз")]
    public async Task ValidateAsync_CommonPassword_Refused(string password)
    {
        var result = await ValidateAsync(password, "olena@example.org");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordTooCommon", error.Code);
        Assert.StartsWith("Цей пароль легко вгадати.", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iryna.koval2026!")]
    [InlineData("My-Iryna.Koval-pass")]
    public async Task ValidateAsync_PasswordContainsEmailLocalPart_Refused(string password)
    {
        var result = await ValidateAsync(password, "Iryna.Koval@lounb.example.org");

        Assert.Equal("PasswordTooCommon", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ValidateAsync_ShortLocalPartInPassword_Accepted()
    {
        var result = await ValidateAsync("bo-Stepy-Luhanshchyny-7", "bo@example.org");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_UncommonPassword_Accepted()
    {
        var result = await ValidateAsync("Книжки-ходять-пішки-42", "iryna.koval@example.org");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_UserWithoutEmail_ChecksCommonListOnly()
    {
        Assert.True((await ValidateAsync("Книжки-ходять-пішки-42", null)).Succeeded);
        Assert.False((await ValidateAsync("password123", null)).Succeeded);
    }

    private Task<IdentityResult> ValidateAsync(string password, string? email) =>
        _validator.ValidateAsync(manager: null!, new LounbUser { Email = email, UserName = email }, password);
}
