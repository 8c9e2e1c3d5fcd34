using System.ComponentModel.DataAnnotations;
using Lounb.Learning.Organisation;
using Lounb.Modules.Core.Identity;

namespace Lounb.Learning.ViewModels;

internal sealed class RegisterViewModel
{
    [Display(Name = "Прізвище та ім'я")]
    [Required(ErrorMessage = "Вкажіть прізвище та ім'я.")]
    [StringLength(PersonLimits.FullNameLength, MinimumLength = PersonLimits.FullNameMinLength, ErrorMessage = "Прізвище та ім'я: від {2} до {1} символів.")]
    public string? FullName { get; set; }

    [Display(Name = "Електронна пошта")]
    [Required(ErrorMessage = "Вкажіть електронну пошту.")]
    [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
    [StringLength(PersonLimits.EmailLength, ErrorMessage = "Адреса задовга: не більше {1} символів.")]
    public string? Email { get; set; }

    [Display(Name = "Пароль")]
    [Required(ErrorMessage = "Придумайте пароль.")]
    [StringLength(PersonLimits.PasswordLength, ErrorMessage = "Пароль задовгий: не більше {1} символів.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Пароль ще раз")]
    [Required(ErrorMessage = "Повторіть пароль.")]
    [Compare(nameof(Password), ErrorMessage = "Паролі не збігаються.")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    [Display(Name = "Хто ви")]
    [Required(ErrorMessage = "Оберіть: бібліотекар чи громадянин.")]
    public PersonKind? Kind { get; set; }

    [Display(Name = "Область")]
    public string? OblastCode { get; set; }

    [Display(Name = "Громада")]
    public Guid? HromadaId { get; set; }

    [Display(Name = "Бібліотека")]
    public Guid? LibraryId { get; set; }

    [Display(Name = "Вікова група")]
    public AgeGroup? AgeGroup { get; set; }

    [Display(Name = "Ім'я батька, матері або опікуна")]
    [StringLength(PersonLimits.GuardianLength, ErrorMessage = "Не більше {1} символів.")]
    public string? GuardianName { get; set; }

    [Display(Name = "Телефон або пошта батька, матері чи опікуна")]
    [StringLength(PersonLimits.GuardianLength, ErrorMessage = "Не більше {1} символів.")]
    public string? GuardianContact { get; set; }

    [Display(Name = "Я — батько, мати або опікун і даю згоду на навчання дитини та обробку її персональних даних")]
    public bool GuardianConsent { get; set; }

    [Display(Name = "Погоджуюся на обробку моїх персональних даних для навчання")]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Без згоди на обробку персональних даних зареєструватися не можна.")]
    public bool AcceptPersonalData { get; set; }

    public IReadOnlyList<Option> Oblasts { get; set; } = [];

    public IReadOnlyList<Option> Hromadas { get; set; } = [];

    public IReadOnlyList<Option> Libraries { get; set; } = [];
}

internal sealed class LoginViewModel
{
    [Display(Name = "Електронна пошта")]
    [Required(ErrorMessage = "Вкажіть електронну пошту.")]
    [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
    public string? Email { get; set; }

    [Display(Name = "Пароль")]
    [Required(ErrorMessage = "Вкажіть пароль.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Запам'ятати мене на цьому пристрої")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class LoginTwoFactorViewModel
{
    [Display(Name = "Код із застосунку")]
    [Required(ErrorMessage = "Вкажіть шестизначний код.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Код — шість цифр.")]
    public string? Code { get; set; }

    [Display(Name = "Не питати код на цьому пристрої")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class LoginRecoveryCodeViewModel
{
    [Display(Name = "Код відновлення")]
    [Required(ErrorMessage = "Вкажіть код відновлення.")]
    [StringLength(20, ErrorMessage = "Код задовгий.")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class EmailOnlyViewModel
{
    [Display(Name = "Електронна пошта")]
    [Required(ErrorMessage = "Вкажіть електронну пошту.")]
    [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
    public string? Email { get; set; }
}

internal sealed class ResetPasswordViewModel
{
    [Required(ErrorMessage = "Вкажіть електронну пошту.")]
    [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Посилання неповне: відкрийте його з листа ще раз.")]
    public string? Code { get; set; }

    [Display(Name = "Новий пароль")]
    [Required(ErrorMessage = "Придумайте новий пароль.")]
    [StringLength(PersonLimits.PasswordLength, ErrorMessage = "Пароль задовгий: не більше {1} символів.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Новий пароль ще раз")]
    [Compare(nameof(Password), ErrorMessage = "Паролі не збігаються.")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

internal sealed class TwoFactorViewModel
{
    public bool IsEnabled { get; set; }

    public bool IsRequired { get; set; }

    public string? SharedKey { get; set; }

    public string? QrCodeSvg { get; set; }

    public int RecoveryCodesLeft { get; set; }

    public IReadOnlyList<string>? NewRecoveryCodes { get; set; }

    [Display(Name = "Код із застосунку")]
    [Required(ErrorMessage = "Вкажіть шестизначний код із застосунку.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Код — шість цифр.")]
    public string? Code { get; set; }
}
