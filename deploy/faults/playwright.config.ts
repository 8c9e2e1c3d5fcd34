import { defineConfig } from '@playwright/test';

// The browser part of deploy/faults/stop-redis.sh: runs against the drill's cluster (it starts no app itself), with
// Debian's Chromium. Not part of tests/e2e (the drill needs two nodes, nginx and a Redis it may stop).
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: process.env.FAULTS_TMP ? `${process.env.FAULTS_TMP}/playwright` : 'test-results/faults',
  workers: 1,
  retries: 0,
  timeout: 900_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.FAULTS_BASE,
    locale: 'uk-UA',
    timezoneId: 'Europe/Kyiv',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] },
      },
    },
  ],
});
