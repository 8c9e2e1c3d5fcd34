import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support';

// The live panel of a webinar (/webinars/{id}/live) in two browsers: a registered librarian (bibliotekar@, registered by
// the demo data for «Бібліотечна школа non stop») and its moderator (trener@). Chat, questions with upvotes and answers,
// polls with live results, raised hands, moderation, presence; what was typed survives a reload; axe at 1280 and 360 px.
const LEARNER = 'bibliotekar@lounb.demo';
const MODERATOR = 'trener@lounb.demo';
const SCHOOL = /^Бібліотечна школа non stop/;

async function signedIn(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await login(page, email, DEMO_PASSWORD);
  return page;
}

/** The live page of the next «Бібліотечна школа non stop» the librarian is registered for. */
async function schoolLivePath(page: Page): Promise<string> {
  await page.goto('/webinars?show=mine');
  const href = await page.getByRole('link', { name: SCHOOL }).first().getAttribute('href');
  expect(href).toMatch(/^\/webinars\/[0-9a-f-]{36}$/);
  return `${href}/live`;
}

async function openPanel(page: Page, path: string) {
  await page.goto(path);
  const panel = page.locator('[data-live-panel]');
  await expect(panel.getByRole('status')).toHaveText('На зв’язку');
  return panel;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-live-panel]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a registered librarian and the moderator chat, ask, vote and moderate live', async ({ browser }) => {
  const learner = await signedIn(browser, LEARNER);
  const path = await schoolLivePath(learner);
  const moderator = await signedIn(browser, MODERATOR);
  const learnerPanel = await openPanel(learner, path);
  const moderatorPanel = await openPanel(moderator, path);
  await expect(moderatorPanel.locator('[data-live-presence]')).toHaveText('2');

  // Chat, both ways.
  const hello = `Доброго дня, колеги! ${Date.now()}`;
  await learnerPanel.getByLabel('Ваше повідомлення').fill(hello);
  await learnerPanel.getByRole('button', { name: 'Надіслати' }).click();
  await expect(moderatorPanel.getByRole('list', { name: 'Повідомлення чату' }).getByText(hello)).toBeVisible();
  await expect(learnerPanel.getByLabel('Ваше повідомлення')).toHaveValue('');

  // HTML is refused with a clear message, and the text comes back to be fixed.
  await learnerPanel.getByLabel('Ваше повідомлення').fill('<b>жирний</b> текст');
  await learnerPanel.getByLabel('Ваше повідомлення').press('Enter');
  await expect(learnerPanel.getByRole('alert')).toHaveText('HTML-розмітка в чаті не підтримується: напишіть звичайний текст.');
  await expect(learnerPanel.getByLabel('Ваше повідомлення')).toHaveValue('<b>жирний</b> текст');
  await learnerPanel.getByLabel('Ваше повідомлення').fill('');

  // A question: the moderator sees it and marks it answered; the learner sees that.
  const question = `Де знайти презентацію заняття? ${Date.now()}`;
  await learnerPanel.getByRole('tab', { name: /Запитання/ }).click();
  await learnerPanel.getByLabel('Ваше запитання до ведучих').fill(question);
  await learnerPanel.getByRole('button', { name: 'Поставити запитання' }).click();
  await moderatorPanel.getByRole('tab', { name: /Запитання/ }).click();
  const asked = moderatorPanel.getByRole('listitem').filter({ hasText: question });
  await expect(asked).toBeVisible();
  await asked.getByRole('button', { name: /^Підтримати/ }).click();
  await expect(learnerPanel.getByRole('listitem').filter({ hasText: question }).getByRole('button', { name: /Підтримати: 1/ })).toBeVisible();
  await asked.getByRole('button', { name: 'Позначити як відповідь' }).click();
  await expect(learnerPanel.getByRole('listitem').filter({ hasText: question }).getByText('Відповідь надано')).toBeVisible();

  // A poll with live results.
  await moderatorPanel.getByRole('tab', { name: /Опитування/ }).click();
  await moderatorPanel.getByText('Нове опитування').click();
  await moderatorPanel.getByLabel('Запитання', { exact: true }).fill('Яка тема наступного заняття?');
  await moderatorPanel.getByLabel('Варіант 1').fill('Медіаграмотність');
  await moderatorPanel.getByLabel('Варіант 2').fill('Цифрові послуги');
  await moderatorPanel.getByRole('button', { name: 'Відкрити опитування' }).click();
  await learnerPanel.getByRole('tab', { name: /Опитування/ }).click();
  const poll = learnerPanel.getByRole('article', { name: 'Яка тема наступного заняття?' });
  await poll.getByRole('radio', { name: 'Цифрові послуги' }).check();
  await poll.getByRole('button', { name: 'Голосувати' }).click();
  await expect(poll.getByText('1 (100%)')).toBeVisible();
  await expect(moderatorPanel.getByRole('article', { name: 'Яка тема наступного заняття?' }).getByText('1 (100%)')).toBeVisible();

  // A raised hand, lowered by the moderator.
  await learnerPanel.getByRole('button', { name: 'Підняти руку' }).click();
  await expect(learnerPanel.getByRole('button', { name: 'Опустити руку' })).toHaveAttribute('aria-pressed', 'true');
  const hands = moderatorPanel.getByRole('list', { name: 'Підняті руки' });
  await expect(hands.getByRole('listitem')).toHaveCount(1);
  await hands.getByRole('button', { name: /^Опустити руку:/ }).click();
  await expect(learnerPanel.getByRole('button', { name: 'Підняти руку' })).toHaveAttribute('aria-pressed', 'false');

  await expectNoAxeViolations(learner);
  await expectNoAxeViolations(moderator);

  // Moderation: the message disappears for everyone, then the learner is muted.
  await moderatorPanel.getByRole('tab', { name: 'Чат' }).click();
  await learnerPanel.getByRole('tab', { name: 'Чат' }).click();
  const message = moderatorPanel.getByRole('listitem').filter({ hasText: hello });
  await message.getByRole('button', { name: /^Видалити повідомлення/ }).click();
  await expect(learnerPanel.getByText(hello)).toHaveCount(0);
  await learnerPanel.getByLabel('Ваше повідомлення').fill('Ще одне');
  await learnerPanel.getByRole('button', { name: 'Надіслати' }).click();
  await moderatorPanel.getByRole('listitem').filter({ hasText: 'Ще одне' }).first().getByRole('button', { name: /^Вимкнути чат/ }).click();
  await expect(learnerPanel.getByText('Модератор вимкнув вам можливість писати в цій події.')).toBeVisible();
  await expect(learnerPanel.getByLabel('Ваше повідомлення')).toBeDisabled();
  await moderatorPanel.getByRole('listitem').filter({ hasText: 'Ще одне' }).first().getByRole('button', { name: /^Увімкнути чат/ }).click();
  await expect(learnerPanel.getByLabel('Ваше повідомлення')).toBeEnabled();
});

test('what was typed and not yet sent is sent once after a reload, and drafts survive it', async ({ browser }) => {
  const learner = await signedIn(browser, LEARNER, 360);
  const path = await schoolLivePath(learner);
  const moderator = await signedIn(browser, MODERATOR);
  const moderatorPanel = await openPanel(moderator, path);
  const learnerPanel = await openPanel(learner, path);
  await expectNoAxeViolations(learner);

  // The page went away before the server answered: the post waits in localStorage with its client id.
  const eventId = path.split('/')[2];
  const userId = await learnerPanel.getAttribute('data-user-id');
  const text = `Написано перед обривом зв'язку ${Date.now()}`;
  const waiting = JSON.stringify([{ kind: 'message', clientId: crypto.randomUUID(), text, at: new Date().toISOString() }]);
  await learner.evaluate(([key, value]) => localStorage.setItem(key, value), [`lounb.live.${eventId}.${userId}.outbox`, waiting]);
  await learnerPanel.getByLabel('Ваше повідомлення').fill('Чернетка, яку я ще допишу');
  await learner.reload();
  await expect(learnerPanel.getByRole('status')).toHaveText('На зв’язку');
  await expect(moderatorPanel.getByText(text)).toHaveCount(1);
  await expect(learnerPanel.getByLabel('Ваше повідомлення')).toHaveValue('Чернетка, яку я ще допишу');
  expect(await learner.evaluate((key) => localStorage.getItem(key), `lounb.live.${eventId}.${userId}.outbox`)).toBeNull();

  // The same post arriving again (another tab kept it too) is not stored twice.
  await learner.evaluate(([key, value]) => localStorage.setItem(key, value), [`lounb.live.${eventId}.${userId}.outbox`, waiting]);
  await learner.reload();
  await expect(learnerPanel.getByRole('status')).toHaveText('На зв’язку');
  await expect.poll(() => learner.evaluate((key) => localStorage.getItem(key), `lounb.live.${eventId}.${userId}.outbox`)).toBeNull();
  await moderator.reload();
  await expect(moderatorPanel.getByRole('status')).toHaveText('На зв’язку');
  await expect(moderatorPanel.getByText(text)).toHaveCount(1);
});

test('a person not registered for the event cannot open its live panel', async ({ browser }) => {
  const learner = await signedIn(browser, LEARNER);
  const path = await schoolLivePath(learner);
  const stranger = await signedIn(browser, 'bibliotekar.cherkasy@lounb.demo');
  const response = await stranger.goto(path);
  expect(response?.status()).toBe(403);
});
