import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support';
import { addSection, createCourse, expectNoHorizontalScroll, METHODOLOGIST, newContext, uniqueSuffix } from './courses-support';

// Demo data: a national quiz and a national webinar the methodologist may link.
const QUIZ = 'Медіаграмотність і кібергігієна: підсумковий тест';
const EVENT = 'Цифрові послуги для населення: тренінг для координаторів хабів';

async function severeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function newLesson(page: Page, courseId: string, kind: string, title: string): Promise<void> {
  await page.goto(`/admin/courses/${courseId}`);
  await page.getByLabel('Назва нового уроку').fill(title);
  await page.getByLabel('Вид уроку').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Додати урок' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Урок: ${title}`);
}

test.describe('Authoring without ids', () => {
  test('a methodologist on a phone links a quiz and an event to lessons through the picker', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const context = await newContext(browser, baseURL, { width: 360, height: 740 });
    const page = await context.newPage();
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    const courseId = await createCourse(page, {
      title: `Курс із тестом і вебінаром ${uniqueSuffix()}`, summary: 'Перевірка вибору тесту й події зі списку.',
      audience: 'Дорослі', format: 'Самостійно онлайн', hours: 2, topics: 'перевірка',
    });
    await addSection(page, courseId, 'Підсумок');

    // The quiz: typed search narrows the list (no id to paste), the choice offers a link to open it.
    await newLesson(page, courseId, 'Тест', 'Підсумковий тест');
    const quizList = page.getByLabel('Оберіть тест');
    await expect(page.getByLabel('Пошук: назва, дата чи область')).toBeVisible();
    await page.getByLabel('Пошук: назва, дата чи область').fill('кібергігієна');
    await expect(quizList.locator('option', { hasText: QUIZ })).toHaveCount(1);
    await expect(page.locator('[data-reference-found]')).toHaveText(/^У списку: \d+\.$/);
    const quizOption = quizList.locator('option', { hasText: QUIZ });
    await quizList.selectOption(await quizOption.getAttribute('value') as string);
    await expect(page.getByRole('link', { name: `Відкрити обране: ${QUIZ}` })).toHaveAttribute('href', /^\/admin\/quizzes\/[0-9a-f-]{36}$/);
    await expectNoHorizontalScroll(page, 'the lesson form with the picker at 360 px');
    expect(await severeViolations(page), 'axe on the quiz picker at 360 px').toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/picker-quiz-360.png', fullPage: true });
    await page.getByRole('button', { name: 'Зберегти урок' }).click();
    await expect(page.locator('.alert-success')).toHaveText('Урок збережено.');
    await expect(quizList.locator('option:checked')).toContainText(QUIZ);

    // The event: searched by a word of its title.
    await newLesson(page, courseId, 'Онлайн-заняття', 'Тренінг наживо');
    const eventList = page.getByLabel('Оберіть подію');
    await page.getByLabel('Пошук: назва, дата чи область').fill('координаторів хабів');
    await expect(eventList.locator('option', { hasText: EVENT })).toHaveCount(1);
    await eventList.selectOption(await eventList.locator('option', { hasText: EVENT }).getAttribute('value') as string);
    await expect(page.getByRole('link', { name: `Відкрити обране: ${EVENT}` })).toBeVisible();
    await page.getByRole('button', { name: 'Зберегти урок' }).click();
    await expect(page.locator('.alert-success')).toHaveText('Урок збережено.');
    await expect(eventList.locator('option:checked')).toContainText(EVENT);
    await context.close();
  });

  test('without JavaScript the search reloads the page with the results', async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'uk-UA', timezoneId: 'Europe/Kyiv', javaScriptEnabled: false });
    const page = await context.newPage();
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    const courseId = await createCourse(page, {
      title: `Курс без скриптів ${uniqueSuffix()}`, summary: 'Вибір тесту без JavaScript.',
      audience: 'Дорослі', format: 'Самостійно онлайн', hours: 1, topics: 'перевірка',
    });
    await addSection(page, courseId, 'Підсумок');
    await newLesson(page, courseId, 'Тест', 'Тест без скриптів');
    await page.getByLabel('Пошук: назва, дата чи область').fill('кібергігієна');
    await page.getByRole('button', { name: 'Знайти' }).click();
    await expect(page).toHaveURL(/\?q=/);
    const list = page.getByLabel('Оберіть тест');
    await list.selectOption({ label: (await list.locator('option', { hasText: QUIZ }).textContent())!.trim() });
    await page.getByRole('button', { name: 'Зберегти урок' }).click();
    await expect(page.locator('.alert-success')).toHaveText('Урок збережено.');
    await expect(page.getByRole('link', { name: `Відкрити обране: ${QUIZ}` })).toBeVisible();
    await context.close();
  });

  test('a methodologist on a phone picks a certificate template\'s quiz from the list', async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const context = await newContext(browser, baseURL, { width: 360, height: 740 });
    const page = await context.newPage();
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    await page.goto('/admin/certificates/templates/new');
    await expect(page.getByLabel(/Ідентифікатор/)).toHaveCount(0);
    const name = `Шаблон тесту ${uniqueSuffix()}`;
    await page.getByLabel('Назва шаблону').fill(name);
    await page.getByLabel('Вид сертифіката').selectOption({ label: 'Складений тест' });
    const quizList = page.getByLabel('Оберіть тест');
    const quizPicker = page.locator('fieldset', { has: quizList });
    await quizPicker.getByLabel('Пошук: назва, дата чи область').fill('кібергігієна');
    await expect(quizList.locator('option', { hasText: QUIZ })).toHaveCount(1);
    await quizList.selectOption(await quizList.locator('option', { hasText: QUIZ }).getAttribute('value') as string);
    await expect(quizPicker.getByRole('link', { name: `Відкрити обране: ${QUIZ}` })).toBeVisible();
    await expectNoHorizontalScroll(page, 'the certificate template form with its pickers at 360 px');
    expect(await severeViolations(page), 'axe on the certificate template form at 360 px').toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/picker-certificate-template-360.png', fullPage: true });
    await page.getByRole('button', { name: 'Зберегти', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/certificates\/templates\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Шаблон: ${name}`);
    await expect(quizList.locator('option:checked')).toContainText(QUIZ);
    await context.close();
  });

  test('a mentor\'s staff area lists what the role allows', async ({ browser, baseURL }) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const context = await newContext(browser, baseURL, viewport);
      const page = await context.newPage();
      await login(page, 'mentor@lounb.demo', DEMO_PASSWORD);
      await page.goto('/admin');
      await expect(page.getByRole('heading', { level: 3, name: /Ментор/ })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: 'Вебінари' }).first()).toHaveAttribute('href', '/admin/webinars');
      await expect(page.getByText('нічого немає')).toHaveCount(0);
      expect(await severeViolations(page), `axe on the staff area at ${viewport.width} px`).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/staff-area-mentor-${viewport.width}.png`, fullPage: true });
      await context.close();
    }
  });
});
