using Microsoft.AspNetCore.Identity;

namespace Lounb.Learning.Identity;

/// <summary>Identity's messages in Ukrainian.</summary>
internal sealed class UkrainianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Describe(nameof(DefaultError), "Сталася помилка. Спробуйте ще раз.");

    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure), "Дані змінив хтось інший. Оновіть сторінку й спробуйте ще раз.");

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch), "Неправильний пароль.");

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken), "Посилання недійсне або застаріло. Попросіть надіслати нове.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Describe(nameof(RecoveryCodeRedemptionFailed), "Код відновлення неправильний.");

    public override IdentityError LoginAlreadyAssociated() => Describe(nameof(LoginAlreadyAssociated), "Цей зовнішній обліковий запис уже прив'язано до іншої людини.");

    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidUserName), "Ім'я користувача містить недопустимі символи.");

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail), $"Адреса «{email}» не схожа на електронну пошту.");

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateUserName), $"Адреса {userName} уже зареєстрована. Увійдіть або відновіть пароль.");

    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail), $"Адреса {email} уже зареєстрована. Увійдіть або відновіть пароль.");

    public override IdentityError InvalidRoleName(string? role) => Describe(nameof(InvalidRoleName), $"Недопустима назва ролі «{role}».");

    public override IdentityError DuplicateRoleName(string role) => Describe(nameof(DuplicateRoleName), $"Роль «{role}» уже існує.");

    public override IdentityError UserAlreadyHasPassword() => Describe(nameof(UserAlreadyHasPassword), "Пароль уже встановлено.");

    public override IdentityError UserLockoutNotEnabled() => Describe(nameof(UserLockoutNotEnabled), "Для цього облікового запису блокування вимкнено.");

    public override IdentityError UserAlreadyInRole(string role) => Describe(nameof(UserAlreadyInRole), $"Людина вже має роль «{role}».");

    public override IdentityError UserNotInRole(string role) => Describe(nameof(UserNotInRole), $"Людина не має ролі «{role}».");

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), $"Пароль закороткий: потрібно щонайменше {length} символів.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Describe(nameof(PasswordRequiresUniqueChars), $"Пароль має містити щонайменше {uniqueChars} різних символів.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Describe(nameof(PasswordRequiresNonAlphanumeric), "Пароль має містити хоча б один знак, що не є літерою чи цифрою.");

    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit), "Пароль має містити хоча б одну цифру.");

    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower), "Пароль має містити хоча б одну малу літеру.");

    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper), "Пароль має містити хоча б одну велику літеру.");

    private static IdentityError Describe(string code, string description) => new() { Code = code, Description = description };
}
