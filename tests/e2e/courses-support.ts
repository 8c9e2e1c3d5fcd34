import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { demo, fillCitizenRegistration, login, outboxFilesTo, STRONG_PASSWORD, submitRegistration, uniqueEmail } from './support';

/** The national methodologist of the demo data. */
export const METHODOLOGIST = demo.methodologist;

/** A short suffix that makes titles of this run unique (letters and digits only, so it survives slugs and search). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A new browser context set up like the project's (locale, time zone, base URL), optionally at another viewport. */
export async function newContext(browser: Browser, baseURL: string | undefined, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
}

/**
 * Registers an adult citizen with a fresh address, confirms it through the development outbox and signs in.
 * Returns the address.
 */
export async function registerConfirmedCitizen(page: Page, fullName: string): Promise<string> {
  const email = uniqueEmail('learner');
  await page.goto('/account/register');
  await fillCitizenRegistration(page, { fullName, email, password: STRONG_PASSWORD, ageGroup: '18–59 років' });
  await submitRegistration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перевірте пошту');

  // Letters go through the mail queue: the worker writes it a moment after the request.
  await expect.poll(() => outboxFilesTo(email).length).toBe(1);
  await page.goto('/dev/outbox');
  const letter = page.getByRole('article').filter({ hasText: email }).first();
  await letter.getByRole('link', { name: /\/account\/confirm-email\?userId=/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Адресу підтверджено');

  await login(page, email, STRONG_PASSWORD);
  return email;
}

/** Horizontal overflow of the document: scrollWidth minus the window width (≤ 1 means no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
}

export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scroll, client } = await horizontalOverflow(page);
  expect(scroll, `${what}: the page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client + 1);
}

export interface NewCourse {
  title: string;
  summary?: string;
  audience?: 'Бібліотекарі' | 'Дорослі' | 'Підлітки' | 'Діти 8–16 років';
  format?: 'Самостійно онлайн' | 'Онлайн наживо' | 'Змішаний формат' | 'У хабі цифрової освіти';
  hours?: number;
  topics?: string;
}

/** Fills /admin/courses/new and creates the course; leaves the page on the course's staff page and returns its id. */
export async function createCourse(page: Page, course: NewCourse): Promise<string> {
  await page.goto('/admin/courses/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новий курс');
  await page.getByLabel('Назва', { exact: true }).fill(course.title);
  await page.getByLabel('Короткий опис').fill(course.summary ?? 'Курс, створений наскрізним тестом.');
  await page.getByLabel('Для кого').selectOption({ label: course.audience ?? 'Дорослі' });
  await page.getByLabel('Формат').selectOption({ label: course.format ?? 'Самостійно онлайн' });
  await page.getByLabel('Години підвищення кваліфікації').fill(String(course.hours ?? 2));
  await page.getByLabel('Теми (через кому)').fill(course.topics ?? 'тестування');
  await page.getByRole('button', { name: 'Створити курс' }).click();

  await expect(page).toHaveURL(/\/admin\/courses\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status')).toHaveText('Курс створено. Додайте розділи й уроки.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
  return /\/admin\/courses\/([0-9a-f-]{36})$/.exec(page.url())![1];
}

/** On a course's staff page: adds a section at the end. */
export async function addSection(page: Page, courseId: string, title: string): Promise<void> {
  await page.goto(`/admin/courses/${courseId}`);
  await page.getByLabel('Назва нового розділу').fill(title);
  await page.getByRole('button', { name: 'Додати розділ' }).click();
  await expect(page.getByRole('status')).toHaveText('Розділ додано.');
  await expect(page.getByRole('region', { name: new RegExp(`^\\d+\\. ${title}$`) })).toBeVisible();
}

export interface NewLesson {
  section: string;
  kind: 'Текст' | 'Відео' | 'Файл для завантаження' | 'Зовнішній ресурс';
  title: string;
  markdown?: string;
  url?: string;
  required?: boolean;
}

/** Adds a lesson to a section through the course's staff page, then fills and saves the lesson form. */
export async function addLesson(page: Page, courseId: string, lesson: NewLesson): Promise<void> {
  await page.goto(`/admin/courses/${courseId}`);
  const section = page.getByRole('region', { name: new RegExp(`^\\d+\\. ${lesson.section}$`) });
  await section.getByLabel('Назва нового уроку').fill(lesson.title);
  await section.getByLabel('Вид уроку').selectOption({ label: lesson.kind });
  await section.getByRole('button', { name: 'Додати урок' }).click();

  await expect(page).toHaveURL(/\/admin\/courses\/[0-9a-f-]{36}\/lessons\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Урок: ${lesson.title}`);
  await expect(page.getByText(`Вид: ${lesson.kind}`)).toBeVisible();
  const required = page.getByLabel('Обов\'язковий для завершення курсу');
  await expect(required, 'a new lesson is required by default').toBeChecked();
  if (lesson.required === false) {
    await required.uncheck();
  }
  if (lesson.url !== undefined) {
    await page.getByLabel('Адреса (https://…)').fill(lesson.url);
  }
  if (lesson.markdown !== undefined) {
    await page.getByLabel('Текст (Markdown)').fill(lesson.markdown);
  }
  await page.getByRole('button', { name: 'Зберегти урок' }).click();
  await expect(page.getByRole('status')).toHaveText('Урок збережено.');
}

export async function publishCourse(page: Page, courseId: string): Promise<void> {
  await page.goto(`/admin/courses/${courseId}`);
  await page.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(page.getByRole('status')).toContainText('Курс опубліковано');
  await expect(page.getByText(/^Опубліковано ·/)).toBeVisible();
}

/**
 * From the course's staff page: "Набори" → "Новий набір", an open-enrolment run with the given capacity,
 * then "Відкрити запис". Returns the run's id.
 */
export async function createOpenRun(page: Page, courseId: string, capacity: number, title?: string): Promise<string> {
  await page.goto(`/admin/courses/${courseId}`);
  await page.getByRole('link', { name: 'Набори', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/courses/${courseId}/runs$`));
  await page.getByRole('link', { name: 'Новий набір' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Новий набір: /);
  if (title) {
    await page.getByLabel('Назва набору').fill(title);
  }
  await page.getByLabel('Місць (порожньо — без обмежень)').fill(String(capacity));
  await page.getByLabel('Як записуються').selectOption({ label: 'Вільний запис' });
  await page.getByRole('button', { name: 'Зберегти' }).click();

  await expect(page).toHaveURL(/\/admin\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status')).toHaveText('Набір створено як чернетку. Відкрийте запис, коли все готово.');
  await expect(page.locator('#seats')).toHaveText(`0 з ${capacity}`);
  const runId = /\/admin\/runs\/([0-9a-f-]{36})$/.exec(page.url())![1];

  await page.getByRole('button', { name: 'Відкрити запис' }).click();
  await expect(page.getByRole('status')).toHaveText('Запис відкрито: набір видно в каталозі.');
  await expect(page.getByRole('button', { name: 'Закрити запис' })).toBeVisible();
  return runId;
}

/** The slug part of /courses/{slug} links to the course with this exact title in the catalog. */
export async function catalogSlugOf(page: Page, title: string): Promise<string> {
  await page.goto(`/courses?q=${encodeURIComponent(title)}`);
  const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
  expect(href).toMatch(/^\/courses\/[a-z0-9-]+$/);
  return href!.slice('/courses/'.length);
}

/**
 * The methodologist (already signed in on <paramref name="page"/>) builds a small published course with one section and
 * two required text lessons, and an open run of the given capacity. Returns the ids, the slug and the lesson titles.
 */
export async function publishSmallCourse(page: Page, title: string, capacity: number): Promise<{ courseId: string; runId: string; slug: string; lessons: [string, string] }> {
  const courseId = await createCourse(page, { title, topics: 'тестування' });
  await addSection(page, courseId, 'Основи');
  const lessons: [string, string] = ['Перший урок', 'Другий урок'];
  await addLesson(page, courseId, { section: 'Основи', kind: 'Текст', title: lessons[0], markdown: `Перший урок курсу «${title}»: **головне**.` });
  await addLesson(page, courseId, { section: 'Основи', kind: 'Текст', title: lessons[1], markdown: 'Другий урок: підсумок.' });
  await publishCourse(page, courseId);
  const runId = await createOpenRun(page, courseId, capacity);
  const slug = await catalogSlugOf(page, title);
  return { courseId, runId, slug, lessons };
}

/** Demo course every Development database has (Seed/Programs/media-literacy-adults.md), with one open run. */
export const DEMO_COURSE = { slug: 'media-literacy-adults', title: 'Медіаграмотність для дорослих', firstLesson: 'Звідки до нас приходять новини' } as const;

/**
 * The signed-in person is enrolled in the demo course's open run (enrols if not yet, so it also works on a reused
 * data folder). Returns the path of the run's player, /learn/{runId}.
 */
export async function ensureEnrolledInDemoCourse(page: Page): Promise<string> {
  await page.goto(`/courses/${DEMO_COURSE.slug}`);
  const run = page.locator('.run-card').first();
  const toLessons = run.getByRole('link', { name: 'До уроків' });
  if (await toLessons.count() === 0) {
    await run.getByRole('button', { name: 'Записатися' }).click();
    await expect(page).toHaveURL(/\/learn\/[0-9a-f-]{36}\/lessons\/[0-9a-f-]{36}$/);
    await page.goto(`/courses/${DEMO_COURSE.slug}`);
  }
  const href = await toLessons.getAttribute('href');
  expect(href).toMatch(/^\/learn\/[0-9a-f-]{36}$/);
  return href!;
}
