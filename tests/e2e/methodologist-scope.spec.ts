import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demo, login } from './support';

async function searchPeople(page: Page, text: string): Promise<void> {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Люди');
  const search = page.getByRole('search', { name: 'Пошук людей' });
  await search.getByLabel('Ім\'я або пошта').fill(text);
  await search.getByRole('button', { name: 'Знайти' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users\\?q=${encodeURIComponent(text)}`));
}

const results = (page: Page) => page.getByRole('table', { name: 'Результати пошуку людей' });

test.describe('Regional methodologist (Luhansk, UA-09) in the people directory', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);
  });

  test('finds the Luhansk librarian "Тетяна Савченко" by surname', async ({ page }) => {
    await searchPeople(page, 'Савченко');
    await expect(page.locator('#user-count')).toHaveText('1');
    const rows = results(page).getByRole('row');
    await expect(rows).toHaveCount(2); // header + one person
    const row = rows.filter({ has: page.getByRole('link', { name: 'Тетяна Савченко' }) });
    await expect(row).toContainText('bibliotekar@lounb.demo');
    await expect(row).toContainText('Луганська');
    // A librarian's role carries no scope (only staff roles do); her oblast is shown beside it.
    await expect(row).toContainText('Бібліотекар, Слухач');

    // Her card opens.
    await row.getByRole('link', { name: 'Тетяна Савченко' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тетяна Савченко');
  });

  test('search is case-insensitive for Cyrillic', async ({ page }) => {
    await searchPeople(page, 'савченко');
    await expect(results(page).getByRole('link', { name: 'Тетяна Савченко' })).toBeVisible();
  });

  test('does not find the Cherkasy librarian "Руденко" outside the oblast', async ({ page }) => {
    await searchPeople(page, 'Руденко');
    await expect(page.locator('#user-count')).toHaveText('0');
    await expect(results(page).getByRole('row')).toHaveCount(1); // header only
    await expect(page.getByText('Галина Руденко')).toHaveCount(0);
    // Nor can the oblast filter be turned to Cherkasy.
    await expect(page.getByLabel('Область').locator('option', { hasText: 'Черка' })).toHaveCount(0);
  });

  test('gets 404 for the details page of a Cherkasy person found by the national administrator', async ({ page, browser, baseURL }) => {
    // The national administrator sees the Cherkasy librarian and gives us her id.
    const adminContext = await browser.newContext({ baseURL });
    let cherkasyUrl: string;
    try {
      const admin = await adminContext.newPage();
      await login(admin, demo.admin, DEMO_PASSWORD);
      await searchPeople(admin, 'Руденко');
      await expect(admin.locator('#user-count')).toHaveText('1');
      const link = results(admin).getByRole('link', { name: 'Галина Руденко' });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/admin\/users\/[0-9a-f-]{36}$/);
      cherkasyUrl = href!;
      // The page exists: the administrator can open it.
      const adminResponse = await admin.goto(cherkasyUrl);
      expect(adminResponse?.status()).toBe(200);
      await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Галина Руденко');
    } finally {
      await adminContext.close();
    }

    const response = await page.goto(cherkasyUrl);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сторінку не знайдено');
    await expect(page.getByText('Галина Руденко')).toHaveCount(0);
    await expect(page.getByText('bibliotekar.cherkasy@lounb.demo')).toHaveCount(0);
  });
});
