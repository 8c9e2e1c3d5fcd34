import { rmSync } from 'node:fs';

/** Removes the data folder that playwright.config.ts made for this run, unless E2E_KEEP_DATA=1. */
export default function globalTeardown(): void {
  const dir = process.env.E2E_DATA_DIR;
  if (dir && process.env.E2E_DATA_DIR_CREATED === '1' && process.env.E2E_KEEP_DATA !== '1') {
    rmSync(dir, { recursive: true, force: true });
  }
}
