import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, METHODOLOGIST, newContext, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, login } from './support';
import { scheduleSoon } from './webinars-support';

// The "done when", end to end: a methodologist schedules a session, a person registers, joins the room on a
// phone and asks a question, the moderator sees it in another browser; the join counts as attendance, which the
// trainer sees, and the person finds a participation certificate.
const MODERATOR = 'trener@lounb.demo';
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

test('a registered person joins on a phone and asks a question; the moderator sees it; the join counts and earns a certificate', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const staffContext = await newContext(browser, baseURL);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Кібергігієна: відкрите заняття ${uniqueSuffix()}`;
  const eventPath = await scheduleSoon(staff, {
    title, oblast: 'Луганська область', minutesFromNow: 10, durationMinutes: 60, room: 'ExternalLink',
    externalUrl: 'https://meet.example.org/kiberhihiiena', moderators: MODERATOR,
  });

  const phoneContext = await newContext(browser, baseURL, { width: 360, height: 740 });
  const phone = await phoneContext.newPage();
  await registerConfirmedCitizen(phone, 'Богдана Їжакевич');
  await phone.goto(eventPath);
  await phone.getByRole('button', { name: 'Зареєструватися', exact: true }).click();
  await expect(phone.getByText('Ви зареєстровані', { exact: true })).toBeVisible();
  await expect(phone.getByRole('link', { name: 'Приєднатися' })).toBeVisible();
  await phone.goto('/dashboard');
  await phone.locator('#my-webinars').getByRole('link', { name: /^Приєднатися/ }).click();
  await expect(phone).toHaveURL(`${eventPath}/room`);
  const learnerPanel = phone.locator('[data-live-panel]');
  await expect(learnerPanel.getByRole('status')).toHaveText('На зв’язку');
  await expectNoHorizontalScroll(phone, 'room');
  expect((await axe(phone)).violations).toEqual([]);

  const moderatorContext = await newContext(browser, baseURL);
  const moderator = await moderatorContext.newPage();
  await login(moderator, MODERATOR, DEMO_PASSWORD);
  await moderator.goto(`${eventPath}/room`);
  const moderatorPanel = moderator.locator('[data-live-panel]');
  await expect(moderatorPanel.getByRole('status')).toHaveText('На зв’язку');

  const question = `Як увімкнути двофакторну автентифікацію в Дії? ${uniqueSuffix()}`;
  await learnerPanel.getByRole('tab', { name: /Запитання/ }).click();
  await learnerPanel.getByLabel('Ваше запитання до ведучих').fill(question);
  await learnerPanel.getByRole('button', { name: 'Поставити запитання' }).click();
  await moderatorPanel.getByRole('tab', { name: /Запитання/ }).click();
  const asked = moderatorPanel.getByRole('listitem').filter({ hasText: question });
  await expect(asked).toBeVisible();
  await asked.getByRole('button', { name: 'Позначити як відповідь' }).click();
  await expect(learnerPanel.getByRole('listitem').filter({ hasText: question }).getByText('Відповідь надано')).toBeVisible();

  // Going to the external room through the platform is the evidence of attendance for a Zoom/Meet session.
  const go = await phone.request.get(`${eventPath}/go`, { maxRedirects: 0 });
  expect(go.status()).toBe(302);
  expect(go.headers()['location']).toBe('https://meet.example.org/kiberhihiiena');

  await moderator.goto(`/admin${eventPath}/attendance`);
  const row = moderator.getByRole('row').filter({ hasText: 'Богдана Їжакевич' });
  await expect(row).toContainText('перехід за посиланням');
  await expect(row.getByRole('cell').nth(3)).toContainText('так');
  expect((await axe(moderator)).violations).toEqual([]);

  // The certificate is issued by the outbox worker a moment after the attendance: reload until it is there.
  await expect(async () => {
    await phone.goto('/my/certificates');
    await expect(phone.locator('#my-certificates li').filter({ hasText: title })).toContainText(/№ ЛОУНБ-\d{4}-\d{6}/, { timeout: 1_000 });
  }).toPass();

  await staffContext.close();
  await phoneContext.close();
  await moderatorContext.close();
});
