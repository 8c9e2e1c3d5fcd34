import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// Shared by the attestation specs: downloads, and the text of the documents read back with command-line tools.

/** Clicks a download link and returns the saved file's path. */
export async function download(page: Page, name: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name, exact: true }).click();
  const file = await (await pending).path();
  expect(file).toBeTruthy();
  return file!;
}

/** The text of a PDF, read back with poppler's pdftotext, white space made single spaces. */
export const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Every text of an .xlsx (its shared strings), read with unzip. */
export const xlsxStrings = (file: string) => execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' })
  .replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** On a campaign page, names the commission of five from ЛОУНБ's demo staff: chair, deputy, secretary (mentor), two members. */
export async function addDemoCommission(page: Page): Promise<void> {
  const members: [string, string][] = [
    ['metodyst.luhansk@lounb.demo', 'Голова'], ['metodyst@lounb.demo', 'Заступник голови'], ['mentor@lounb.demo', 'Секретар'],
    ['trener@lounb.demo', 'Член комісії'], ['admin@lounb.demo', 'Член комісії'],
  ];
  for (const [email, role] of members) {
    await page.getByLabel('Електронна пошта працівника').fill(email);
    await page.getByLabel('Посада в комісії').selectOption({ label: role });
    await page.getByRole('button', { name: 'Додати до комісії' }).click();
    await expect(page.getByText('Людину додано до складу комісії.')).toBeVisible();
  }
}
