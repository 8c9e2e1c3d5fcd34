import type { PlaywrightTestConfig } from '@playwright/test';

/** What every Playwright config of the repository shares (playwright.config.ts, tests/cluster/playwright.config.ts). */

/** Pages as a Ukrainian visitor in Kyiv sees them; a failing test keeps its trace and screenshot. */
export const kyivUse: PlaywrightTestConfig['use'] = {
  locale: 'uk-UA',
  timezoneId: 'Europe/Kyiv',
  trace: 'retain-on-failure',
  screenshot: 'only-on-failure',
};

/** Debian's Chromium (/usr/bin/chromium; Playwright cannot download its own here), headless, at 1280×800. */
export const debianChromium: NonNullable<PlaywrightTestConfig['projects']>[number] = {
  name: 'chromium',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
};
