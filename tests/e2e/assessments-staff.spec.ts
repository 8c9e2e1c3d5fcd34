import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, METHODOLOGIST, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, demo, escapeRegExp, login } from './support';

/** Moodle 5.1's own GIFT export of fixture set A (shared by the interchange work), beside the repository. */
const GIFT_FIXTURE = resolve(__dirname, '..', 'fixtures', 'moodle', 'set-a', 'gift.txt');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

/**
 * The current page has no WCAG 2.1 A/AA violation at 1280 px and at 360 px (where it must not scroll sideways either).
 * Leaves the page at the desktop size.
 */
async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    expect.soft(violations, `${what} at ${viewport.width} px: axe violations`).toEqual([]);
    if (viewport === PHONE) {
      await expectNoHorizontalScroll(page, what);
    }
  }
  await page.setViewportSize(DESKTOP);
}

/** Creates a top-level category in the bank and leaves the page on it; returns its id. */
async function createCategory(page: Page, name: string): Promise<string> {
  await page.goto('/admin/assessments/bank');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Банк питань');
  await page.getByText('Нова категорія', { exact: true }).click();
  await page.getByLabel('Назва нової категорії').fill(name);
  await page.getByLabel('Усередині категорії').first().selectOption({ label: '— верхній рівень —' });
  await page.getByRole('button', { name: 'Створити категорію' }).click();
  await expect(page.getByRole('status')).toHaveText(`Категорію «${name}» створено.`);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  return new URL(page.url()).searchParams.get('category')!;
}

/** From the bank's page of a category, opens the editor of a new question of the given type. */
async function openNewQuestion(page: Page, categoryId: string, typeName: string): Promise<void> {
  await page.goto(`/admin/assessments/bank?category=${categoryId}`);
  await page.getByRole('link', { name: typeName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Нове питання: ${typeName}`);
}

/** The questions table of the bank's current category. */
function bankTable(page: Page): Locator {
  return page.locator('#bank-questions');
}

test.describe('Assessments: staff pages', () => {
  test('the methodologist writes questions, edits one into a new version, builds and publishes a quiz; statistics and results open', async ({ page }) => {
    test.setTimeout(180_000);
    const suffix = uniqueSuffix();
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    const categoryName = `Наскрізний тест ${suffix}`;
    const categoryId = await createCategory(page, categoryName);
    await expect(bankTable(page).getByRole('row')).toHaveCount(1);

    // --- a single-choice question -----------------------------------------------------------------
    await openNewQuestion(page, categoryId, 'Один варіант');
    await expect(page.getByLabel('Формат текстів'), 'new questions are written in Markdown').toHaveValue('Markdown');
    const capital = `Столиця ${suffix}`;
    await page.getByLabel('Назва (бачать лише автори)').fill(capital);
    await page.getByLabel('Текст питання').fill('Яке місто — **столиця** України?');
    const choices = ['Київ', 'Львів', 'Харків'];
    for (const [index, text] of choices.entries()) {
      const row = page.getByRole('group', { name: `Варіант ${index + 1}`, exact: true });
      await row.getByLabel('Текст').fill(text);
      await row.getByLabel('Частка бала').selectOption({ label: index === 0 ? '100 %' : '0 %' });
    }
    await page.getByRole('group', { name: 'Варіант 1', exact: true }).getByLabel('Відгук на цей варіант').fill('Так, Київ.');
    await page.getByLabel('Мітки (через кому)').fill('Географія, Україна');
    await page.getByRole('button', { name: 'Створити питання' }).click();
    await expect(page.getByRole('status')).toHaveText('Питання створено.');
    await expect(page).toHaveURL(/\/admin\/assessments\/questions\/[0-9a-f-]{36}$/);
    const capitalUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Питання: ${capital}`);
    const preview = page.getByRole('region', { name: 'Як побачить слухач (версія 1)' });
    await expect(preview.locator('strong')).toHaveText('столиця');
    await expect(preview.getByRole('listitem')).toHaveText([/^Київ\s*\(100\s%\)\s*$/, /^Львів\s*\(0\s%\)\s*$/, /^Харків\s*\(0\s%\)\s*$/]);
    // Three filled rows kept their order; three empty rows wait for more.
    await expect(page.getByRole('group', { name: /^Варіант \d+$/ })).toHaveCount(6);
    const choiceIds = await page.locator('input[type=hidden][name^="Choices["][name$="].Id"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(choiceIds.slice(0, 3).every((id) => /^c[0-9a-f]{8}$/.test(id)), `new choices get short ids: ${choiceIds.join(',')}`).toBe(true);
    expect(new Set(choiceIds.slice(0, 3)).size).toBe(3);
    expect(choiceIds.slice(3)).toEqual(['', '', '']);
    await expectAccessible(page, 'question editor (single choice)');

    // --- a numerical question: a value that is not a number is refused, nothing saved --------------
    await openNewQuestion(page, categoryId, 'Число');
    const year = `Рік незалежності ${suffix}`;
    await page.getByLabel('Назва (бачать лише автори)').fill(year);
    await page.getByLabel('Текст питання').fill('У якому році Україна проголосила незалежність?');
    const firstNumber = page.getByRole('group', { name: 'Число 1', exact: true });
    await firstNumber.getByLabel('Значення').fill('тисяча');
    await page.getByRole('button', { name: 'Створити питання' }).click();
    await expect(page.getByRole('alert')).toContainText('Число 1: «тисяча» — не число.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нове питання: Число');
    await expect(page.getByLabel('Назва (бачать лише автори)'), 'the form keeps what was typed').toHaveValue(year);
    await firstNumber.getByLabel('Значення').fill('1991');
    await firstNumber.getByLabel('Допуск ±').fill('0,5');
    await page.getByRole('button', { name: 'Створити питання' }).click();
    await expect(page.getByRole('status')).toHaveText('Питання створено.');
    await expect(page.getByRole('group', { name: 'Число 1', exact: true }).getByLabel('Допуск ±')).toHaveValue('0,5');

    // --- a service rule: a single choice without a right answer is refused with its Ukrainian message
    await openNewQuestion(page, categoryId, 'Один варіант');
    await page.getByLabel('Назва (бачать лише автори)').fill(`Без ключа ${suffix}`);
    await page.getByLabel('Текст питання').fill('Питання без правильного варіанта.');
    await page.getByRole('group', { name: 'Варіант 1', exact: true }).getByLabel('Текст').fill('Так');
    await page.getByRole('group', { name: 'Варіант 2', exact: true }).getByLabel('Текст').fill('Ні');
    await page.getByRole('button', { name: 'Створити питання' }).click();
    await expect(page.getByRole('alert')).toContainText('Позначте правильний варіант (100 %).');

    // The bank lists the two saved questions only.
    await page.goto(`/admin/assessments/bank?category=${categoryId}`);
    await expect(bankTable(page).getByRole('row')).toHaveCount(3);
    await expect(bankTable(page).getByRole('row').filter({ hasText: capital })).toContainText('Один варіант');
    await expect(bankTable(page).getByRole('row').filter({ hasText: capital })).toContainText('географія, україна');
    await expect(bankTable(page).getByRole('row').filter({ hasText: year })).toContainText('Число');
    await expect(page.locator('.bank-tree li').filter({ hasText: categoryName }).locator('.badge').first()).toHaveText('2 питання');
    await expectAccessible(page, 'question bank');

    // Search by name.
    await page.getByRole('search', { name: 'Пошук питань у категорії' }).getByLabel('Пошук за назвою або міткою').fill('незалежності');
    await page.getByRole('button', { name: 'Знайти' }).click();
    await expect(bankTable(page).getByRole('row')).toHaveCount(2);
    await expect(bankTable(page)).toContainText(year);

    // --- an edit writes version 2; the choices keep their ids --------------------------------------
    await page.goto(capitalUrl);
    await page.getByLabel('Текст питання').fill('Яке місто є **столицею** України?');
    await page.getByRole('group', { name: 'Варіант 4', exact: true }).getByLabel('Текст').fill('Одеса');
    await page.getByRole('button', { name: 'Зберегти нову версію' }).click();
    await expect(page.getByRole('status')).toHaveText('Питання збережено як версію 2. Завершені спроби зберігають версію, яку отримали.');
    await expect(page.getByRole('region', { name: 'Як побачить слухач (версія 2)' }).getByRole('listitem')).toHaveCount(4);
    const versions = page.getByRole('table', { name: 'Версії питання' });
    await expect(versions.getByRole('row')).toHaveCount(3);
    await expect(versions.getByRole('row').nth(1)).toContainText('2 (поточна)');
    const idsAfter = await page.locator('input[type=hidden][name^="Choices["][name$="].Id"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(idsAfter.slice(0, 3), 'existing choices keep their ids across versions').toEqual(choiceIds.slice(0, 3));
    expect(idsAfter[3]).toMatch(/^c[0-9a-f]{8}$/);
    await expect(page.locator('#version-note')).toContainText('Збереження створює нову версію (3)');

    // --- a quiz -----------------------------------------------------------------------------------
    await page.goto('/admin/assessments');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тести');
    await page.getByRole('link', { name: 'Новий тест' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новий тест');
    const title = `Підсумковий тест ${suffix}`;
    await page.getByLabel('Назва тесту').fill(title);
    await page.getByLabel('Вступ (Markdown)').fill('Два питання про Україну.');
    await page.getByLabel('Закривається (київський час)').fill('2030-06-01T18:00');
    await page.getByLabel('Час на спробу, хв').fill('15');
    await page.getByLabel('Дозволено спроб').fill('2');
    await page.getByLabel('Оцінка з кількох спроб').selectOption({ label: 'Остання' });
    await page.getByLabel('Прохідний бал, %').fill('50');
    await page.getByLabel('Навігація').selectOption({ label: 'Послідовна (лише вперед)' });
    await page.getByLabel('Коли', { exact: true }).selectOption({ label: 'Після закриття тесту' });
    await page.getByLabel('Правильні відповіді').uncheck();
    await page.getByRole('button', { name: 'Створити тест' }).click();
    await expect(page.getByRole('status')).toHaveText('Тест створено як чернетку. Додайте питання й опублікуйте його.');
    await expect(page).toHaveURL(/\/admin\/quizzes\/[0-9a-f-]{36}$/);
    const quizId = /\/admin\/quizzes\/([0-9a-f-]{36})$/.exec(page.url())![1];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('#quiz-link')).toContainText(`Ідентифікатор тесту: ${quizId}`);
    await expect(page.locator('#quiz-link').getByRole('link', { name: `/quizzes/${quizId}` })).toHaveAttribute('href', `/quizzes/${quizId}`);
    await expect(page.locator('#quiz-link')).toContainText('урок виду «Тест»');
    // The settings come back as they were given (the close time in Kyiv time).
    await expect(page.getByLabel('Закривається (київський час)')).toHaveValue('2030-06-01T18:00');
    await expect(page.getByLabel('Час на спробу, хв')).toHaveValue('15');
    await expect(page.getByLabel('Оцінка з кількох спроб')).toHaveValue('Last');
    await expect(page.getByLabel('Навігація')).toHaveValue('Sequential');
    await expect(page.getByLabel('Правильні відповіді')).not.toBeChecked();
    await expect(page.getByLabel('Бали', { exact: true })).toBeChecked();
    await expect(page.locator('#quiz-summary')).toHaveText('Чернетка · 0 питань · балів разом: 0 · спроб: 0');

    // Publishing an empty quiz is refused.
    await page.getByRole('button', { name: 'Опублікувати' }).click();
    await expect(page.getByRole('alert')).toHaveText('У тесті немає жодного питання.');

    // Pick both questions from the category.
    await page.getByLabel('Категорія', { exact: true }).selectOption({ label: `${categoryName} (2)` });
    await page.getByRole('button', { name: 'Показати питання' }).click();
    const picker = page.getByRole('group', { name: `Питання категорії «${categoryName}»` });
    await picker.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(capital)}`) }).check();
    await picker.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(year)}`) }).check();
    await page.getByRole('button', { name: 'Додати позначені' }).click();
    await expect(page.getByRole('status')).toHaveText('Питання додано до тесту.');
    const slots = page.locator('#quiz-slots tbody tr');
    await expect(slots).toHaveCount(2);
    await expect(slots.nth(0)).toContainText(capital);
    await expect(slots.nth(1)).toContainText(year);
    await expect(page.getByRole('group', { name: `Питання категорії «${categoryName}»` }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(capital)}`) }))
      .toBeDisabled();

    // A mark with a decimal comma; order changed; a random draw added.
    await page.getByLabel('Бал за питання 1', { exact: true }).fill('2,5');
    await page.getByRole('button', { name: 'Зберегти бал за питання 1' }).click();
    await expect(page.getByRole('status')).toHaveText('Бал змінено.');
    await page.getByRole('button', { name: 'Питання 2 вище' }).click();
    await expect(slots.nth(0)).toContainText(year);
    await expect(slots.nth(1)).toContainText(capital);
    await expect(page.getByLabel('Бал за питання 2', { exact: true })).toHaveValue('2,5');
    await page.getByLabel('З категорії').selectOption({ label: `${categoryName} (2)` });
    await page.getByLabel('Скільки питань').fill('1');
    await page.getByLabel('Бал за кожне', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Додати випадковий вибір' }).click();
    await expect(page.getByRole('status')).toHaveText('Додано випадковий вибір: 1 питання.');
    await expect(slots).toHaveCount(3);
    await expect(slots.nth(2)).toContainText(`Випадкові питання з «${categoryName}»`);
    await expect(page.locator('#quiz-summary')).toHaveText('Чернетка · 3 питання · балів разом: 4,5 · спроб: 0');

    await page.getByRole('button', { name: 'Опублікувати' }).click();
    await expect(page.getByRole('status')).toContainText('Тест опубліковано');
    await expect(page.locator('#quiz-summary')).toHaveText(/^Опубліковано · /);
    await expect(page.getByRole('button', { name: 'Зняти з публікації' })).toBeVisible();

    // A per-person exception.
    await page.getByLabel('Електронна пошта слухача').fill(demo.learner);
    await page.getByLabel('Час на спробу для цієї людини, хв').fill('30');
    await page.getByLabel('Причина').fill('Інклюзивна потреба: більше часу');
    await page.getByRole('button', { name: 'Зберегти виняток' }).click();
    await expect(page.getByRole('status')).toHaveText(`Виняток для ${demo.learner} збережено.`);
    const exceptionRow = page.locator('#quiz-overrides tbody tr');
    await expect(exceptionRow).toHaveCount(1);
    await expect(exceptionRow).toContainText(demo.learner);
    await expect(exceptionRow).toContainText('30');
    await expectAccessible(page, 'quiz editor');
    await page.getByRole('button', { name: /^Вилучити виняток для / }).click();
    await expect(page.getByRole('status')).toHaveText('Виняток вилучено.');
    await expect(page.locator('#quiz-overrides')).toHaveCount(0);

    // Settings saved again; a close before the opening is refused with the service's message.
    await page.getByLabel('Відкривається (київський час)').fill('2030-07-01T09:00');
    await page.getByRole('button', { name: 'Зберегти налаштування' }).click();
    await expect(page.getByRole('alert')).toContainText('Тест має закриватися пізніше, ніж відкривається.');
    await page.getByLabel('Відкривається (київський час)').fill('');
    await page.getByRole('button', { name: 'Зберегти налаштування' }).click();
    await expect(page.getByRole('status')).toHaveText('Налаштування тесту збережено.');

    // The quiz list.
    await page.goto('/admin/assessments');
    const listed = page.locator('#staff-quizzes tbody tr').filter({ hasText: title });
    await expect(listed).toContainText('Опубліковано');
    await expect(listed).toContainText('до 1 червня 2030, 18:00');

    // --- statistics and results (no attempts yet) ----------------------------------------------------
    await listed.getByRole('link', { name: /^Статистика/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Статистика: ${title}`);
    await expect(page.locator('#stat-summary')).toContainText('Оцінених спроб0');
    await expect(page.locator('#no-statistics')).toBeVisible();
    await expectAccessible(page, 'statistics');
    const workbook = await page.request.get(`/admin/quizzes/${quizId}/statistics.xlsx`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await workbook.body()).subarray(0, 2).toString('latin1'), 'an xlsx is a zip').toBe('PK');
    await page.getByLabel('за новими версіями питань').check();
    await page.getByRole('button', { name: 'Перерахувати оцінки' }).click();
    await expect(page.getByRole('status')).toHaveText('Оцінки перераховано за новими версіями питань: спроб — 0, змінилося — 0.');

    await page.getByRole('link', { name: 'Результати', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Результати: ${title}`);
    await expect(page.locator('#no-results')).toHaveText('Спроб ще немає.');

    // The grading queue opens (the demo data may hold essays of other quizzes).
    await page.goto('/admin/grading');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Оцінювання есе');
  });

  test('the methodologist imports a Moodle GIFT file: preview, confirm, the questions in the bank, an edit makes a new version', async ({ page }) => {
    test.setTimeout(120_000);
    const suffix = uniqueSuffix();
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    const target = `Імпорт Moodle ${suffix}`;
    const targetId = await createCategory(page, target);

    await page.getByRole('link', { name: 'Імпорт GIFT / Moodle XML' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Імпорт питань');
    await expect(page.getByLabel('Імпортувати в категорію')).toHaveValue(targetId);
    await page.getByLabel('Файл').setInputFiles(GIFT_FIXTURE);
    await page.getByRole('button', { name: 'Завантажити й переглянути' }).click();

    await expect(page).toHaveURL(/\/admin\/assessments\/import\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перегляд імпорту');
    await expect(page.getByText('gift.txt', { exact: true })).toBeVisible();
    await expect(page.getByText('GIFT', { exact: true })).toBeVisible();
    await expect(page.locator('#import-errors'), 'Moodle\'s own export reads without errors').toHaveCount(0);
    const count = Number(await page.locator('#import-count').innerText());
    expect(count).toBeGreaterThanOrEqual(13);
    await expect(page.locator('#import-questions tbody tr')).toHaveCount(count);
    await expect(page.locator('#import-types')).toContainText('Один варіант:');
    await expect(page.locator('#import-categories')).toContainText(`${target} / Атестація бібліотекарів / Законодавство`);
    await expect(page.locator('#import-questions tbody tr').filter({ hasText: 'Закон про бібліотеки' }))
      .toContainText(`${target} / Атестація бібліотекарів / Законодавство`);
    await expectAccessible(page, 'import preview');

    await page.getByRole('button', { name: 'Імпортувати всі' }).click();
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^Імпортовано ${count} питан(ня|ь)\\.$`));
    await expect(page).toHaveURL(new RegExp(`/admin/assessments/bank\\?category=${targetId}$`));

    // The file's categories are below the target in the tree; the questions are in them.
    const tree = page.locator('.bank-tree');
    const ours = (name: string) => tree.locator(`li:has(> a:text-is("${target}")) ~ li:has(> a:text-is("${name}"))`).first();
    await expect(ours('Атестація бібліотекарів')).toHaveClass(/bank-depth-1/);
    await expect(ours('Законодавство')).toHaveClass(/bank-depth-2/);
    await ours('Законодавство').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Законодавство' })).toBeVisible();
    const law = bankTable(page).getByRole('row').filter({ hasText: 'Закон про бібліотеки' });
    await expect(law).toContainText('Один варіант');
    await law.getByRole('link', { name: 'Закон про бібліотеки', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Питання: Закон про бібліотеки');
    await expect(page.getByRole('region', { name: 'Як побачить слухач (версія 1)' })).toContainText('Закон України «Про бібліотеки і бібліотечну справу»');
    await page.getByLabel('Мітки (через кому)').fill('законодавство');
    await page.getByRole('button', { name: 'Зберегти нову версію' }).click();
    await expect(page.getByRole('status')).toContainText('Питання збережено як версію 2.');
    await expect(page.getByRole('table', { name: 'Версії питання' }).getByRole('row')).toHaveCount(3);
  });
});
