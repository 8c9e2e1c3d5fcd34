import { expect, test } from '@playwright/test';
import { escapeRegExp, fillCitizenRegistration, login, outboxFilesTo, STRONG_PASSWORD, submitRegistration, uniqueEmail } from './support';

test.describe('Citizen registration', () => {
  test('an adult citizen registers, confirms the address from the outbox letter, signs in and sees the dashboard', async ({ page, baseURL }) => {
    const email = uniqueEmail('adult');
    const fullName = 'Ганна Левченко';

    await page.goto('/account/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Реєстрація' })).toBeVisible();
    await fillCitizenRegistration(page, { fullName, email, password: STRONG_PASSWORD, ageGroup: '18–59 років' });
    // An adult needs no guardian: the guardian fields stay hidden.
    await expect(page.getByLabel('Ім\'я батька, матері або опікуна')).toBeHidden();
    await submitRegistration(page);

    await expect(page).toHaveURL(/\/account\/register-confirmation\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перевірте пошту');
    await expect(page.getByRole('main')).toContainText(`Ми надіслали лист на ${email}`);
    // Letters go through the mail queue: the worker writes it a moment after the request.
    await expect.poll(() => outboxFilesTo(email).length, { message: 'exactly one letter is written to the new address' }).toBe(1);

    // Not confirmed yet: signing in is refused with a hint to confirm the address.
    await page.goto('/account/login');
    await page.getByLabel('Електронна пошта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Увійти' }).click();
    await expect(page.getByRole('alert')).toContainText('Спершу підтвердьте електронну пошту');
    await expect(page).toHaveURL(/\/account\/login$/);

    // The development outbox lists letters newest first; take the newest one addressed to this person.
    await page.goto('/dev/outbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Вихідні листи' })).toBeVisible();
    const letter = page.getByRole('article').filter({ hasText: email }).first();
    await expect(letter.getByRole('heading')).toHaveText('Підтвердьте адресу — Lounb Learning');
    await expect(letter).toContainText(`Вітаємо, ${fullName}!`);
    const confirmLink = letter.getByRole('link', { name: /\/account\/confirm-email\?userId=/ });
    await expect(confirmLink).toHaveCount(1);
    expect(await confirmLink.getAttribute('href'), 'the link points back to this site').toMatch(new RegExp(`^${escapeRegExp(baseURL!)}/account/confirm-email\\?userId=[0-9a-f-]{36}&code=[A-Za-z0-9_-]+$`));
    await confirmLink.click();

    await expect(page).toHaveURL(/\/account\/confirm-email\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Адресу підтверджено');
    await expect(page.getByText('Дякуємо! Тепер можна увійти.')).toBeVisible();

    await page.getByRole('main').getByRole('link', { name: 'Увійти' }).click();
    await expect(page).toHaveURL(/\/account\/login$/);
    await login(page, email, STRONG_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Вітаємо, ${fullName}!`);
    const aboutMe = page.getByRole('region', { name: 'Про мене' });
    await expect(aboutMe).toContainText(email);
    await expect(aboutMe.getByRole('listitem')).toHaveText(['Слухач']);
    // The header now offers the personal area and sign-out instead of sign-in.
    await expect(page.getByRole('banner').getByRole('button', { name: 'Вийти' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Увійти' })).toHaveCount(0);
  });

  test('a confirmation link with a wrong code does not confirm the address', async ({ page }) => {
    const email = uniqueEmail('badcode');
    await page.goto('/account/register');
    await fillCitizenRegistration(page, { fullName: 'Петро Гнатюк', email, password: STRONG_PASSWORD, ageGroup: '60 років і більше' });
    await submitRegistration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перевірте пошту');

    await page.goto('/dev/outbox');
    const href = await page.getByRole('article').filter({ hasText: email }).first()
      .getByRole('link', { name: /\/account\/confirm-email\?/ }).getAttribute('href');
    expect(href).toBeTruthy();
    const forged = new URL(href!);
    forged.searchParams.set('code', 'AAAA' + forged.searchParams.get('code')!.slice(4, -4) + 'AAAA');
    await page.goto(forged.pathname + forged.search);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Не вдалося підтвердити адресу');

    await page.goto('/account/login');
    await page.getByLabel('Електронна пошта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Увійти' }).click();
    await expect(page.getByRole('alert')).toContainText('Спершу підтвердьте електронну пошту');
  });
});
