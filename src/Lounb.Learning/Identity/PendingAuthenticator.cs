using Lounb.Modules.Core.Identity;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Lounb.Learning.Identity;

/// <summary>
/// An authenticator set-up in progress. Its key is kept apart from the person's authenticator key (as a user token),
/// so starting a set-up changes nothing that signs anyone in or out; only a confirmed code makes it the authenticator
/// key. Viewing the two-factor page never writes anything.
/// </summary>
internal sealed class PendingAuthenticator(UserManager<LounbUser> users, IUserStore<LounbUser> store, TimeProvider time)
{
    private const string LoginProvider = "Lounb";
    private const string TokenName = "PendingAuthenticatorKey";

    /// <summary>The current code and the two before and after it count, as in ASP.NET Core Identity's own authenticator check.</summary>
    private static readonly VerificationWindow Window = new(previous: 2, future: 2);

    public Task<string?> KeyAsync(LounbUser user) => users.GetAuthenticationTokenAsync(user, LoginProvider, TokenName);

    /// <summary>A new key for the person's app; a set-up already started is replaced.</summary>
    public async Task<string> StartAsync(LounbUser user)
    {
        var key = users.GenerateNewAuthenticatorKey();
        await users.SetAuthenticationTokenAsync(user, LoginProvider, TokenName, key);
        return key;
    }

    /// <summary>
    /// When <paramref name="code"/> is the app's current code for the pending key, that key becomes the person's
    /// authenticator key (replacing the old one) and two-factor sign-in is on; otherwise nothing changes.
    /// </summary>
    public async Task<bool> ConfirmAsync(LounbUser user, string code)
    {
        var key = await KeyAsync(user);
        if (key is null || !Matches(key, code, time.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        await ((IUserAuthenticatorKeyStore<LounbUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        await users.RemoveAuthenticationTokenAsync(user, LoginProvider, TokenName);
        // Turning it on refreshes the security stamp: other sessions must sign in again with the new second factor.
        await users.SetTwoFactorEnabledAsync(user, true);
        return true;
    }

    public async Task CancelAsync(LounbUser user) => await users.RemoveAuthenticationTokenAsync(user, LoginProvider, TokenName);

    internal static bool Matches(string base32Key, string code, DateTime utcNow) =>
        code.Length == 6 && new Totp(Base32Encoding.ToBytes(base32Key)).VerifyTotp(utcNow, code, out _, Window);
}
