using System.Globalization;
using System.Text;
using Lounb.Learning.Identity;
using Lounb.Learning.ViewModels;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Lounb.Learning.Controllers;

/// <summary>Two-factor sign-in with an authenticator app (TOTP): set up, recovery codes, switch off where allowed.</summary>
[Authorize]
[Route("account/two-factor")]
internal sealed class ManageController(
    UserManager<LounbUser> users, SignInManager<LounbUser> signIn, PendingAuthenticator pending, IOptions<SecurityOptions> security) : Controller
{
    private const int RecoveryCodeCount = 10;

    /// <summary>Shows the state and any set-up in progress; changes nothing (an authenticator key is made only by «setup»).</summary>
    [HttpGet("")]
    public async Task<IActionResult> TwoFactor() => View(await BuildAsync(await CurrentUserAsync()));

    /// <summary>Starts a set-up: a new key for the app, kept aside until a code confirms it; the current key, if any, still works.</summary>
    [HttpPost("setup")]
    public async Task<IActionResult> Setup()
    {
        await pending.StartAsync(await CurrentUserAsync());
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel()
    {
        await pending.CancelAsync(await CurrentUserAsync());
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(TwoFactorViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(nameof(TwoFactor), await BuildAsync(user));
        }

        var code = model.Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await pending.ConfirmAsync(user, code))
        {
            ModelState.AddModelError(nameof(model.Code), "Код неправильний. Перевірте, що час на телефоні правильний, і введіть новий код.");
            return View(nameof(TwoFactor), await BuildAsync(user));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        var view = await BuildAsync(user);
        view.NewRecoveryCodes = codes?.ToList();
        TempData["Status"] = "Двоетапний вхід увімкнено.";
        return View(nameof(TwoFactor), view);
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        var view = await BuildAsync(user);
        view.NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList();
        return View(nameof(TwoFactor), view);
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable()
    {
        var user = await CurrentUserAsync();
        if (IsRequired())
        {
            TempData["Error"] = "Для вашої ролі двоетапний вхід обов'язковий: вимкнути його не можна.";
            return RedirectToAction(nameof(TwoFactor));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await pending.CancelAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Двоетапний вхід вимкнено.";
        return RedirectToAction(nameof(TwoFactor));
    }

    private async Task<LounbUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user was not found.");

    private bool IsRequired() => security.Value.RequireStaff2fa && Roles.RequiringTwoFactor.Any(User.IsInRole);

    private async Task<TwoFactorViewModel> BuildAsync(LounbUser user)
    {
        var model = new TwoFactorViewModel
        {
            IsEnabled = user.TwoFactorEnabled,
            IsRequired = IsRequired(),
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        };
        var key = await pending.KeyAsync(user);
        if (key is not null)
        {
            model.SharedKey = FormatKey(key);
            var uri = string.Create(CultureInfo.InvariantCulture,
                $"otpauth://totp/{Uri.EscapeDataString("Lounb Learning")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString("Lounb Learning")}&digits=6");
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            model.QrCodeSvg = new SvgQRCode(data).GetGraphic(4);
        }

        return model;
    }

    private static string FormatKey(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
