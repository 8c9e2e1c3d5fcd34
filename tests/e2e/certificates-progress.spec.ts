import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, METHODOLOGIST, newContext, publishSmallCourse, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** A new citizen enrols in the run and completes both lessons (their certificate is issued on completion). */
async function completeAsNewLearner(browser: Browser, baseURL: string | undefined, slug: string, runId: string, lessons: readonly string[], name: string) {
  const context = await newContext(browser, baseURL, { width: 360, height: 740 });
  const learner = await context.newPage();
  await registerConfirmedCitizen(learner, name);
  await learner.goto(`/courses/${slug}`);
  await learner.getByRole('button', { name: 'Записатися' }).click();
  await expect(learner).toHaveURL(new RegExp(`/learn/${runId}/lessons/`));
  for (const lesson of lessons) {
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText(lesson);
    await learner.getByRole('button', { name: 'Позначити як пройдений' }).click();
    await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();
    if (lesson === lessons[0]) await learner.getByRole('link', { name: 'Наступний →' }).click();
  }
  await context.close();
}

test('a methodologist issues certificates for a whole run and watches the progress bar reach 100%; without JavaScript the form still posts', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const staffContext = await newContext(browser, baseURL);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Курс для видачі всім ${uniqueSuffix()}`;
  const { slug, runId, lessons } = await publishSmallCourse(staff, title, 10);
  await completeAsNewLearner(browser, baseURL, slug, runId, lessons, 'Ірина Ґалан');
  await completeAsNewLearner(browser, baseURL, slug, runId, lessons, 'Тарас Їжак');

  await staff.goto('/admin/certificates');
  await staff.getByText('Сертифікати для всього набору').click();
  const row = staff.locator('#run-certificates tbody tr').filter({ hasText: title });
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  const hubSocket = staff.waitForEvent('websocket', (ws) => ws.url().includes('/hubs/certificates'));
  await row.getByRole('button', { name: /^Видати всім/ }).click();
  const progressFrames: string[] = [];
  (await hubSocket).on('framereceived', (frame) => {
    if (typeof frame.payload === 'string' && frame.payload.includes('"issueProgress"')) progressFrames.push(frame.payload);
  });

  const bar = staff.getByRole('progressbar', { name: new RegExp(`Видача сертифікатів: ${title}`) });
  await expect(bar).toHaveAttribute('aria-valuenow', '2');
  await expect(bar).toHaveAttribute('aria-valuemax', '2');
  await expect(bar).toHaveAttribute('aria-valuetext', 'Видано 2 з 2');
  await expect(staff.locator('#run-issue-count')).toHaveText('Видано 2 з 2');
  await expect(staff.locator('#run-issue-live')).toHaveText('Готово: видано нових 0, уже мали 2.');
  // The hub carried the progress to this browser, ending with done == total.
  await expect.poll(() => progressFrames.some((f) => f.includes(`"runId":"${runId}","done":2,"total":2`))).toBe(true);
  // Shown in place: the page was not reloaded with the no-JavaScript summary.
  await expect(staff.getByText('Завершили набір:')).toHaveCount(0);
  const zipLink = staff.locator('#run-issue-zip').getByRole('link', { name: 'Завантажити ZIP з PDF' });
  await expect(zipLink).toHaveAttribute('href', `/admin/certificates/runs/${runId}.zip`);
  const zip = await staff.request.get((await zipLink.getAttribute('href'))!);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  expect((await axe(staff)).violations).toEqual([]);

  await staff.setViewportSize({ width: 360, height: 740 });
  // The new layout may put a button under the resting mouse: move it away and let the hover transition finish, or axe
  // measures a colour half-way through it.
  await staff.mouse.move(0, 0);
  await expect.poll(() => staff.evaluate(() => document.getAnimations().length)).toBe(0);
  await expect(bar).toBeVisible();
  await expectNoHorizontalScroll(staff, '/admin/certificates with the progress bar');
  expect((await axe(staff)).violations).toEqual([]);

  // Without JavaScript the same button posts the form and the page shows the summary.
  const plainContext = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'uk-UA' });
  const plain = await plainContext.newPage();
  await login(plain, METHODOLOGIST, DEMO_PASSWORD);
  await plain.goto('/admin/certificates');
  await plain.getByText('Сертифікати для всього набору').click();
  await plain.locator('#run-certificates tbody tr').filter({ hasText: title }).getByRole('button', { name: /^Видати всім/ }).click();
  await expect(plain.getByText('Завершили набір: 2. Видано нових сертифікатів: 0, уже мали: 2.')).toBeVisible();

  await plainContext.close();
  await staffContext.close();
});
