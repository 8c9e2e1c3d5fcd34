import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support';
import {
  addLesson, addSection, createCourse, createOpenRun, expectNoHorizontalScroll, METHODOLOGIST, newContext, publishCourse,
  registerConfirmedCitizen, uniqueSuffix,
} from './courses-support';

test.describe('Course authoring and learning', () => {
  test('the methodologist builds and publishes a course with an open run; a citizen on a phone finds it, enrols and completes it', async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const suffix = uniqueSuffix();
    // "сім’ї" carries a typographic apostrophe; the learner will type it with an ASCII one and in capitals.
    const title = `Цифрова безпека для сім’ї ${suffix}`;
    const topics = 'кібербезпека, медіаграмотність';

    // --- the national methodologist authors the course -------------------------------------------
    await login(page, METHODOLOGIST, DEMO_PASSWORD);
    const courseId = await createCourse(page, {
      title,
      summary: 'Як захистити акаунти, пристрої та дітей у мережі: паролі, шахрайські повідомлення, батьківський контроль.',
      audience: 'Дорослі',
      format: 'Самостійно онлайн',
      hours: 4,
      topics,
    });
    await expect(page.getByText('Чернетка · Дорослі · Самостійно онлайн · 4 год')).toBeVisible();

    await addSection(page, courseId, 'Паролі та акаунти');
    await addSection(page, courseId, 'Шахрайство онлайн');
    await addLesson(page, courseId, {
      section: 'Паролі та акаунти',
      kind: 'Текст',
      title: 'Надійний пароль',
      markdown: [
        '## Три правила',
        '',
        'Пароль має бути **довгим**, *унікальним* і зберігатися в менеджері паролів.',
        '',
        '<script>window.__lounbInjected = true; document.title = "зламано";</script>',
        '',
        '<img src="x" onerror="window.__lounbInjected = true">',
        '',
        '- не повторюйте паролі',
        '- увімкніть двофакторну автентифікацію',
      ].join('\n'),
    });
    // The author's preview is sanitised too.
    const preview = page.getByRole('region', { name: 'Як побачить слухач' });
    await expect(preview.getByRole('heading', { name: 'Три правила' })).toBeVisible();
    await expect(preview.locator('script')).toHaveCount(0);
    await expect(preview.locator('[onerror]')).toHaveCount(0);

    await addLesson(page, courseId, {
      section: 'Паролі та акаунти',
      kind: 'Зовнішній ресурс',
      title: 'Кібергігієна на Дія.Освіті',
      url: 'https://osvita.diia.gov.ua/courses/cyber-hygiene',
      markdown: 'Перегляньте серіал і поверніться, щоб позначити урок.',
    });
    await addLesson(page, courseId, {
      section: 'Шахрайство онлайн',
      kind: 'Текст',
      title: 'Для допитливих: історія фішингу',
      markdown: 'Додаткове читання — його можна пропустити.',
      required: false,
    });
    await addLesson(page, courseId, {
      section: 'Шахрайство онлайн',
      kind: 'Текст',
      title: 'Як розпізнати шахрайське повідомлення',
      markdown: 'Терміновість, прохання назвати код із SMS, незнайоме посилання — три ознаки шахрайства.',
    });

    // The staff page lists both sections with their lessons in order; the optional one is marked.
    await page.goto(`/admin/courses/${courseId}`);
    await expect(page.getByRole('region', { name: '1. Паролі та акаунти' }).getByRole('listitem'))
      .toHaveText([/^\s*Надійний пароль · Текст\s+↑/, /^\s*Кібергігієна на Дія\.Освіті · Зовнішній ресурс\s+↑/]);
    await expect(page.getByRole('region', { name: '2. Шахрайство онлайн' }).getByRole('listitem'))
      .toHaveText([/^\s*Для допитливих: історія фішингу · Текст · необов’язковий\s+↑/, /^\s*Як розпізнати шахрайське повідомлення · Текст\s+↑/]);

    // A draft is not in the catalog.
    const draftResponse = await page.goto(`/courses?q=${encodeURIComponent(suffix)}`);
    expect(draftResponse?.status()).toBe(200);
    await expect(page.locator('#course-count')).toHaveText('0');

    await publishCourse(page, courseId);
    const runTitle = `Осінній набір ${suffix}`;
    const runId = await createOpenRun(page, courseId, 2, runTitle);
    await expect(page.getByText('Вільний запис')).toBeVisible();

    // --- a citizen on a 360 px phone ----------------------------------------------------------------
    const phone = await newContext(browser, baseURL, { width: 360, height: 740 });
    try {
      const learner = await phone.newPage();
      const injected: string[] = [];
      learner.on('dialog', (dialog) => { injected.push(dialog.message()); void dialog.dismiss(); });
      await registerConfirmedCitizen(learner, 'Оксана Мельник');

      // Search with an ASCII apostrophe and capitals for "сім’ї", plus the unique suffix.
      await learner.goto('/courses');
      await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Курси');
      await expectNoHorizontalScroll(learner, 'catalog /courses');
      const search = learner.getByRole('search', { name: 'Пошук курсів' });
      await search.getByLabel('Пошук').fill(`СІМ'Ї ${suffix.toUpperCase()}`);
      await search.getByRole('button', { name: 'Знайти' }).click();
      await expect(learner).toHaveURL(/\/courses\?q=/);
      await expect(learner.locator('#course-count')).toHaveText('1');
      const card = learner.getByRole('article').filter({ has: learner.getByRole('link', { name: title }) });
      await expect(card).toContainText('Дорослі · Самостійно онлайн · 4 год');
      await expect(card).toContainText('Запис відкрито');
      await expectNoHorizontalScroll(learner, 'catalog search results');
      await card.getByRole('link', { name: title }).click();

      await expect(learner.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(learner.getByText(`Теми: ${topics}`)).toBeVisible();
      const run = learner.locator('.run-card').filter({ has: learner.getByRole('heading', { name: runTitle }) });
      await expect(run).toContainText('Вільний запис');
      await expect(run).toContainText('вільних місць: 2 з 2');
      const outline = learner.getByRole('region', { name: 'Програма' });
      await expect(outline.getByRole('listitem')).toHaveText([
        'Надійний пароль', 'Кібергігієна на Дія.Освіті', 'Для допитливих: історія фішингу', 'Як розпізнати шахрайське повідомлення',
      ]);
      await expectNoHorizontalScroll(learner, 'course page');

      await run.getByRole('button', { name: 'Записатися' }).click();
      await expect(learner).toHaveURL(new RegExp(`/learn/${runId}/lessons/[0-9a-f-]{36}$`));
      await expect(learner.getByRole('status').first()).toHaveText('Ви записалися! Курс — у «Моєму навчанні».');

      // Lesson 1: text; the <script> and the onerror handler are gone, the Markdown is rendered.
      await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Надійний пароль');
      const article = learner.getByRole('article');
      await expect(article.getByRole('heading', { name: 'Три правила' })).toBeVisible();
      await expect(article.locator('strong')).toHaveText('довгим');
      await expect(article.getByRole('listitem')).toHaveText(['не повторюйте паролі', 'увімкніть двофакторну автентифікацію']);
      await expect(article.locator('script')).toHaveCount(0);
      expect(await learner.content(), 'the injected script does not reach the learner').not.toContain('__lounbInjected');
      expect(await learner.evaluate(() => (window as unknown as { __lounbInjected?: boolean }).__lounbInjected)).toBeUndefined();
      await expect(learner).not.toHaveTitle(/зламано/);
      await expect(learner.locator('#progress-text')).toHaveText('Пройдено 0 з 3 обов’язкових уроків');
      await expectNoHorizontalScroll(learner, 'lesson page (text)');

      const markDone = async (expected: string) => {
        await learner.getByRole('button', { name: 'Позначити як пройдений' }).click();
        await expect(learner.locator('#offline-status')).toHaveText(expected);
        await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();
        await expect(learner.getByRole('button', { name: 'Позначити як пройдений' })).toBeHidden();
      };
      await markDone('Урок позначено як пройдений.');
      await expect(learner.locator('#progress-text')).toHaveText('Пройдено 1 з 3 обов’язкових уроків');
      await learner.getByRole('link', { name: 'Наступний →' }).click();

      // Lesson 2: external resource opens in a new tab, safely.
      await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Кібергігієна на Дія.Освіті');
      const resource = learner.getByRole('link', { name: /Відкрити ресурс/ });
      await expect(resource).toHaveAttribute('href', 'https://osvita.diia.gov.ua/courses/cyber-hygiene');
      await expect(resource).toHaveAttribute('target', '_blank');
      await expect(resource).toHaveAttribute('rel', /noopener/);
      await expectNoHorizontalScroll(learner, 'lesson page (external)');
      await markDone('Урок позначено як пройдений.');
      await expect(learner.locator('#progress-text')).toHaveText('Пройдено 2 з 3 обов’язкових уроків');
      await learner.getByRole('link', { name: 'Наступний →' }).click();

      // Lesson 3 is optional: the learner skips it.
      await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Для допитливих: історія фішингу');
      await learner.getByRole('link', { name: 'Наступний →' }).click();

      // Lesson 4, the last required one, completes the course.
      await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Як розпізнати шахрайське повідомлення');
      await expect(learner.getByRole('link', { name: 'Наступний →' })).toHaveCount(0);
      await markDone('Курс завершено! Вітаємо.');
      await expect(learner.locator('#progress-text')).toHaveText('Пройдено 3 з 3 обов’язкових уроків');
      await learner.reload();
      await expect(learner.getByText('Курс завершено. Вітаємо!')).toBeVisible();
      await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();

      // "Моє навчання": completed, full bar.
      await learner.goto('/learning');
      await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Моє навчання');
      const mine = learner.getByRole('listitem').filter({ has: learner.getByRole('heading', { name: title }) });
      await expect(mine).toContainText(`${runTitle} · Завершено`);
      await expect(mine).toContainText(/Завершено \d/);
      await expect(mine).toContainText('Пройдено 3 з 3 обов’язкових уроків');
      const bar = mine.getByRole('progressbar');
      await expect(bar).toHaveAttribute('max', '3');
      await expect(bar).toHaveAttribute('value', '3');
      expect(await bar.evaluate((el) => (el as HTMLProgressElement).position), 'the bar is full').toBe(1);
      await expectNoHorizontalScroll(learner, '/learning');

      expect(injected, 'no dialog was opened by injected content').toEqual([]);
    } finally {
      await phone.close();
    }

    // The methodologist sees the learner in the run: one seat of two taken, the enrolment completed.
    await page.goto(`/admin/runs/${runId}`);
    await expect(page.locator('#seats')).toHaveText('1 з 2');
    await expect(page.getByRole('table', { name: 'Слухачі набору' }).getByRole('row').filter({ hasText: 'Оксана Мельник' })).toContainText('Завершено');
  });
});
