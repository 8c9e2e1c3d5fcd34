import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newContext } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** The job's copies in the folder playwright.config.ts gives the nodes. */
const copies = () => {
  const folder = join(process.env.E2E_DATA_DIR!, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((name) => /^lounb-\d{4}-\d{2}-\d{2}-\d{4}\.db$/.test(name)) : [];
};

test('an administrator sees the last backup, asks for one now, and the page passes axe at 1280 and 360 px', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.admin, DEMO_PASSWORD);

  // The nodes made the first copy when they started (no copy yet counts as a missed run).
  await expect(async () => {
    await page.goto('/admin/backups');
    await expect(page.locator('#backup-last')).toContainText('створено');
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Резервні копії');
  await expect(page.locator('#backup-state')).toContainText('Щодня о 02:30');
  const name = (await page.locator('#backup-last strong').first().textContent())!.trim();
  expect(copies()).toContain(name);
  expect((await axe(page)).violations).toEqual([]);

  await page.getByRole('button', { name: 'Створити копію зараз' }).click();
  await expect(page.getByText('Копію поставлено в чергу')).toBeVisible();
  await expect(async () => {
    await page.goto('/admin/backups');
    await expect(page.locator('#backup-runs tbody tr').first()).toContainText('на вимогу');
    await expect(page.locator('#backup-runs tbody tr').first()).toContainText('Створено');
  }).toPass({ timeout: 60_000 });

  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const small = await phone.newPage();
  await login(small, demo.admin, DEMO_PASSWORD);
  await small.goto('/admin/backups');
  await expect(small.locator('#backup-runs')).toBeVisible();
  expect((await axe(small)).violations).toEqual([]);
  await phone.close();
  await context.close();
});

test('a learner cannot open the backups page', async ({ browser, baseURL }) => {
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.learner, DEMO_PASSWORD);
  const response = await page.goto('/admin/backups');
  expect(response?.status()).toBe(403);
  await context.close();
});
