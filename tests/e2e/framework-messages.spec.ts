import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demo, frameworkDefaults, login } from './support';

// Forms submitted empty (and addresses with values that do not bind) answer with the app's own messages — Ukrainian, or
// English on a page offered in English — never with ASP.NET Core's English defaults («The … field is required.»).

/** Submits the page's first form that posts (not the sign-out), with every field emptied and the browser's checks off. */
async function submitEmpty(page: Page): Promise<void> {
  const form = page.locator('main form[method="post"]:not([action="/account/logout"])').first();
  await form.evaluate((f: HTMLFormElement) => {
    f.noValidate = true;
    f.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]), textarea')
      .forEach((field) => { field.value = ''; });
  });
  const loaded = page.waitForEvent('load');
  await form.evaluate((f: HTMLFormElement) => f.requestSubmit());
  await loaded;
}

async function expectNoDefaults(page: Page, what: string) {
  expect.soft(await frameworkDefaults(page), what).toEqual([]);
}

const publicForms = ['/account/login', '/account/register', '/account/forgot-password', '/account/resend-confirmation', '/verify'];
const unboundAddresses = ['/courses?page=x&audience=Nobody&format=7', '/webinars?show=%00', '/verify?number=%20'];

for (const english of [false, true]) {
  test(`public forms submitted empty show no framework default message (${english ? 'English' : 'Ukrainian'})`, async ({ browser, baseURL }) => {
    const context: BrowserContext = await browser.newContext({ baseURL });
    if (english) {
      await context.addCookies([{ name: '.AspNetCore.Culture', value: 'c%3Den%7Cuic%3Den', url: baseURL! }]);
    }
    const page = await context.newPage();
    for (const path of publicForms) {
      await page.goto(path);
      await expectNoDefaults(page, `${path} as shown`);
      await submitEmpty(page);
      await expectNoDefaults(page, `${path} submitted empty`);
    }
    for (const path of unboundAddresses) {
      await page.goto(path);
      await expectNoDefaults(page, path);
    }
    await context.close();
  });
}

test('staff forms submitted empty show no framework default message', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, demo.admin, DEMO_PASSWORD);
  for (const path of ['/admin/courses/new', '/admin/webinars/new', '/admin/pages/new', '/admin/quizzes/new', '/admin/certificates/templates/new',
    '/account/two-factor']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoDefaults(page, `${path} as shown`);
    await submitEmpty(page);
    await expectNoDefaults(page, `${path} submitted empty`);
  }
  for (const path of ['/admin/users?page=x&oblast=UA-99', '/admin/audit?page=-1&from=not-a-date', '/admin/certificates?page=x']) {
    await page.goto(path);
    await expectNoDefaults(page, path);
  }
});
