using Lounb.Learning.Hosting;
using Lounb.Learning.Identity;
using Lounb.Learning.ViewModels;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lounb.Learning.Controllers;

/// <summary>Registration, email confirmation, sign-in (with two-factor), sign-out and password reset.</summary>
[AllowAnonymous]
[Route("account")]
[OfferedInEnglish]
internal sealed class AccountController(
    UserManager<LounbUser> users,
    SignInManager<LounbUser> signIn,
    Registration registration,
    AccountMailer mailer,
    IAuditLog audit) : Controller
{
    /// <summary>
    /// One answer for a wrong password, an unknown address and a locked account, so that nobody learns from the page
    /// which addresses are registered (after five tries an unknown address would otherwise never say «заблоковано»).
    /// </summary>
    internal const string SignInRefused =
        "Не вдалося увійти: неправильна пошта чи пароль, або вхід тимчасово заблоковано після кількох невдалих спроб чи рішенням адміністратора. Перевірте дані й спробуйте пізніше або відновіть пароль.";

    [HttpGet("register")]
    public async Task<IActionResult> Register(CancellationToken ct) =>
        View(await registration.FormAsync(new RegisterViewModel(), ct));

    [HttpPost("register")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> Register(RegisterViewModel model, [FromForm] string? refresh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (refresh is not null)
        {
            // Without JavaScript the hromada and library lists are refreshed by posting the form back.
            ModelState.Clear();
            return View(await registration.FormAsync(model, ct));
        }

        var outcome = await registration.RegisterAsync(model, ModelState.IsValid, ct);
        if (outcome.RegisteredEmail is { } email)
        {
            return RedirectToAction(nameof(RegisterConfirmation), new { email });
        }

        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        return View(outcome.Form);
    }

    [HttpGet("register-confirmation")]
    public IActionResult RegisterConfirmation(string email, bool sent = true)
    {
        ViewData["Email"] = email;
        ViewData["Sent"] = sent;
        return View();
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(Guid userId, string? code, CancellationToken ct)
    {
        var confirmed = code is not null && await registration.ConfirmEmailAsync(userId, DecodeOrEmpty(code), ct);
        ViewData["Confirmed"] = confirmed;
        return View();
    }

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailOnlyViewModel());

    [HttpPost("resend-confirmation")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> ResendConfirmation(EmailOnlyViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email!);
        if (user is not null && !user.EmailConfirmed)
        {
            await mailer.SendConfirmationAsync(user, ct);
        }

        // The same answer whether or not the address is registered: nobody learns who studies here.
        TempData["Status"] = "Якщо адресу зареєстровано й ще не підтверджено, ми надіслали новий лист.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> Login(LoginViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email!);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, model.Password!, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactor), new { model.ReturnUrl, model.RememberMe });
        }

        if (result.IsLockedOut)
        {
            // The audit log tells staff what happened; the page says the same as for a wrong password or an unknown address.
            await audit.RecordNowAsync(AuditActions.LockedOut, model.Email, "Вхід заблоковано після невдалих спроб або адміністратором.", ct);
            ModelState.AddModelError("", SignInRefused);
            return View(model);
        }

        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", "Спершу підтвердьте електронну пошту: відкрийте посилання з листа. Лист не прийшов? Надішліть його ще раз.");
            ViewData["ShowResend"] = true;
            return View(model);
        }

        await audit.RecordNowAsync(AuditActions.LoginFailed, model.Email, user is null ? "Адресу не зареєстровано." : "Неправильний пароль.", ct);
        ModelState.AddModelError("", SignInRefused);
        return View(model);
    }

    [HttpGet("login-2fa")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login));
        }

        return View(new LoginTwoFactorViewModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("login-2fa")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> LoginTwoFactor(LoginTwoFactorViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync(AuditActions.LockedOut, user.Email, "Заблоковано після невдалих кодів двоетапного входу.", ct);
            ModelState.AddModelError("", "Вхід тимчасово заблоковано через невдалі спроби.");
            return View(model);
        }

        await audit.RecordNowAsync(AuditActions.LoginFailed, user.Email, "Неправильний код двоетапного входу.", ct);
        ModelState.AddModelError(nameof(model.Code), "Код неправильний або застарів. Введіть новий код із застосунку.");
        return View(model);
    }

    [HttpGet("login-recovery")]
    public IActionResult LoginRecoveryCode(string? returnUrl) => View(new LoginRecoveryCodeViewModel { ReturnUrl = returnUrl });

    [HttpPost("login-recovery")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> LoginRecoveryCode(LoginRecoveryCodeViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        await audit.RecordNowAsync(AuditActions.LoginFailed, user.Email, "Неправильний код відновлення.", ct);
        ModelState.AddModelError(nameof(model.RecoveryCode), "Код відновлення неправильний або вже використаний.");
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        TempData["Status"] = "Ви вийшли. До зустрічі!";
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailOnlyViewModel());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> ForgotPassword(EmailOnlyViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email!);
        if (user is not null && user.EmailConfirmed)
        {
            await mailer.SendPasswordResetAsync(user, ct);
        }

        TempData["Status"] = "Якщо адресу зареєстровано, ми надіслали на неї посилання для нового пароля.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? code) =>
        View(new ResetPasswordViewModel { Email = email, Code = code });

    [HttpPost("reset-password")]
    [EnableRateLimiting(PlatformHosting.AuthRateLimitPolicy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email!);
        if (user is null)
        {
            ModelState.AddModelError("", "Посилання недійсне або застаріло. Попросіть надіслати нове.");
            return View(model);
        }

        var reset = await users.ResetPasswordAsync(user, DecodeOrEmpty(model.Code!), model.Password!);
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : "", error.Description);
            }

            return View(model);
        }

        await users.SetLockoutEndDateAsync(user, null);
        TempData["Status"] = "Пароль змінено. Увійдіть із новим паролем.";
        return RedirectToAction(nameof(Login));
    }

    private static string SafeReturnUrl(string? returnUrl) => Web.ReturnUrls.LocalOrDefault(returnUrl);

    private static string DecodeOrEmpty(string code)
    {
        try
        {
            return AccountMailer.Decode(code);
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
