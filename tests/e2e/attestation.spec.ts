import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addDemoCommission, download, pdfText, xlsxStrings } from './attestation-support';
import { newContext, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const DEMO_CAMPAIGN = 'Атестація бібліотечних працівників деокупованих громад Луганщини';

test('a methodologist creates a campaign, names the commission and imports candidates; a bad CSV is reported line by line', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);
  const name = `Атестація працівників Біловодської громади ${uniqueSuffix()}`;

  await page.goto('/admin/attestation/new');
  expect((await axe(page)).violations).toEqual([]);
  await page.getByLabel('Назва').fill(name);
  await page.getByLabel('Номер наказу').fill('12-ОД');
  await page.getByLabel('Дата наказу').fill('2026-02-20');
  await page.getByLabel('Область').selectOption({ label: 'Луганська область' });
  await page.getByRole('button', { name: 'Створити кампанію' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Кампанію створено')).toBeVisible();

  await addDemoCommission(page);
  await expect(page.locator('#commission li')).toHaveCount(5);

  const header = 'Прізвище;Ім\'я;По батькові;Посада;Бібліотека;Ел. пошта';
  await page.getByLabel('Файл CSV').setInputFiles({
    name: 'candidates.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\nСавченко;Тетяна;Іванівна;бібліотекарка;Сєвєродонецька міська публічна бібліотека;bibliotekar@lounb.demo\nКоваль;Ніна;;бібліотекарка;Невідома бібліотека;nina@example.org\n`),
  });
  await page.getByRole('button', { name: 'Імпортувати' }).click();
  await expect(page.locator('#import-errors')).toContainText('Рядок 3: Бібліотеки «Невідома бібліотека» немає');
  await expect(page.locator('#candidates')).toHaveCount(0);
  expect((await axe(page)).violations).toEqual([]);

  await page.getByLabel('Файл CSV').setInputFiles({
    name: 'candidates.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\nСавченко;Тетяна;Іванівна;бібліотекарка;Сєвєродонецька міська публічна бібліотека;bibliotekar@lounb.demo\nКоваль;Ніна;;бібліотекарка;Біловодська публічна бібліотека;nina@example.org\n`),
  });
  await page.getByRole('button', { name: 'Імпортувати' }).click();
  await expect(page.getByText('Імпортовано кандидатів: 2.')).toBeVisible();
  await expect(page.locator('#candidates tbody tr')).toHaveCount(2);
  await expect(page.locator('#step-counts tbody td').first()).toHaveText('2');
  await page.getByRole('button', { name: 'Розпочати кампанію' }).click();
  await expect(page.locator('#campaign-status')).toHaveText('Триває');
  await context.close();
});

test('the secretary records presence and votes, the system decides; the candidate sees only their own attestation on a phone', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const secretary = await context.newPage();
  await login(secretary, 'mentor@lounb.demo', DEMO_PASSWORD);
  await secretary.goto('/my/attestation');
  await secretary.locator('#my-commissions').getByRole('link', { name: DEMO_CAMPAIGN }).click();
  await expect(secretary.getByRole('heading', { level: 1 })).toHaveText(DEMO_CAMPAIGN);
  expect((await axe(secretary)).violations).toEqual([]);

  const row = secretary.locator('#candidates tbody tr').filter({ hasText: 'Співбесіду проведено' }).first();
  const candidateName = (await row.getByRole('link').textContent())!.trim();
  await row.getByRole('link').click();
  await expect(secretary.getByRole('heading', { level: 1 })).toHaveText(candidateName);
  expect((await axe(secretary)).violations).toEqual([]);

  // Three of five present: no quorum, nothing decided.
  const form = secretary.locator('#decision-form');
  const rows = form.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  for (let i = 0; i < 3; i++) {
    await rows.nth(i).getByRole('checkbox').check();
    await rows.nth(i).getByRole('combobox').selectOption({ label: 'Відповідає займаній посаді' });
  }
  await form.getByRole('button', { name: 'Підрахувати голоси й ухвалити рішення' }).click();
  await expect(secretary.getByText(/Немає кворуму: присутні 3 із 5/)).toBeVisible();
  await expect(secretary.locator('#candidate-step')).toHaveText('Співбесіду проведено');

  for (let i = 0; i < 5; i++) {
    await rows.nth(i).getByRole('checkbox').check();
    await rows.nth(i).getByRole('combobox').selectOption({ label: i < 3 ? 'Відповідає займаній посаді' : 'Не відповідає займаній посаді' });
  }
  await form.getByRole('button', { name: 'Підрахувати голоси й ухвалити рішення' }).click();
  await expect(secretary.getByText('Рішення ухвалено: «Відповідає займаній посаді».')).toBeVisible();
  await expect(secretary.locator('section.decision').last()).toContainText('«відповідає» — 3, «за умови» — 0, «не відповідає» — 2');
  await secretary.getByRole('button', { name: 'Повідомити кандидата' }).click();
  await expect(secretary.locator('#candidate-step')).toHaveText('Повідомлено');

  // The attestation sheet names the candidate and the decision; the protocol lists every candidate of the campaign.
  const sheet = pdfText(await download(secretary, 'Атестаційний лист (PDF)'));
  expect(sheet).toContain('АТЕСТАЦІЙНИЙ ЛИСТ');
  expect(sheet).toContain(candidateName);
  expect(sheet).toContain('«Відповідає займаній посаді»');
  expect(sheet).toContain('«відповідає» — 3, «відповідає за умови» — 0, «не відповідає» — 2');
  await secretary.getByRole('link', { name: DEMO_CAMPAIGN }).click();
  const everyone = (await secretary.locator('#candidates tbody tr td:first-child a').allTextContents()).map((n) => n.trim());
  expect(everyone.length).toBeGreaterThanOrEqual(20);
  const protocol = xlsxStrings(await download(secretary, 'Excel'));
  for (const name of everyone) {
    expect(protocol, `the protocol lists ${name}`).toContain(name);
  }
  await context.close();

  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const librarian = await phone.newPage();
  await login(librarian, 'bibliotekar@lounb.demo', DEMO_PASSWORD);
  await librarian.goto('/my/attestation');
  await expect(librarian.getByRole('heading', { level: 2, name: DEMO_CAMPAIGN })).toBeVisible();
  await expect(librarian.getByText(candidateName)).toHaveCount(0);
  expect((await axe(librarian)).violations).toEqual([]);
  const scroll = await librarian.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll).toBeLessThanOrEqual(0);
  await phone.close();
});
