import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_COURSE, METHODOLOGIST } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

// The pages offered in English are wholly English: every text a person reads (and every label a screen reader reads)
// is English, except what people wrote — course titles, descriptions, names — which the page marks lang="uk"
// (or data-user-content). Every other page ignores the choice and is Ukrainian, without the switch.

/** The language cookie as ASP.NET Core's CookieRequestCultureProvider writes it. */
async function chooseEnglish(context: BrowserContext, baseURL: string | undefined) {
  await context.addCookies([{ name: '.AspNetCore.Culture', value: 'c%3Den%7Cuic%3Den', url: baseURL! }]);
}

/** Every piece of Cyrillic text a person or a screen reader meets on the page outside text marked as authored in Ukrainian. */
async function cyrillicOutsideUserContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cyrillic = /[\u0400-\u04FF]/;
    const authored = (el: Element | null) => !!el?.closest('[lang="uk"], [data-user-content]');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template') || authored(parent)) continue;
      const text = node.textContent?.trim() ?? '';
      if (cyrillic.test(text)) found.push(`${parent.tagName.toLowerCase()}: ${text.slice(0, 80)}`);
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title], [alt]'))) {
      if (authored(el)) continue;
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value && cyrillic.test(value)) found.push(`${el.tagName.toLowerCase()}[${name}]: ${value.slice(0, 80)}`);
      }
    }
    // The window title names the page: an authored title (a course's, an event's) is the page's lang="uk" heading.
    const title = document.title.replace(/ · Lounb Learning$/, '');
    const authoredTitle = Array.from(document.querySelectorAll('h1[lang="uk"], [lang="uk"] h1')).some((h) => h.textContent?.trim() === title);
    if (cyrillic.test(title) && !authoredTitle) found.push(`title: ${document.title}`);
    return found;
  });
}

async function expectWhollyEnglish(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
  // The switch back to Ukrainian is offered here.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Українською' }), path).toHaveCount(1);
  expect.soft(await cyrillicOutsideUserContent(page), `Ukrainian text on the English page ${path}`).toEqual([]);
}

/** The first event page linked from the list of upcoming webinars. */
async function firstEventPath(page: Page): Promise<string> {
  await page.goto('/webinars');
  const href = await page.locator('a[href^="/webinars/"]').filter({ hasNot: page.locator('[href$=".ics"]') }).first().getAttribute('href');
  expect(href).toMatch(/^\/webinars\/[0-9a-f-]{36}$/);
  return href!;
}

test.describe('English pages', () => {
  test('anonymous: home, catalog, course, webinars, an event, verification, sign-in, registration and their messages are wholly English', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    // A certificate to verify: issued by hand by the national methodologist (in Ukrainian, the staff area's language).
    const staffContext = await browser.newContext({ baseURL });
    const staff = await staffContext.newPage();
    await login(staff, METHODOLOGIST, DEMO_PASSWORD);
    await staff.goto('/admin/certificates');
    await expect(staff.locator('html')).toHaveAttribute('lang', 'uk');
    await staff.getByText('Видати сертифікат вручну').click();
    await staff.getByLabel('Електронна пошта людини').fill(demo.learner);
    await staff.getByLabel('За що (назва заходу чи курсу)').fill('Зустріч читацького клубу');
    await staff.getByLabel('Годин').fill('2');
    await staff.getByRole('button', { name: 'Видати', exact: true }).click();
    const number = /№ (\S+?)\./.exec((await staff.getByRole('status').first().textContent())!)![1];
    await staffContext.close();

    const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Kyiv' });
    await chooseEnglish(context, baseURL);
    const page = await context.newPage();
    const event = await firstEventPath(page);
    for (const path of ['/', '/courses', '/courses?audience=Adults&open=true', `/courses/${DEMO_COURSE.slug}`, '/webinars', '/webinars?show=past', event,
      '/verify', `/verify?number=${encodeURIComponent(number)}`, '/verify?number=NO-SUCH-1', '/account/login', '/account/register',
      '/account/forgot-password', '/news', '/pages/about', '/no-such-page']) {
      await expectWhollyEnglish(page, path);
    }

    // A found certificate shows English labels and an English date, its authored fields marked Ukrainian.
    await page.goto(`/verify?number=${encodeURIComponent(number)}`);
    await expect(page.locator('#check-result')).toHaveText('✓ The certificate is valid');
    await expect(page.getByText('Зустріч читацького клубу')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('dd').filter({ hasText: /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/ })).toHaveCount(1);

    // The course page's runs are dated in English.
    await page.goto(`/courses/${DEMO_COURSE.slug}`);
    await expect(page.locator('.run-card').first()).toContainText(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);

    // Messages after an empty or wrong submission are English too.
    await page.goto('/account/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await cyrillicOutsideUserContent(page), 'sign-in messages').toEqual([]);
    await page.goto('/account/register');
    await page.getByRole('button', { name: 'Register' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await cyrillicOutsideUserContent(page), 'registration messages').toEqual([]);

    // The registration's oblasts are named in English, in the one official order.
    const oblasts = await page.locator('#OblastCode option').allTextContents();
    expect(oblasts.slice(1, 4)).toEqual(['Vinnytsia Oblast', 'Volyn Oblast', 'Dnipropetrovsk Oblast']);
    expect(oblasts.slice(-3)).toEqual(['Autonomous Republic of Crimea', 'Kyiv City', 'Sevastopol City']);
    await context.close();
  });

  test('signed in: the public pages stay wholly English; pages not offered in English are Ukrainian and offer no switch', async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Kyiv' });
    const page = await context.newPage();
    await login(page, demo.learner, DEMO_PASSWORD);
    await chooseEnglish(context, baseURL);
    const event = await firstEventPath(page);
    for (const path of ['/', '/courses', `/courses/${DEMO_COURSE.slug}`, '/webinars', '/webinars?show=mine', event, '/verify']) {
      await expectWhollyEnglish(page, path);
    }

    for (const path of ['/dashboard', '/learning', '/my/certificates', '/quizzes']) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'uk');
      await expect(page.getByRole('banner').getByText('Українською'), path).toHaveCount(0);
      await expect(page.getByRole('banner').getByText('English'), path).toHaveCount(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toMatch(/[\u0400-\u04FF]/);
    }
    await context.close();
  });

  for (const width of [360, 1280]) {
    test(`English pages photographed at ${width} px`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Kyiv' });
      await chooseEnglish(context, baseURL);
      const page = await context.newPage();
      for (const [name, path] of [['home', '/'], ['courses', '/courses'], ['course', `/courses/${DEMO_COURSE.slug}`], ['webinars', '/webinars'], ['verify', '/verify']]) {
        await page.goto(path);
        await page.screenshot({ path: `test-results/screenshots/en-${name}-${width}.png`, fullPage: true });
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(widths.scroll, `${path} at ${width} px`).toBeLessThanOrEqual(widths.client + 1);
      }
      await context.close();
    });
  }
});
