import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { newContext } from './courses-support';

// The main menu on a phone (issue 12 §1): at 360 px the header is one line with a «Меню» button (a native <details>,
// so it works without JavaScript, from the keyboard, and a screen reader hears whether it is expanded); at 1280 px
// the full menu bar shows and there is no button. Screenshots go to test-results/phone-menu-*.png.

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;

for (const javaScriptEnabled of [true, false]) {
  test(`at 360 px the header is one line and «Меню» opens the menu from the keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, locale: 'uk-UA', javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/courses');
    const banner = page.getByRole('banner');
    const button = banner.locator('summary', { hasText: 'Меню' });
    await expect(button).toBeVisible();
    // One line: the brand and the button share a row, and the whole header is at most 72 px of the 740 px screen.
    const header = await banner.boundingBox();
    expect(header!.height).toBeLessThanOrEqual(72);
    const nav = banner.getByRole('navigation', { name: 'Головне меню' });
    await expect(nav).toHaveCount(0);
    await expect(banner.getByRole('link', { name: 'Увійти' })).toHaveCount(0);
    // axe-core runs as a script: it checks the page when JavaScript is on (the markup is the same without it).
    if (javaScriptEnabled) {
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: 'test-results/phone-menu-360-closed.png' });
    }

    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.site-menu')).toHaveAttribute('open', '');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Курси' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Увійти' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'English' })).toBeVisible();
    if (javaScriptEnabled) {
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: 'test-results/phone-menu-360-open.png' });
    }

    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Головна' })).toBeFocused();
    await nav.getByRole('link', { name: 'Курси' }).click();
    await expect(page).toHaveURL(/\/courses$/);
    await context.close();
  });
}

test('at 1280 px the full menu bar shows and there is no «Меню» button', async ({ browser, baseURL }) => {
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await page.goto('/courses');
  const banner = page.getByRole('banner');
  await expect(banner.locator('summary', { hasText: 'Меню' })).toBeHidden();
  await expect(banner.getByRole('navigation', { name: 'Головне меню' }).getByRole('link', { name: 'Курси' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Увійти' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/phone-menu-1280.png' });
  await context.close();
});
