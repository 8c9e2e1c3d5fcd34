import { expect, test } from '@playwright/test';
import { demo, fillCitizenRegistration, outboxFilesTo, STRONG_PASSWORD, submitRegistration, uniqueEmail } from './support';

test.describe('Registration with bad input', () => {
  test('an email that is already registered is refused with "уже зареєстрована"', async ({ page }) => {
    const lettersBefore = outboxFilesTo(demo.admin).length;
    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName: 'Хтось Інший', email: demo.admin, password: STRONG_PASSWORD, ageGroup: '18–59 років' });
    await submitRegistration(page);

    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Реєстрація');
    await expect(page.getByText(`Адреса ${demo.admin} уже зареєстрована. Увійдіть або відновіть пароль.`)).toBeVisible();
    await expect(page.getByLabel('Електронна пошта')).toHaveValue(demo.admin);
    expect(outboxFilesTo(demo.admin), 'no letter goes to the existing account').toHaveLength(lettersBefore);
  });

  test('the same address in other letter case is also refused as a duplicate', async ({ page }) => {
    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName: 'Хтось Інший', email: 'Admin@Lounb.Demo', password: STRONG_PASSWORD, ageGroup: '18–59 років' });
    await submitRegistration(page);
    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByText(/уже зареєстрована/)).toBeVisible();
  });

  test('a weak password "12345" is refused with a Ukrainian message and no account or letter is created', async ({ page }) => {
    const email = uniqueEmail('weak');
    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName: 'Ігор Слабкий', email, password: '12345', ageGroup: '18–59 років' });
    await submitRegistration(page);

    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByText('Пароль закороткий: потрібно щонайменше 10 символів.')).toBeVisible();
    expect(outboxFilesTo(email)).toHaveLength(0);

    // No account was created: the same address can then register with a good password.
    await page.getByLabel('Пароль', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel('Пароль ще раз').fill(STRONG_PASSWORD);
    await page.getByLabel('Погоджуюся на обробку моїх персональних даних для навчання').check();
    await submitRegistration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перевірте пошту');
    await expect.poll(() => outboxFilesTo(email).length).toBe(1);
  });

  test('a commonly guessed password and mismatched repetition are refused in Ukrainian', async ({ page }) => {
    const email = uniqueEmail('common');
    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName: 'Ігор Простий', email, password: 'qwerty1234', ageGroup: '18–59 років' });
    await submitRegistration(page);
    await expect(page.getByText(/Цей пароль легко вгадати/)).toBeVisible();

    await fillCitizenRegistration(page, { fullName: 'Ігор Простий', email, password: STRONG_PASSWORD, confirmPassword: STRONG_PASSWORD + 'x', ageGroup: '18–59 років' });
    await submitRegistration(page);
    await expect(page.getByText('Паролі не збігаються.')).toBeVisible();
    expect(outboxFilesTo(email)).toHaveLength(0);
  });

  test('registration without consent to personal data processing is refused', async ({ page }) => {
    const email = uniqueEmail('noconsent');
    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName: 'Марія Обережна', email, password: STRONG_PASSWORD, ageGroup: '18–59 років', acceptPersonalData: false });
    await submitRegistration(page);
    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByText('Без згоди на обробку персональних даних зареєструватися не можна.')).toBeVisible();
    expect(outboxFilesTo(email)).toHaveLength(0);
  });
});
