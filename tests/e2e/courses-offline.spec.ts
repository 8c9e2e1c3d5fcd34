import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support';
import { METHODOLOGIST, newContext, publishSmallCourse, registerConfirmedCitizen, uniqueSuffix } from './courses-support';

const QUEUE_KEY = 'lounb.pendingCompletions';

const queued = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { url: string }[], QUEUE_KEY);

test.describe('Lessons without a connection', () => {
  let learnerContext: BrowserContext;
  let learner: Page;
  let runId: string;
  let slug: string;
  let lessons: [string, string];

  test.beforeEach(async ({ page, browser, baseURL }) => {
    const title = `Навчання без зв’язку ${uniqueSuffix()}`;
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    ({ runId, slug, lessons } = await publishSmallCourse(page, title, 5));

    learnerContext = await newContext(browser, baseURL, { width: 360, height: 740 });
    learner = await learnerContext.newPage();
    await registerConfirmedCitizen(learner, 'Марія Коваль');
    await learner.goto(`/courses/${slug}`);
    await learner.getByRole('button', { name: 'Записатися' }).click();
    await expect(learner).toHaveURL(new RegExp(`/learn/${runId}/lessons/[0-9a-f-]{36}$`));
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText(lessons[0]);
  });

  test.afterEach(async () => {
    await learnerContext.close();
  });

  test('a lesson marked complete offline is kept on the device and sent when the connection returns', async () => {
    const lessonUrl = learner.url();
    await expect(learner.locator('#progress-text')).toHaveText('Пройдено 0 з 2 обов’язкових уроків');

    await learnerContext.setOffline(true);
    expect(await learner.evaluate(() => navigator.onLine)).toBe(false);
    await learner.getByRole('button', { name: 'Позначити як пройдений' }).click();
    await expect(learner.locator('#offline-status')).toHaveText(
      'Немає з’єднання — позначку збережено на пристрої й надішлемо, щойно зв’язок повернеться.');
    await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();
    const pending = await queued(learner);
    expect(pending, 'one mark waits in the queue').toHaveLength(1);
    expect(pending[0].url).toMatch(new RegExp(`^/api/courses/runs/${runId}/lessons/[0-9a-f-]{36}/complete$`));
    // Nothing reached the server: the progress shown is unchanged.
    await expect(learner.locator('#progress-text')).toHaveText('Пройдено 0 з 2 обов’язкових уроків');

    const sent = learner.waitForResponse((response) => response.url().endsWith(pending[0].url) && response.request().method() === 'POST');
    await learnerContext.setOffline(false);
    // Chromium fires "online" when the emulated connection returns; dispatch it too in case it does not.
    await learner.evaluate(() => { if (navigator.onLine) window.dispatchEvent(new Event('online')); });
    expect((await sent).status()).toBe(200);
    await expect(learner.locator('#offline-status')).toHaveText('Зв’язок відновлено: позначки надіслано.');
    expect(await queued(learner), 'the queue is empty once sent').toEqual([]);

    await learner.goto(lessonUrl);
    await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();
    await expect(learner.getByRole('button', { name: 'Позначити як пройдений' })).toHaveCount(0);
    await expect(learner.locator('#progress-text')).toHaveText('Пройдено 1 з 2 обов’язкових уроків');
  });

  test('a mark the server refuses says why and the lesson is not shown as passed', async () => {
    // The learner leaves the run in another tab, then taps "mark complete" on the lesson still open here.
    const other = await learnerContext.newPage();
    await other.goto(`/courses/${slug}`);
    await other.getByRole('button', { name: 'Вибути з набору' }).click();
    await expect(other.getByText('Ви вибули з набору.')).toBeVisible();
    await other.close();

    const refused = learner.waitForResponse((response) => response.url().includes('/api/courses/') && response.request().method() === 'POST');
    await learner.getByRole('button', { name: 'Позначити як пройдений' }).click();
    const response = await refused;
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    expect((await response.json()).code).toBe('Courses:NotEnrolled');
    await expect(learner.locator('#offline-status')).toHaveText('Ви не навчаєтеся на цьому курсі.');
    await expect(learner.getByText('✓ Урок пройдено')).toBeHidden();
    await expect(learner.getByRole('button', { name: 'Позначити як пройдений' })).toBeEnabled();
    expect(await queued(learner), 'a refused mark is not kept for later').toEqual([]);
  });

  test('a lesson opened online stays readable offline (service worker cache); one never opened does not', async () => {
    const firstUrl = learner.url();
    const secondUrl = new URL(await learner.getByRole('link', { name: 'Наступний →' }).getAttribute('href') ?? '', firstUrl).toString();
    await learner.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect.poll(() => learner.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/learn\/sw\.js$/);
    // The worker keeps the page it was registered from; wait until it has (a person would not go offline within a second).
    await expect.poll(() => learner.evaluate(async () => (await caches.match(location.href)) !== undefined), { message: 'the opened lesson is in the cache' }).toBe(true);

    await learnerContext.setOffline(true);
    await learner.reload();
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText(lessons[0]);
    await expect(learner.getByRole('article')).toContainText('головне');
    // The theme's styles come from the cache too, so the lesson is not an unstyled page.
    expect(await learner.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('bootstrap') && sheet.cssRules.length > 0)),
      'Bootstrap is loaded offline').toBe(true);

    // Control: the next lesson was never opened, so offline it cannot be shown.
    await expect(learner.goto(secondUrl)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
    await learnerContext.setOffline(false);
  });
});
