import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { newContext, registerConfirmedCitizen } from './courses-support';

// Page weight on a phone's slow connection (issue 12 §1): every page's first load (empty browser cache) transfers at most
// 80 KB, a repeat visit at most 20 KB. Bytes are what Chromium reports as received on the wire (Network.loadingFinished
// encodedDataLength: headers + compressed body; 0 for a response taken from the browser's cache), for the page and for
// its offline-pages service worker (which fetches on the page's behalf). The figures are written to
// test-results/page-weight.json.
const FIRST_LOAD_LIMIT = 80 * 1024;
const REPEAT_LIMIT = 20 * 1024;

const DEMO_QUIZ = 'Медіаграмотність і кібергігієна: підсумковий тест';

interface Weight { first: number; repeat: number }

/** Bytes received while a navigation to url loads, including the service worker's own fetches. */
async function transferred(context: BrowserContext, page: Page, url: string): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const fromWorker = new Set<string>();
  let pageBytes = 0;
  cdp.on('Network.responseReceived', (e) => { if (e.response.fromServiceWorker) fromWorker.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => { if (!fromWorker.has(e.requestId)) pageBytes += e.encodedDataLength; });
  // A response the worker handed to the page was counted where the worker received it (or came from its cache).
  let workerBytes = 0;
  const workerFinished = async (request: Request) => {
    if (request.serviceWorker() === null) return;
    let sizes: Awaited<ReturnType<Request['sizes']>>;
    try {
      sizes = await request.sizes();
    } catch {
      // The browser may stop the worker between its fetch and this read («Worker closed»): the fetch is then weighed by
      // the length the server announced for it.
      const response = await request.response().catch(() => null);
      workerBytes += Number(response?.headers()['content-length'] ?? 0);
      return;
    }
    // A response the worker took from the browser's HTTP cache reports a negative body size: nothing was received.
    workerBytes += Math.max(0, sizes.responseBodySize + sizes.responseHeadersSize);
  };
  context.on('requestfinished', workerFinished);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  context.off('requestfinished', workerFinished);
  await cdp.detach();
  return pageBytes + workerBytes;
}

/** Clears the browser's HTTP cache (the service worker's caches stay: they are not what a first visit has). */
async function clearHttpCache(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

async function weigh(context: BrowserContext, page: Page, url: string): Promise<Weight> {
  await clearHttpCache(context, page);
  const first = await transferred(context, page, url);
  await page.goto('about:blank');
  const repeat = await transferred(context, page, url);
  return { first, repeat };
}

test.describe('Page weight on a phone', () => {
  test('first load ≤ 80 KB and a repeat visit ≤ 20 KB on the public and the learning pages', async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const weights: Record<string, Weight> = {};
    const anonymous = await newContext(browser, baseURL, { width: 360, height: 740 });
    const visitor = await anonymous.newPage();
    await visitor.goto('/courses');
    const courseUrl = new URL((await visitor.locator('main a[href^="/courses/"]').first().getAttribute('href'))!, baseURL).pathname;
    await visitor.goto('/webinars');
    const eventUrl = new URL((await visitor.locator('main a[href^="/webinars/"]').filter({ hasNotText: /\.ics|календар/i }).first().getAttribute('href'))!, baseURL).pathname;
    for (const [name, url] of [['home', '/'], ['catalog', '/courses'], ['course', courseUrl], ['webinars', '/webinars'],
      ['event', eventUrl], ['verification', '/verify']] as const) {
      weights[name] = await weigh(anonymous, visitor, url);
    }
    await anonymous.close();

    const signedIn = await newContext(browser, baseURL, { width: 360, height: 740 });
    const learner = await signedIn.newPage();
    await registerConfirmedCitizen(learner, 'Ірина Мельник');
    await learner.goto(courseUrl);
    await learner.getByRole('button', { name: 'Записатися' }).click();
    await expect(learner).toHaveURL(/\/learn\/[0-9a-f-]{36}\/lessons\/[0-9a-f-]{36}$/);
    const lessonUrl = new URL(learner.url()).pathname;
    await learner.goto('/quizzes');
    await learner.getByRole('link', { name: DEMO_QUIZ }).click();
    await learner.getByRole('button', { name: 'Почати тест' }).click();
    await expect(learner).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
    const attemptUrl = new URL(learner.url()).pathname;
    // The lesson and the attempt as a learner meets them on a new phone: no service worker yet, nothing cached.
    await learner.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      for (const key of await caches.keys()) await caches.delete(key);
    });
    await learner.goto('about:blank');
    weights.lesson = await weigh(signedIn, learner, lessonUrl);
    weights.attempt = await weigh(signedIn, learner, attemptUrl);
    await signedIn.close();

    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/page-weight.json', JSON.stringify(weights, null, 2));
    console.log(Object.entries(weights).map(([name, w]) => `${name}: first ${(w.first / 1024).toFixed(1)} KB, repeat ${(w.repeat / 1024).toFixed(1)} KB`).join('\n'));
    for (const [name, w] of Object.entries(weights)) {
      expect.soft(w.first, `${name}: first load`).toBeLessThanOrEqual(FIRST_LOAD_LIMIT);
      expect.soft(w.repeat, `${name}: repeat visit`).toBeLessThanOrEqual(REPEAT_LIMIT);
    }
  });
});
