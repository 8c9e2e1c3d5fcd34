import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newContext, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const BANK = ['Законодавство України про бібліотечну справу', 'Професійні знання', 'Українська мова', 'Інформаційна гігієна'];

/** Axe finds nothing and the page does not scroll sideways. */
async function accessible(page: Page): Promise<void> {
  expect((await axe(page)).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('a methodologist edits a campaign, composes its test from bank categories and picks candidates from the organisation tree', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);
  const name = `Атестація працівників Сєвєродонецької громади ${uniqueSuffix()}`;

  await page.goto('/admin/attestation/new');
  await page.getByLabel('Назва').fill(`${name} (чернетка)`);
  await page.getByLabel('Номер наказу').fill('17-ОД');
  await page.getByLabel('Дата наказу').fill('2026-03-02');
  await page.getByLabel('Область').selectOption({ label: 'Луганська область' });
  await page.getByLabel('Відкрито з').fill('2026-01-01');
  await page.getByLabel('до (включно)').fill('2030-12-31');
  await page.getByRole('button', { name: 'Створити кампанію' }).click();
  await expect(page.getByText('Кампанію створено')).toBeVisible();
  const campaignUrl = page.url();

  // The edit page: the same rules as a new campaign; the scope narrowed to one hromada.
  await page.getByRole('link', { name: 'Змінити кампанію' }).click();
  await accessible(page);
  await page.getByLabel('Назва').fill(name);
  await page.getByLabel('до (включно)').fill('2025-12-01');
  await page.getByRole('button', { name: 'Зберегти зміни' }).click();
  await expect(page.locator('.validation-summary-errors')).toContainText('Вікно тестування: дата закриття має бути пізніше за дату відкриття.');
  await page.getByLabel('до (включно)').fill('2030-12-31');
  await page.getByLabel('Строк оскарження, днів').fill('14');
  await page.getByLabel('Сєвєродонецька міська громада').check();
  await page.getByRole('button', { name: 'Зберегти зміни' }).click();
  await expect(page.getByText('Зміни кампанії збережено.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Строк оскарження: 14 дн.')).toBeVisible();

  // The test: three random questions of each of the demo bank's four categories.
  await page.getByRole('link', { name: 'Скласти тест із банку питань' }).click();
  await accessible(page);
  for (const category of BANK) {
    await page.locator('#draw-categories tr', { has: page.getByRole('rowheader', { name: category, exact: true }) }).getByRole('spinbutton').fill('3');
  }
  await page.getByLabel('Прохідний бал, %').fill('65');
  await page.getByRole('button', { name: 'Скласти тест' }).click();
  await expect(page.getByText('Тест кампанії складено')).toBeVisible();
  await expect(page.getByText('Тест складається випадково з категорій банку питань.')).toBeVisible();
  await page.getByRole('link', { name: 'Тест із банку питань' }).click();
  await expect(page.locator('#current-test')).toContainText('Українська мова: 3 пит.');
  await expect(page.locator('#current-test')).toContainText('Прохідний бал: 65%');

  // Candidates from the tree: hromada → library → its staff, without JavaScript-only controls.
  await page.goto(campaignUrl);
  await page.getByRole('link', { name: /Обрати працівників бібліотек/ }).click();
  await expect(page.getByLabel('Громада').locator('option')).toHaveText(['— оберіть громаду —', 'Сєвєродонецька міська громада']);
  await page.getByLabel('Громада').selectOption({ label: 'Сєвєродонецька міська громада' });
  await page.getByRole('button', { name: 'Показати бібліотеки' }).click();
  await page.getByLabel('Бібліотека').selectOption({ label: 'Сєвєродонецька міська публічна бібліотека' });
  await page.getByRole('button', { name: 'Показати працівників' }).click();
  await accessible(page);
  await page.getByRole('checkbox', { name: /Тетяна Савченко/ }).check();
  await page.getByRole('button', { name: 'Додати позначених до кампанії' }).click();
  await expect(page.locator('.validation-summary-errors')).toContainText('Вкажіть посаду');
  await page.getByLabel('Посада: Тетяна Савченко').fill('бібліотекарка');
  await expect(page.getByRole('checkbox', { name: /Тетяна Савченко/ })).toBeChecked();
  await page.getByRole('button', { name: 'Додати позначених до кампанії' }).click();
  await expect(page.getByText('Додано кандидатів: 1.')).toBeVisible();
  await expect(page.locator('#candidates')).toContainText('Савченко Тетяна');
  await page.getByRole('link', { name: /Обрати працівників бібліотек/ }).click();
  await page.getByLabel('Громада').selectOption({ label: 'Сєвєродонецька міська громада' });
  await page.getByRole('button', { name: 'Показати бібліотеки' }).click();
  await page.getByLabel('Бібліотека').selectOption({ label: 'Сєвєродонецька міська публічна бібліотека' });
  await page.getByRole('button', { name: 'Показати працівників' }).click();
  await expect(page.getByRole('checkbox', { name: /Тетяна Савченко/ })).toBeDisabled();
  await expect(page.getByText('уже кандидат цієї кампанії')).toBeVisible();
  const pickUrl = page.url();
  await context.close();

  // The same pages on a phone.
  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const small = await phone.newPage();
  await login(small, demo.methodologistLuhansk, DEMO_PASSWORD);
  for (const url of [pickUrl, `${campaignUrl.replace('/attestation/campaigns/', '/admin/attestation/')}/edit`, `${campaignUrl.replace('/attestation/campaigns/', '/admin/attestation/')}/test`]) {
    await small.goto(url);
    await accessible(small);
  }
  await phone.close();
});

test('the demo librarian opens the demo campaign test, drawn from the attestation bank, from the dashboard', async ({ browser, baseURL }) => {
  const context = await newContext(browser, baseURL, { width: 360, height: 740 });
  const page = await context.newPage();
  await login(page, 'bibliotekar@lounb.demo', DEMO_PASSWORD);
  await page.goto('/dashboard');
  await page.locator('#my-attestation').getByRole('link', { name: /Скласти тест/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атестаційний тест: Атестація бібліотечних працівників деокупованих громад Луганщини');
  await accessible(page);
  await page.getByRole('button', { name: 'Почати тест' }).click();
  await expect(page.locator('#answered-count')).toHaveText('Відповідей: 0 з 20');
  await expect(page.locator('.attempt-page:not([hidden]) fieldset')).toHaveCount(5);
  await context.close();
});
