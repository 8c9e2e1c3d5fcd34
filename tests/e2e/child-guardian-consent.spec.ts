import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demo, fillCitizenRegistration, login, outboxFilesTo, STRONG_PASSWORD, submitRegistration, uniqueEmail } from './support';

const CHILD = '8–13 років (потрібна згода батьків або опікуна)' as const;

test.describe('Registration of a child aged 8–13', () => {
  test('without guardian details and consent is refused in Ukrainian and no letter is written; with them it succeeds', async ({ page, browser, baseURL }) => {
    const email = uniqueEmail('child');
    const fullName = 'Софія Марченко';

    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName, email, password: STRONG_PASSWORD, ageGroup: CHILD });
    const guardianName = page.getByLabel('Ім\'я батька, матері або опікуна');
    const guardianContact = page.getByLabel('Телефон або пошта батька, матері чи опікуна');
    const guardianConsent = page.getByLabel('Я — батько, мати або опікун і даю згоду на навчання дитини та обробку її персональних даних');
    // Choosing the child age group reveals the guardian part of the form.
    await expect(guardianName).toBeVisible();
    await expect(guardianContact).toBeVisible();
    await expect(guardianConsent).toBeVisible();
    await expect(guardianConsent).not.toBeChecked();
    await submitRegistration(page);

    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Реєстрація');
    await expect(page.getByText('Для дитини до 14 років вкажіть ім\'я батька, матері або опікуна.')).toBeVisible();
    await expect(page.getByText('Вкажіть телефон або пошту батька, матері чи опікуна.')).toBeVisible();
    await expect(page.getByText('Дитина до 14 років може зареєструватися лише зі згодою батьків або опікуна.')).toBeVisible();
    // What was typed is kept (except the passwords).
    await expect(page.getByLabel('Прізвище та ім\'я')).toHaveValue(fullName);
    await expect(page.getByLabel('Вікова група')).toHaveValue('Child8To13');

    expect(outboxFilesTo(email), 'no letter is written for a refused registration').toHaveLength(0);
    const outbox = await page.context().newPage();
    await outbox.goto('/dev/outbox');
    await expect(outbox.getByRole('heading', { level: 1, name: 'Вихідні листи' })).toBeVisible();
    await expect(outbox.getByRole('article').filter({ hasText: email })).toHaveCount(0);
    await outbox.close();

    // Consent alone is not enough: the guardian must also be named.
    await page.getByLabel('Пароль', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel('Пароль ще раз').fill(STRONG_PASSWORD);
    await page.getByLabel('Погоджуюся на обробку моїх персональних даних для навчання').check();
    await guardianConsent.check();
    await submitRegistration(page);
    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByText('Для дитини до 14 років вкажіть ім\'я батька, матері або опікуна.')).toBeVisible();
    await expect(page.getByText('Дитина до 14 років може зареєструватися лише зі згодою батьків або опікуна.')).toHaveCount(0);
    expect(outboxFilesTo(email)).toHaveLength(0);

    // With the guardian's name, contact and consent the child is registered and a letter goes out.
    await guardianName.fill('Олена Марченко');
    await guardianContact.fill('+380501234567');
    await guardianConsent.check();
    await page.getByLabel('Пароль', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel('Пароль ще раз').fill(STRONG_PASSWORD);
    await page.getByLabel('Погоджуюся на обробку моїх персональних даних для навчання').check();
    await submitRegistration(page);
    await expect(page).toHaveURL(/\/account\/register-confirmation\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перевірте пошту');
    await expect.poll(() => outboxFilesTo(email).length).toBe(1);

    // The guardian's consent is recorded with the account (seen by the national administrator).
    const admin = await browser.newContext({ baseURL });
    try {
      const adminPage = await admin.newPage();
      await login(adminPage, demo.admin, DEMO_PASSWORD);
      await adminPage.goto('/admin/users');
      await adminPage.getByLabel('Ім\'я або пошта').fill(email);
      await adminPage.getByRole('button', { name: 'Знайти' }).click();
      await adminPage.getByRole('link', { name: fullName }).click();
      await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(fullName);
      await expect(adminPage.getByRole('main')).toContainText('Громадянин · 8–13 років');
      await expect(adminPage.getByRole('main')).toContainText('Згода опікуна');
      await expect(adminPage.getByRole('main')).toContainText('Олена Марченко, +380501234567');
    } finally {
      await admin.close();
    }
  });
});
