import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demo, login } from './support';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

/** No WCAG 2.1 AA violation at 1280 px nor at 360 px, where the page must not scroll sideways either. */
async function accessibleAtBothWidths(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  expect((await axe(page)).violations).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect((await axe(page)).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a methodologist opens the dashboard of the demo year, filters by a library and drills down to the people', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, demo.methodologistLuhansk, DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Звіти', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Звіти й моніторинг');

  // The demo year gives every chart a real picture, with its data table beside it.
  await expect(page.locator('#months tbody tr')).not.toHaveCount(0);
  await expect(page.locator('#chart-months')).toBeVisible();
  // A regional methodologist sees their oblast only.
  await expect(page.getByLabel('Область').locator('option')).toHaveText(['Усі області', 'Луганська область']);
  await accessibleAtBothWidths(page);

  await page.getByLabel('Бібліотека').selectOption({ label: 'Сєвєродонецька міська публічна бібліотека' });
  await page.getByRole('button', { name: 'Показати' }).click();
  await expect(page).toHaveURL(/library=/);
  const enrolments = page.locator('[data-figure="enrolled"] a');
  const shown = Number(await enrolments.textContent());
  expect(shown).toBeGreaterThan(0);

  await enrolments.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Записи на курси');
  await expect(page.locator('#drill-total')).toHaveText(String(shown));
  await expect(page.locator('#people tbody tr')).toHaveCount(Math.min(shown, 50));
  await expect(page.locator('#people tbody tr').first()).toContainText('Сєвєродонецька міська публічна бібліотека');
  await accessibleAtBothWidths(page);

  // Another oblast is refused, and a period that ends before it starts is explained.
  const refused = await page.goto('/admin/reports?oblast=UA-71');
  expect(refused?.status()).toBe(403);
  await page.goto('/admin/reports?from=2026-05-10&to=2026-05-01');
  await expect(page.getByRole('alert').filter({ hasText: 'Кінець періоду має бути не раніше за його початок.' })).toBeVisible();
  await expect(page.locator('#figures')).toHaveCount(0);
});
