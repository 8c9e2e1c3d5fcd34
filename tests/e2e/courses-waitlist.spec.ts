import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support';
import { METHODOLOGIST, newContext, publishSmallCourse, registerConfirmedCitizen, uniqueSuffix } from './courses-support';

/** The learner's entry for a course in "Моє навчання". */
const myEntry = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test.describe('Waiting list', () => {
  test('with one seat the second learner waits, and takes the seat when the first one withdraws', async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const title = `Лист очікування ${uniqueSuffix()}`;

    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    const { runId, slug } = await publishSmallCourse(page, title, 1);

    const firstContext = await newContext(browser, baseURL);
    const secondContext = await newContext(browser, baseURL);
    try {
      const first = await firstContext.newPage();
      const second = await secondContext.newPage();
      await registerConfirmedCitizen(first, 'Андрій Ткаченко');
      await registerConfirmedCitizen(second, 'Світлана Бондаренко');

      // The first learner takes the only seat.
      await first.goto(`/courses/${slug}`);
      await expect(first.locator('.run-card')).toContainText('вільних місць: 1 з 1');
      await first.getByRole('button', { name: 'Записатися' }).click();
      await expect(first).toHaveURL(new RegExp(`/learn/${runId}/lessons/`));
      await expect(first.getByRole('status').first()).toHaveText('Ви записалися! Курс — у «Моєму навчанні».');

      // The second one sees no free seat and is offered the queue.
      await second.goto(`/courses/${slug}`);
      await expect(second.locator('.run-card')).toContainText('вільних місць: 0 з 1');
      await expect(second.getByRole('button', { name: 'Записатися' })).toHaveCount(0);
      await second.getByRole('button', { name: 'Стати в чергу' }).click();
      await expect(second).toHaveURL(new RegExp(`/courses/${slug}$`));
      await expect(second.getByRole('status')).toHaveText(
        'Вільних місць немає: ви в списку очікування. Щойно місце звільниться, ми запишемо вас автоматично.');
      await expect(second.locator('.run-card')).toContainText('У списку очікування');
      await expect(second.locator('.run-card').getByRole('link', { name: 'До уроків' })).toHaveCount(0);
      // Waiting is not learning: no lessons yet.
      expect((await second.goto(`/learn/${runId}`))?.status()).toBe(404);
      await second.goto('/learning');
      await expect(myEntry(second, title)).toContainText('У списку очікування');
      await expect(myEntry(second, title).getByRole('progressbar')).toHaveCount(0);

      // The methodologist sees one seat taken and one person waiting.
      await page.goto(`/admin/runs/${runId}`);
      await expect(page.locator('#seats')).toHaveText('1 з 1');
      const people = page.getByRole('table', { name: 'Слухачі набору' });
      await expect(people.getByRole('row').filter({ hasText: 'Андрій Ткаченко' })).toContainText('Навчається');
      await expect(people.getByRole('row').filter({ hasText: 'Світлана Бондаренко' })).toContainText('У списку очікування');

      // The first learner withdraws.
      await first.goto(`/courses/${slug}`);
      await expect(first.locator('.run-card')).toContainText('Навчається');
      await first.getByRole('button', { name: 'Вибути з набору' }).click();
      await expect(first.getByRole('status')).toHaveText('Ви вибули з набору. Ваше місце перейде наступному в черзі.');
      await first.goto('/learning');
      await expect(myEntry(first, title)).toHaveCount(0);

      // The second learner now learns.
      await second.goto('/learning');
      const entry = myEntry(second, title);
      await expect(entry).toContainText('Навчається');
      await expect(entry).not.toContainText('У списку очікування');
      await expect(entry).toContainText('Пройдено 0 з 2 обов’язкових уроків');
      await entry.getByRole('link', { name: 'Почати: Перший урок' }).click();
      await expect(second).toHaveURL(new RegExp(`/learn/${runId}/lessons/[0-9a-f-]{36}$`));
      await expect(second.getByRole('heading', { level: 1 })).toHaveText('Перший урок');
      await second.goto(`/courses/${slug}`);
      await expect(second.locator('.run-card')).toContainText('вільних місць: 0 з 1');
      await expect(second.locator('.run-card').getByRole('link', { name: 'До уроків' })).toBeVisible();

      await page.reload();
      await expect(page.locator('#seats')).toHaveText('1 з 1');
      await expect(people.getByRole('row').filter({ hasText: 'Андрій Ткаченко' })).toContainText('Вибув');
      await expect(people.getByRole('row').filter({ hasText: 'Світлана Бондаренко' })).toContainText('Навчається');
    } finally {
      await firstContext.close();
      await secondContext.close();
    }
  });
});
