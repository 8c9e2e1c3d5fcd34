import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newContext, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** A calendar day `days` from now as the date input wants it (yyyy-MM-dd). */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a methodologist creates a mobile hub with a stop; a citizen sees it on /hubs on a phone', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);
  const name = `Мобільний хаб Біловодської громади ${uniqueSuffix()}`;
  const place = `Пункт незламності ${uniqueSuffix()}`;

  await page.goto('/hubs/registry/new');
  expect((await axe(page)).violations).toEqual([]);
  await page.getByLabel('Назва хабу').fill(name);
  await page.getByLabel('Бібліотека (область — бібліотека)').selectOption({ label: 'Біловодська публічна бібліотека' });
  await page.getByLabel('Стан').selectOption({ label: 'Мобільний' });
  await page.getByLabel('Адреса', { exact: true }).fill('м. Київ, вул. Велика Васильківська, 57');
  await page.getByLabel('Консультації з е-послуг (Дія)').check();
  await page.getByLabel('Понеділок').fill('за маршрутом');
  await page.getByLabel('Найменування').first().fill('Ноутбук');
  await page.getByLabel('Кількість').first().fill('1');
  await page.getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByText('Хаб додано до реєстру.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  await page.getByLabel('Місце').fill(place);
  await page.getByLabel('Адреса зупинки').fill('м. Київ, вул. Дніпровська набережна, 19б');
  await page.getByLabel('Громада').fill('Київ');
  await page.getByLabel('Область зупинки').selectOption({ label: 'місто Київ' });
  await page.getByLabel('Дата').fill(dayFromNow(20));
  await page.getByLabel('Початок').fill('10:00');
  await page.getByLabel('Кінець').fill('14:00');
  await page.getByLabel('Що пропонуємо').fill('Консультації з «Дії» для переселенців');
  await page.getByRole('button', { name: 'Додати зупинку' }).click();
  await expect(page.getByText('Зупинку додано до маршруту.')).toBeVisible();
  await expect(page.locator('#stops li')).toHaveCount(1);
  expect((await axe(page)).violations).toEqual([]);
  await context.close();

  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const citizen = await phone.newPage();
  await citizen.goto('/hubs');
  await expect(citizen.getByRole('heading', { level: 3, name: new RegExp(name) })).toBeVisible();
  await expect(citizen.getByText(place)).toBeVisible();
  expect((await axe(citizen)).violations).toEqual([]);
  const scroll = await citizen.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll).toBeLessThanOrEqual(0);
  await phone.close();
});

test('a mentor sees overdue actions on the dashboard and records a session with an agreed action', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, 'mentor@lounb.demo', DEMO_PASSWORD);
  const action = `Провести пробне заняття Code Club ${uniqueSuffix()}`;

  await page.goto('/admin');
  await page.getByRole('link', { name: 'Менторство' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Менторство');
  await expect(page.locator('#overdue li').first()).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await page.locator('#mentees').getByRole('link', { name: 'Максим Олійник' }).click();
  await page.getByLabel('Дата зустрічі').fill(dayFromNow(0));
  await page.getByLabel('Тривалість, хв').fill('50');
  await page.getByLabel('Теми').fill('Підготовка до Code Club: Scratch');
  await page.getByLabel('Що зробити').first().fill(action);
  await page.getByLabel('До якої дати').first().fill(dayFromNow(7));
  await page.getByRole('button', { name: 'Записати зустріч' }).click();
  await expect(page.getByText('Зустріч записано.')).toBeVisible();
  await expect(page.getByText(action)).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  await context.close();

  const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
  const small = await phone.newPage();
  await login(small, 'mentor@lounb.demo', DEMO_PASSWORD);
  await small.goto('/hubs/mentoring');
  expect((await axe(small)).violations).toEqual([]);
  await phone.close();
});
