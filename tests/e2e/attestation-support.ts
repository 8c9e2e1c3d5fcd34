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
