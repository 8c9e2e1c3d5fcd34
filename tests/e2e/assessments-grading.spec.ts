import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { METHODOLOGIST, newContext, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, login } from './support';

const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

// The demo bank's shared category "Банк ЛОУНБ / Медіаграмотність" holds 9 questions, one of them an essay.
test('a quiz with an essay: the learner finishes, the methodologist grades it, the learner sees the grade; results, statistics and exports', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const staffContext = await newContext(browser, baseURL);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Есе про новини ${uniqueSuffix()}`;
  await staff.goto('/admin/quizzes/new');
  await staff.getByLabel('Назва тесту').fill(title);
  await staff.getByLabel('Прохідний бал, %').fill('50');
  await staff.getByRole('button', { name: 'Створити тест' }).click();
  await expect(staff).toHaveURL(/\/admin\/quizzes\/[0-9a-f-]{36}$/);
  const quizId = /\/admin\/quizzes\/([0-9a-f-]{36})$/.exec(staff.url())![1];
  await staff.getByLabel('Категорія', { exact: true }).selectOption({ label: '— Медіаграмотність (9)' });
  await staff.getByRole('button', { name: 'Показати питання' }).click();
  const picker = staff.getByRole('group', { name: 'Питання категорії «Медіаграмотність»' });
  await picker.getByRole('checkbox', { name: /^Перевірка фото/ }).check();
  await picker.getByRole('checkbox', { name: /^Есе: навчання відвідувачів/ }).check();
  await staff.getByRole('button', { name: 'Додати позначені' }).click();
  await expect(staff.locator('#quiz-slots tbody tr')).toHaveCount(2);
  await staff.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(staff.getByRole('status')).toContainText('Тест опубліковано');

  // The learner, on a phone.
  const learnerContext = await newContext(browser, baseURL, { width: 360, height: 740 });
  const learner = await learnerContext.newPage();
  await registerConfirmedCitizen(learner, 'Тарас Мельник');
  await learner.goto(`/quizzes/${quizId}`);
  await learner.getByRole('button', { name: 'Почати тест' }).click();
  await expect(learner).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attemptId = learner.url().split('/').pop()!;
  await learner.getByLabel('Зворотний пошук зображень').check();
  await expect(learner.locator('#save-state')).toHaveText('Збережено');
  await learner.getByRole('button', { name: 'Далі →' }).click();
  const essaySaved = learner.waitForResponse((r) => r.url().endsWith(`/api/attempts/${attemptId}/answers/2`) && r.status() === 200);
  await learner.locator('#question-2').getByLabel('Ваша відповідь').fill('Показую, як знайти першоджерело, перевірити дату й автора, порівняти з іншими джерелами.');
  await essaySaved;
  await learner.getByRole('button', { name: 'Завершити спробу' }).click();
  await learner.getByRole('button', { name: 'Так, завершити' }).click();
  await expect(learner).toHaveURL(new RegExp(`/attempts/${attemptId}/review$`));
  await expect(learner.locator('#attempt-result')).toContainText('Есе ще оцінює викладач');

  // The methodologist grades the essay from the queue.
  await staff.goto('/admin/grading');
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Оцінювання есе');
  await staff.getByRole('row').filter({ hasText: title }).getByRole('link').first().click();
  await expect(staff.getByText('Показую, як знайти першоджерело')).toBeVisible();
  expect((await axe(staff)).violations).toEqual([]);
  await staff.getByLabel(/^Оцінка \(від/).fill('2');
  await staff.getByRole('button', { name: /Зберегти оцінку/ }).click();
  await expect(staff.getByRole('alert')).toContainText('Оцінка має бути від 0 до максимального бала питання.');
  await staff.getByLabel(/^Оцінка \(від/).fill('0,5');
  await staff.getByLabel('Коментар для слухача').fill('Добре, додайте приклад із реальною новиною.');
  await staff.getByRole('button', { name: /Зберегти оцінку/ }).click();
  await expect(staff.getByRole('status')).toContainText('Оцінку збережено');

  // The learner sees the grade and the comment: (1 + 0,5) of 2 = 75 %.
  await learner.reload();
  await expect(learner.locator('#attempt-result')).toContainText('75 %');
  await expect(learner.getByText('Добре, додайте приклад із реальною новиною.')).toBeVisible();
  expect((await axe(learner)).violations).toEqual([]);

  // Results, statistics and the workbook with data.
  await staff.goto(`/admin/quizzes/${quizId}/results`);
  await expect(staff.getByRole('row').filter({ hasText: 'Тарас Мельник' })).toContainText('75 %');
  // The link's name reads as a phrase, without a stray space before the comma.
  await expect(staff.getByRole('link', { name: 'Тарас Мельник, спроба 1', exact: true })).toBeVisible();
  await staff.goto(`/admin/quizzes/${quizId}/statistics`);
  await expect(staff.locator('#stat-summary')).toContainText('Оцінених спроб1');
  await expect(staff.getByRole('row').filter({ hasText: 'Перевірка фото' }).first()).toContainText('100');
  await staff.locator('details').filter({ hasText: 'Перевірка фото' }).first().locator('summary').click();
  await expect(staff.getByText('Зворотний пошук зображень').first()).toBeVisible();
  expect((await axe(staff)).violations).toEqual([]);
  const download = staff.waitForEvent('download');
  await staff.getByRole('link', { name: /Excel/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // The bank exports as GIFT and Moodle XML.
  await staff.goto('/admin/assessments/bank');
  const categoryLink = await staff.getByRole('link', { name: /Медіаграмотність/ }).first().getAttribute('href');
  const category = /category=([0-9a-f-]{36})/.exec(categoryLink!)![1];
  const gift = await staff.request.get(`/admin/assessments/bank/export?category=${category}&format=Gift`);
  expect(gift.status()).toBe(200);
  expect(await gift.text()).toContain('::Перевірка фото::');
  const xml = await staff.request.get(`/admin/assessments/bank/export?category=${category}&format=MoodleXml`);
  expect(await xml.text()).toContain('<question type="matching">');

  await learnerContext.close();
  await staffContext.close();
});
