import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { newContext, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

// Hub activity reports: the demo coordinator files last month's report for a hub arranged here in the database (the hub
// registry's pages belong to another part of the module), the demo mentor returns it, it is corrected and approved;
// the national methodologist sees it on the oblast dashboard and the national table, and downloads the Excel export.

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const COORDINATOR = 'koordynator@lounb.demo';
const MENTOR = 'mentor@lounb.demo';

/** Runs SQL on the e2e app's SQLite database. */
function sql(statements: string): void {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) {
    throw new Error('E2E_DATA_DIR is not set: run the tests through playwright.config.ts.');
  }
  execFileSync('/usr/bin/sqlite3', [join(dataDir, 'lounb.db')], { input: statements, encoding: 'utf8' });
}

/** A hub of the Dnipro library run by the demo coordinator, whose mentor is the demo mentor (since a year ago). */
function arrangeHub(name: string): void {
  const [hub, coordinator, assignment] = [randomUUID(), randomUUID(), randomUUID()].map((id) => id.toUpperCase());
  const since = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  sql(`
    INSERT INTO hubs_hub (id, library_id, oblast_code, name, status, address, opening_hours, services)
      SELECT '${hub}', id, 'UA-12', '${name}', 'Active', 'м. Дніпро, вул. Бібліотечна, 1', '', 0 FROM core_library WHERE name = 'Дніпровська міська публічна бібліотека';
    INSERT INTO hubs_coordinator (id, hub_id, person_id, since, until)
      SELECT '${coordinator}', '${hub}', id, '${since}', NULL FROM identity_user WHERE normalized_email = '${COORDINATOR.toUpperCase()}';
    INSERT INTO hubs_mentor_assignment (id, mentor_id, coordinator_id, since, until)
      SELECT '${assignment}', m.id, c.id, '${since}', NULL FROM identity_user m, identity_user c
      WHERE m.normalized_email = '${MENTOR.toUpperCase()}' AND c.normalized_email = '${COORDINATOR.toUpperCase()}';
  `);
}

/** Last month as "2026-11" (Kyiv is at most 3 hours ahead of UTC; the run is not at midnight on the 1st). */
function lastMonth(): { value: string; day: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const value = first.toISOString().slice(0, 7);
  return { value, day: `${value}-03` };
}

async function signedIn(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, email, DEMO_PASSWORD);
  return page;
}

async function fillYouthAndSubmit(page: Page, youth: string): Promise<void> {
  await page.getByLabel('Захід 1: Молодь').fill(youth);
  await page.getByRole('button', { name: 'Надіслати ментору' }).click();
  await expect(page.getByText('Звіт надіслано ментору на перевірку.')).toBeVisible();
  await expect(page.locator('#report-status')).toHaveText('На перевірці');
}

test('a coordinator files a report, the mentor returns it, it is corrected and approved; dashboards, table and export show it', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const hubName = `Хаб цифрової освіти E2E ${uniqueSuffix()}`;
  arrangeHub(hubName);
  const month = lastMonth();

  const coordinator = await signedIn(browser, baseURL, COORDINATOR);
  await coordinator.goto('/hubs/reports');
  expect((await axe(coordinator)).violations).toEqual([]);
  const section = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: hubName }) });
  await section.getByLabel('Місяць звіту').fill(month.value);
  await section.getByRole('button', { name: 'Створити звіт' }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(hubName);

  await coordinator.getByLabel('Захід 1: вид').selectOption({ label: 'Code Club' });
  await coordinator.getByLabel('Захід 1: дата').fill(month.day);
  await coordinator.getByLabel('Захід 1: тема').fill('Code Club: перші ігри на Scratch');
  await coordinator.getByLabel('Захід 1: Внутрішньо переміщені особи').fill('3');
  await coordinator.getByLabel('Дія — е-документи').fill('5');
  // The draft is saved on the server while typing (autosave), and survives a reload.
  await coordinator.getByLabel('Примітки').fill('Заняття провели в укритті бібліотеки.');
  await expect(coordinator.locator('#autosave-status')).toContainText('Чернетку збережено', { timeout: 15_000 });
  await coordinator.reload();
  await expect(coordinator.getByLabel('Примітки')).toHaveValue('Заняття провели в укритті бібліотеки.');
  expect((await axe(coordinator)).violations).toEqual([]);
  await fillYouthAndSubmit(coordinator, '14');

  const mentor = await signedIn(browser, baseURL, MENTOR);
  await mentor.goto('/hubs/review');
  await mentor.locator('#waiting').getByRole('link', { name: hubName }).first().click();
  expect((await axe(mentor)).violations).toEqual([]);
  await mentor.getByLabel('Що виправити').fill('У журналі відвідування 12 дітей, а не 14.');
  await mentor.getByRole('button', { name: 'Повернути на доопрацювання' }).click();
  await expect(mentor.getByText('Звіт повернуто координаторові з вашим коментарем.')).toBeVisible();

  await coordinator.reload();
  await expect(coordinator.getByText('У журналі відвідування 12 дітей, а не 14.').first()).toBeVisible();
  await fillYouthAndSubmit(coordinator, '12');

  await mentor.reload();
  await mentor.getByRole('button', { name: 'Затвердити звіт' }).click();
  await expect(mentor.getByText('Звіт затверджено.')).toBeVisible();
  await expect(mentor.locator('#report-status')).toHaveText('Затверджено');
  await expect(mentor.locator('#report-history')).toContainText('Повернуто на доопрацювання');

  const methodologist = await signedIn(browser, baseURL, demo.methodologist);
  await methodologist.goto(`/admin/hubs/activity?oblast=UA-12&from=${month.value}&to=${month.value}`);
  const row = methodologist.locator('#oblast-hubs tbody tr', { has: methodologist.getByRole('rowheader', { name: hubName }) });
  //                       status, filed, approved, events, participants, consultations
  await expect(row.locator('td')).toHaveText(['Працює', '1', '1', '1', '15', '5']);
  expect((await axe(methodologist)).violations).toEqual([]);

  await methodologist.goto(`/admin/hubs/activity/national?from=${month.value}&to=${month.value}`);
  await expect(methodologist.locator('#national')).toContainText('Дніпропетровська область');
  expect((await axe(methodologist)).violations).toEqual([]);
  const pending = methodologist.waitForEvent('download');
  await methodologist.getByRole('link', { name: 'Завантажити Excel' }).click();
  const file = await (await pending).path();
  const strings = execFileSync('unzip', ['-p', file!, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
  expect(strings).toContain('Дніпропетровська область');
  expect(strings).toContain('Учасників усього');
  expect(strings).toContain('Усього');

  // A phone: the same pages at 360 px pass axe too.
  for (const [page, url] of [[methodologist, `/admin/hubs/activity/national?from=${month.value}&to=${month.value}`], [coordinator, '/hubs/reports'], [mentor, '/hubs/review']] as const) {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url);
    expect((await axe(page)).violations).toEqual([]);
  }
});
