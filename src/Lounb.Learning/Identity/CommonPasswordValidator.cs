using Lounb.Modules.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lounb.Learning.Identity;

/// <summary>Refuses the passwords people guess first, and a password that repeats the email's name part.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<LounbUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "0123456789", "12345678910", "1111111111", "0000000000", "1234512345", "1q2w3e4r5t",
        "qwerty1234", "qwertyuiop", "qwerty12345", "password1", "password12", "password123", "passw0rd123",
        "iloveyou12", "abc1234567", "a1234567890", "zaq12wsxcde", "1qaz2wsx3edc", "ukraine123", "ukraina123",
        "slavaukraini1", "bibliote4ka", "biblioteka1", "biblioteka123", "пароль1234", "пароль12345", "йцукенгшщз", "бібліотека1",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<LounbUser> manager, LounbUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var localPart = user.Email?.Split('@')[0] ?? "";
        if (Common.Contains(password) || (localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "Цей пароль легко вгадати. Придумайте інший: наприклад, кілька слів, які пов'язані лише для вас.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
