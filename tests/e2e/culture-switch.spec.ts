import { expect, test } from '@playwright/test';

test.describe('Language switch', () => {
  test('"English" switches the layout to English and "Українською" switches back', async ({ page, context }) => {
    await page.goto('/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'uk');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Українською' })).toHaveCount(0);

    await banner.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(banner.getByRole('link', { name: 'English' })).toHaveCount(0);
    const back = banner.getByRole('link', { name: 'Українською' });
    await expect(back).toBeVisible();
    await expect(back).toHaveAttribute('lang', 'uk');
    const cookie = (await context.cookies()).find((c) => c.name === '.AspNetCore.Culture');
    expect(cookie?.value).toContain('c%3Den');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn with the Luhansk Regional Library');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    // The language switch is a plain link: the anonymous page set no antiforgery cookie.
    expect((await context.cookies()).map((c) => c.name)).not.toContain('lounb.af');

    // The choice is remembered on other pages, and their labels are English too.
    await page.goto('/account/login');
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.getByLabel('Email')).toBeVisible();

    // Switching back returns to the same page, in Ukrainian.
    await banner.getByRole('link', { name: 'Українською' }).click();
    await expect(page).toHaveURL(/\/account\/login$/);
    await expect(html).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вхід');
    await expect(banner.getByRole('link', { name: 'English' })).toBeVisible();
    await page.goto('/');
    await expect(html).toHaveAttribute('lang', 'uk');
  });
});
