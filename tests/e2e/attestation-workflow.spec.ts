import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newContext } from './courses-support';
import { DEMO_PASSWORD, login } from './support';

const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const DEMO_CAMPAIGN = 'Атестація бібліотечних працівників деокупованих громад Луганщини';
const LIBRARIAN = 'Савченко Тетяна Іванівна';

/** The demo campaign's interview day: sixteen days after the demo data was seeded (at the server's start). */
const interviewDay = () => new Date(Date.now() + 16 * 86_400_000).toISOString().slice(0, 10);

test('the secretary sets interview slots (an overlap is refused); the librarian sees the slot and the open test on the dashboard, also on a phone', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const secretary = await context.newPage();
  await login(secretary, 'mentor@lounb.demo', DEMO_PASSWORD);
  await secretary.goto('/my/attestation');
  await secretary.locator('#my-commissions').getByRole('link', { name: DEMO_CAMPAIGN }).click();
  await expect(secretary.getByRole('heading', { level: 2, name: 'Розклад співбесід' })).toBeVisible();

  const day = interviewDay();
  await secretary.getByLabel('Кандидат', { exact: true }).selectOption({ label: LIBRARIAN });
  await secretary.getByLabel('Дата й час (Київ)').fill(`${day}T10:00`);
  await secretary.getByRole('button', { name: 'Призначити' }).click();
  await expect(secretary.getByText('Співбесіду призначено.')).toBeVisible();
  await expect(secretary.locator('#timetable-slots tbody tr').filter({ hasText: LIBRARIAN })).toContainText('ЛОУНБ, відділ науково-методичної роботи');

  // Another candidate ten minutes later overlaps the librarian's interview: refused, nothing set.
  const other = (await secretary.locator('#slot-candidate option').filter({ hasNotText: LIBRARIAN }).first().textContent())!.trim();
  await secretary.getByLabel('Кандидат', { exact: true }).selectOption({ label: other });
  await secretary.getByLabel('Дата й час (Київ)').fill(`${day}T10:10`);
  await secretary.getByRole('button', { name: 'Призначити' }).click();
  await expect(secretary.getByText(`Цей час перетинається зі співбесідою кандидата ${LIBRARIAN}`)).toBeVisible();
  await expect(secretary.locator('#timetable-slots tbody tr').filter({ hasText: other })).toHaveCount(0);

  await secretary.getByLabel('Кандидат', { exact: true }).selectOption({ label: other });
  await secretary.getByLabel('Дата й час (Київ)').fill(`${day}T10:30`);
  await secretary.getByLabel('Місце або посилання', { exact: true }).last().fill('https://meet.example.org/atestatsiia');
  await secretary.getByRole('button', { name: 'Призначити' }).click();
  await expect(secretary.locator('#timetable-slots tbody tr')).toHaveCount(2);
  expect((await axe(secretary)).violations).toEqual([]);
  await context.close();

  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    const phoneOrDesk = await newContext(browser, baseURL, viewport);
    const librarian = await phoneOrDesk.newPage();
    await login(librarian, 'bibliotekar@lounb.demo', DEMO_PASSWORD);
    await librarian.goto('/dashboard');
    const section = librarian.locator('#my-attestation');
    await expect(section).toContainText('Атестація: тест відкрито до');
    await expect(section.getByRole('link', { name: /Скласти тест/ })).toHaveAttribute('href', /\/my\/attestation\/[0-9a-f-]+\/test$/);
    await expect(section).toContainText('Співбесіда:');
    expect((await axe(librarian)).violations).toEqual([]);

    await section.getByRole('link', { name: 'Моя атестація' }).click();
    await expect(librarian.locator('.interview-slot')).toContainText('ЛОУНБ, відділ науково-методичної роботи');
    await expect(librarian.getByText('meet.example.org')).toHaveCount(0);
    expect((await axe(librarian)).violations).toEqual([]);
    const scroll = await librarian.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await phoneOrDesk.close();
  }
});
