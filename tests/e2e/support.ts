import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The password of every demo account seeded in Development (appsettings.Development.json). */
export const DEMO_PASSWORD = 'Lounb-demo-2027';

export const demo = {
  admin: 'admin@lounb.demo',
  methodologist: 'metodyst@lounb.demo',
  methodologistLuhansk: 'metodyst.luhansk@lounb.demo',
  learner: 'slukhach@lounb.demo',
} as const;

/** A password that passes the app's rules (10+ characters, a digit, not a common one). */
export const STRONG_PASSWORD = 'Читаю-книжки-щодня-2027';

/** The outbox folder the app under test writes its letters to (set by playwright.config.ts). */
export function outboxDir(): string {
  const dir = process.env.E2E_OUTBOX_DIR;
  if (!dir) {
    throw new Error('E2E_OUTBOX_DIR is not set: run the tests through playwright.config.ts.');
  }
  return dir;
}

/** A fresh address for this run, so the tests also pass against a data folder reused from an earlier run. */
export function uniqueEmail(prefix: string): string {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `e2e-${prefix}-${stamp}@example.test`;
}

/** The .eml files in the outbox whose To header names <paramref name="email"/>. */
export function outboxFilesTo(email: string): string[] {
  const dir = outboxDir();
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .filter((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const headers = text.split(/\r?\n\r?\n/, 1)[0];
      const to = /^To:(.*(?:\r?\n[ \t].*)*)/im.exec(headers)?.[1] ?? '';
      return to.toLowerCase().includes(email.toLowerCase());
    });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/account/login');
  await page.getByLabel('Електронна пошта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Вітаємо/);
}

export interface CitizenForm {
  fullName: string;
  email: string;
  password: string;
  confirmPassword?: string;
  ageGroup: '8–13 років (потрібна згода батьків або опікуна)' | '14–17 років' | '18–59 років' | '60 років і більше';
  acceptPersonalData?: boolean;
}

/** Fills the registration form as a citizen (does not submit). */
export async function fillCitizenRegistration(page: Page, form: CitizenForm): Promise<void> {
  await page.getByLabel('Прізвище та ім\'я').fill(form.fullName);
  await page.getByLabel('Електронна пошта').fill(form.email);
  await page.getByLabel('Пароль', { exact: true }).fill(form.password);
  await page.getByLabel('Пароль ще раз').fill(form.confirmPassword ?? form.password);
  await page.getByRole('radio', { name: /^Громадянин/ }).check();
  await page.getByLabel('Вікова група').selectOption({ label: form.ageGroup });
  const consent = page.getByLabel('Погоджуюся на обробку моїх персональних даних для навчання');
  if (form.acceptPersonalData ?? true) {
    await consent.check();
  } else {
    await consent.uncheck();
  }
}

export async function submitRegistration(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Зареєструватися' }).click();
  await page.waitForLoadState('domcontentloaded');
}

/**
 * The framework's default English validation messages (ASP.NET Core data annotations and model binding). Not one may
 * reach a page, not even hidden in a data-val-* attribute: the app gives every rule a Ukrainian message.
 */
export const FRAMEWORK_DEFAULTS = [
  /The [^<>"]* field is required/, /is not a valid/, /The value '[^']*' is (invalid|not valid)/, /The field [^<>"]* must be/,
  /A value for the '[^']*' parameter or property was not provided/, /The supplied value is invalid/, /must be a number/,
];

/** The framework's default English messages found in the page's HTML. */
export async function frameworkDefaults(page: Page): Promise<string[]> {
  const html = await page.content();
  return FRAMEWORK_DEFAULTS.flatMap((message) => html.match(message) ?? []);
}
