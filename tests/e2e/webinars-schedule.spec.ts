import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, METHODOLOGIST, newContext, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** The first day of the month after next, as yyyy-mm-dd: far enough ahead for every meeting of a test series. */
function firstOfMonthAfterNext(): string {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  return first.toISOString().slice(0, 10);
}

test('a methodologist schedules a monthly series; a citizen on a phone registers for all of it; a rule with no date is refused', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const staffContext = await newContext(browser, baseURL);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Бібліотечна школа ${uniqueSuffix()}`;

  await staff.goto('/admin/webinars/new');
  expect((await axe(staff)).violations).toEqual([]);
  await staff.getByLabel('Назва').fill(title);
  await staff.getByLabel('Область').selectOption({ label: 'Луганська область' });
  await staff.getByLabel('Дата').fill(firstOfMonthAfterNext());
  await staff.getByLabel('Початок (київський час)').fill('11:00');
  await staff.getByLabel('Повторювати (серія)').check();
  await staff.getByLabel('Як часто').selectOption('Monthly');
  await staff.getByLabel('Котрий день місяця').selectOption({ label: 'перший' });
  await staff.getByLabel('День тижня', { exact: true }).selectOption('Wednesday');
  // A series that ends before its first meeting has no date: refused, nothing scheduled.
  await staff.getByLabel('До дати').fill(firstOfMonthAfterNext());
  await staff.getByLabel('Де відбувається онлайн').selectOption('ExternalLink');
  await staff.getByLabel('Посилання на зовнішню кімнату').fill('https://meet.example.org/lnb-school');
  await staff.getByLabel('Спікери').fill('metodyst@lounb.demo\nОлена Коваль, ВНМР');
  await staff.getByRole('button', { name: 'Запланувати' }).click();
  const firstIsWednesday = new Date(`${firstOfMonthAfterNext()}T12:00:00Z`).getUTCDay() === 3;
  if (!firstIsWednesday) {
    await expect(staff.getByRole('alert')).toContainText('не виходить жодної дати');
  }

  await staff.getByLabel('До дати').fill('');
  await staff.getByLabel('Або кількість зустрічей').fill('4');
  await staff.getByRole('button', { name: 'Запланувати' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(staff.getByText('Серію заплановано: зустрічей — 4.')).toBeVisible();
  await expect(staff.getByRole('heading', { name: 'Зустрічі серії' })).toBeVisible();
  await expect(staff.locator('ol li')).toHaveCount(4);
  expect((await axe(staff)).violations).toEqual([]);
  const eventUrl = await staff.getByRole('link', { name: 'Сторінка для учасників' }).getAttribute('href');

  const phoneContext = await newContext(browser, baseURL, { width: 360, height: 740 });
  const phone = await phoneContext.newPage();
  await registerConfirmedCitizen(phone, 'Марія Ярошенко');
  await phone.goto(eventUrl!);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(phone.getByText('Серія: щомісяця: перша середа')).toBeVisible();
  await expectNoHorizontalScroll(phone, 'event page');
  expect((await axe(phone)).violations).toEqual([]);
  await phone.getByRole('button', { name: 'Зареєструватися на всі наступні зустрічі серії' }).click();
  await expect(phone.getByText('Зареєстровано на зустрічей серії: 4.')).toBeVisible();
  await expect(phone.getByText('Ви зареєстровані', { exact: true })).toBeVisible();

  await phone.goto('/webinars?show=mine');
  await expect(phone.getByRole('link', { name: title })).toHaveCount(4);
  expect((await axe(phone)).violations).toEqual([]);
  await expectNoHorizontalScroll(phone, 'my registrations');

  await phone.goto('/dashboard');
  await expect(phone.locator('#my-webinars')).toContainText(title);
  expect((await axe(phone)).violations).toEqual([]);

  await staff.reload();
  await expect(staff.locator('#registrants ~ table, section[aria-labelledby="registrants"] table').first()).toContainText('Марія Ярошенко');
  await staffContext.close();
  await phoneContext.close();
});
