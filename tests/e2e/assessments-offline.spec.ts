import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { newContext, registerConfirmedCitizen } from './courses-support';

// The seeded demo quiz: 8 questions, 3 a page, no essay, so a finished attempt is graded at once.
const DEMO_QUIZ = 'Медіаграмотність і кібергігієна: підсумковий тест';

const stored = (page: Page, attemptId: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, { synced: boolean }>, `lounb.attempt.${attemptId}`);

const serverAnswers = (page: Page, attemptId: string) =>
  page.evaluate(async (id) => {
    const response = await fetch(`/api/attempts/${id}/answers`, { headers: { Accept: 'application/json' } });
    return (await response.json()) as { slot: number; response: unknown }[];
  }, attemptId);

/** Starts an attempt of the demo quiz from the learner's quiz list and waits for the page's script; the attempt's id. */
const startDemoAttempt = async (page: Page) => {
  await page.goto('/quizzes');
  await page.getByRole('link', { name: DEMO_QUIZ }).click();
  await page.getByRole('button', { name: 'Почати тест' }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  // The clock runs last in the page's script: once it shows the time, every answer field is watched.
  await expect(page.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  return page.url().split('/').pop()!;
};

test.describe('A quiz attempt on a phone with a broken connection', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeEach(async ({ browser, baseURL }) => {
    context = await newContext(browser, baseURL, { width: 360, height: 740 });
    page = await context.newPage();
    await registerConfirmedCitizen(page, 'Олена Шевчук');
  });

  test.afterEach(async () => {
    await context.close();
  });

  test('answers given offline survive a reload, are sent when the connection returns, and the attempt is graded', async () => {
    await page.goto('/quizzes');
    await page.getByRole('link', { name: DEMO_QUIZ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_QUIZ);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Почати тест' }).click();
    await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
    const attemptId = page.url().split('/').pop()!;
    await expect(page.getByRole('timer')).toHaveText(/^(19|20):\d\d$/);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);

    // The offline-pages worker keeps this attempt page (and its styles and scripts) for a reload without a connection.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/attempts\/sw\.js$/);
    await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);

    // Online: the first answer is saved at once.
    const firstSaved = page.waitForResponse((response) => response.url().endsWith(`/api/attempts/${attemptId}/answers/1`) && response.request().method() === 'PUT');
    await page.locator('#question-1').getByLabel('Ваша відповідь').fill('Дезінформація');
    expect((await firstSaved).status()).toBe(200);
    await expect(page.locator('#save-state')).toHaveText('Збережено');

    // Offline: three more answers, one of them on the next page.
    await context.setOffline(true);
    await page.locator('#question-2').getByLabel('Зворотний пошук зображень').check();
    await expect(page.locator('#save-state')).toHaveText('Немає з’єднання — відповідь збережено на пристрої');
    await page.locator('#question-3').getByLabel('Заклик терміново поширити').check();
    await page.locator('#question-3').getByLabel('Сильні емоції замість фактів').check();
    await page.getByRole('button', { name: 'Далі →' }).click();
    await page.locator('#question-5').getByLabel('Правда', { exact: true }).check();
    await expect(page.locator('#save-state')).toHaveText('Немає з’єднання — відповідь збережено на пристрої');
    expect(Object.values(await stored(page, attemptId)).filter((entry) => !entry.synced)).toHaveLength(3);

    // A reload without a connection: the page comes from the worker, the answers from the device.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_QUIZ);
    await expect(page.locator('#question-2').getByLabel('Зворотний пошук зображень')).toBeChecked();
    await expect(page.locator('#question-3').getByLabel('Сильні емоції замість фактів')).toBeChecked();
    await expect(page.locator('#question-5').getByLabel('Правда', { exact: true })).toBeChecked();
    await expect(page.locator('#answered-count')).toHaveText('Відповідей: 4 з 8');

    // The connection returns: everything kept on the device reaches the server.
    await context.setOffline(false);
    await page.evaluate(() => { if (navigator.onLine) window.dispatchEvent(new Event('online')); });
    await expect(page.locator('#save-state')).toHaveText('Збережено');
    expect(Object.values(await stored(page, attemptId)).filter((entry) => !entry.synced)).toHaveLength(0);
    const answers = await serverAnswers(page, attemptId);
    expect(answers.filter((answer) => answer.response !== null).map((answer) => answer.slot)).toEqual([1, 2, 3, 5]);

    await page.getByRole('button', { name: 'Завершити спробу' }).click();
    await expect(page.getByRole('dialog')).toContainText('Відповідей: 4 з 8');
    await page.getByRole('button', { name: 'Так, завершити' }).click();
    await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/review$`));
    // 4 of 8 right (typed in another letter case) = 50 %, below the 60 % pass mark.
    await expect(page.locator('#attempt-result')).toContainText('50 %');
    await expect(page.getByText('Правильно · 1 з 1')).toHaveCount(4);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
  });

  test('an answer the server refuses for good (the attempt was finished on another device) shows the server\'s reason and is not retried', async () => {
    const attemptId = await startDemoAttempt(page);
    await page.locator('#question-1').getByLabel('Ваша відповідь').fill('Дезінформація');
    await page.locator('#question-1').getByLabel('Ваша відповідь').blur();
    await expect(page.locator('#save-state')).toHaveText('Збережено');

    // The same learner finishes the attempt in another tab (as on a second device).
    const other = await context.newPage();
    await other.goto(`/attempts/${attemptId}`);
    await other.getByRole('button', { name: 'Завершити спробу' }).click();
    await other.getByRole('button', { name: 'Так, завершити' }).click();
    await expect(other).toHaveURL(new RegExp(`/attempts/${attemptId}/review$`));
    await other.close();

    // The first tab still shows the questions: its next answer is refused (409, problem details) with the server's reason.
    const refused = page.waitForResponse((response) => response.url().endsWith(`/api/attempts/${attemptId}/answers/1`) && response.request().method() === 'PUT');
    await page.locator('#question-1').getByLabel('Ваша відповідь').fill('Пропаганда');
    await page.locator('#question-1').getByLabel('Ваша відповідь').blur();
    const answer = await refused;
    expect(answer.status()).toBe(409);
    expect(answer.headers()['content-type']).toContain('application/problem+json');
    expect((await answer.json()).code).toBe('Assessments:AttemptFinished');
    await expect(page.locator('#save-state')).toHaveText('Спробу вже завершено — відповіді більше не приймаються.');
    expect(Object.values(await stored(page, attemptId)).filter((entry) => !entry.synced)).toHaveLength(0);
  });

  test('while the database is down (503) answers stay on the device, the page says so, and they are sent when it is back', async () => {
    const attemptId = await startDemoAttempt(page);

    // What the server answers while PostgreSQL is unreachable.
    const unavailable = `/api/attempts/${attemptId}/answers/*`;
    await page.route(unavailable, (route) => route.fulfill({
      status: 503,
      headers: { 'Retry-After': '30' },
      contentType: 'application/problem+json',
      body: JSON.stringify({ status: 503, title: 'Сервіс тимчасово недоступний' }),
    }));
    await page.locator('#question-1').getByLabel('Ваша відповідь').fill('Дезінформація');
    await page.locator('#question-1').getByLabel('Ваша відповідь').blur();
    await expect(page.locator('#save-state')).toHaveText('Сервіс тимчасово недоступний — відповідь збережено на пристрої, надішлемо її автоматично');
    expect(Object.values(await stored(page, attemptId)).filter((entry) => !entry.synced)).toHaveLength(1);

    // The database is back: the next retry delivers the answer.
    await page.unroute(unavailable);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.locator('#save-state')).toHaveText('Збережено');
    expect((await serverAnswers(page, attemptId)).filter((answer) => answer.response !== null).map((answer) => answer.slot)).toEqual([1]);
  });
});
