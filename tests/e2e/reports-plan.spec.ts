import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { newContext } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** Every text of an .xlsx (its shared strings), read with unzip. */
const xlsxStrings = (file: string) => execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' });

test('a methodologist enters targets and a month, sees plan against actual, and downloads an export', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);

  await page.goto('/admin/reports/plan');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Виконання плану');
  expect((await axe(page)).violations).toEqual([]);

  await page.locator('#target-BookIssue').fill('35 000');
  await page.getByRole('button', { name: 'Зберегти план' }).click();
  await expect(page.getByText('Планові показники збережено.')).toBeVisible();

  await page.locator('#figure-WebsiteVisits').fill('1300');
  await page.getByRole('button', { name: 'Зберегти дані місяця' }).click();
  await expect(page.getByText('Дані за місяць збережено.')).toBeVisible();
  const month = Number(await page.locator('#figure-month').inputValue());
  const trendRow = page.locator('#plan-trend tbody tr').filter({ hasText: 'Відвідування вебсайту' });
  await expect(trendRow.locator('td').nth(month - 1)).toHaveText(/^1\s300$/);
  await expect(page.locator('#plan-vs-actual tr[data-indicator="BookIssue"] td').first()).toHaveText(/^35\s000$/);

  await page.locator('#figure-WebsiteVisits').fill('-3');
  await page.getByRole('button', { name: 'Зберегти дані місяця' }).click();
  await expect(page.getByText('не може бути від’ємним')).toBeVisible();
  await expect(trendRow.locator('td').nth(month - 1)).toHaveText(/^1\s300$/);

  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const small = await phone.newPage();
  await login(small, demo.methodologistLuhansk, DEMO_PASSWORD);
  await small.goto('/admin/reports/plan');
  expect((await axe(small)).violations).toEqual([]);

  await page.goto('/admin/reports/exports');
  expect((await axe(page)).violations).toEqual([]);
  await page.getByLabel('Формат').selectOption({ label: 'Excel (.xlsx)' });
  await page.getByRole('button', { name: 'Підготувати файл' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поступ слухачів курсів');
  await expect(page.locator('#export-status')).toHaveText('Готово', { timeout: 60_000 });
  expect((await axe(page)).violations).toEqual([]);
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Завантажити файл' }).click();
  const file = await (await pending).path();
  expect(xlsxStrings(file!)).toContain('ПІБ');

  await small.goto(page.url());
  expect((await axe(small)).violations).toEqual([]);
  await phone.close();
  await context.close();
});
