import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { newContext } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** Every text of an .xlsx (its shared strings), read with unzip. */
const xlsxStrings = (file: string) => execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' });

/** Starts the export of `source` from the page's form, waits for the job and returns the downloaded file's path. */
async function exportFrom(page: Page, source: string, title: string): Promise<string> {
  await page.locator(`form[data-export="${source}"]`).getByRole('button', { name: 'Excel (.xlsx)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.locator('#export-status')).toHaveText('Готово', { timeout: 60_000 });
  expect((await axe(page)).violations).toEqual([]);
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Завантажити файл' }).click();
  return (await (await pending).path())!;
}

test('a methodologist sees progress per oblast and library and exports them and a drill-down list', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);

  await page.goto('/admin/reports/progress');
  await page.getByRole('link', { name: 'Підсумки за областями й бібліотеками' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Підсумки поступу за областями й бібліотеками');
  await expect(page.locator('#by-oblast tbody tr')).toHaveCount(1);
  await expect(page.locator('#by-oblast tbody th')).toHaveText('Луганська область');
  expect(await page.locator('#by-library tbody tr').count()).toBeGreaterThan(0);
  expect((await axe(page)).violations).toEqual([]);
  const summaryUrl = page.url();

  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const small = await phone.newPage();
  await login(small, demo.methodologistLuhansk, DEMO_PASSWORD);
  await small.goto(summaryUrl);
  expect((await axe(small)).violations).toEqual([]);

  const libraries = xlsxStrings(await exportFrom(page, 'progress-by-library', 'Підсумки поступу за бібліотеками'));
  for (const header of ['Область', 'Громада', 'Бібліотека', 'Слухачів', 'Частка завершень, %', 'Сертифікатів']) {
    expect(libraries).toContain(header);
  }
  expect(libraries).toContain('Луганська область');

  await page.goto('/admin/reports/people?measure=enrolled');
  expect((await axe(page)).violations).toEqual([]);
  const people = xlsxStrings(await exportFrom(page, 'dashboard-people', 'Записи на курси'));
  expect(people).toContain('Електронна пошта');
  expect(people).toContain('Луганська область');
  expect(people).not.toContain('Черкаська область');

  await page.goto('/admin/reports/progress/summary?from=2026-05-10&to=2026-05-01');
  await expect(page.getByText('Кінець періоду має бути не раніше за його початок.')).toBeVisible();
  await expect(page.locator('#by-oblast')).toHaveCount(0);
  expect((await axe(page)).violations).toEqual([]);
  const outside = await page.goto('/admin/reports/progress/summary?oblast=UA-71');
  expect(outside?.status()).toBe(403);

  await phone.close();
  await context.close();
});
