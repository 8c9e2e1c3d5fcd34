import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { debianChromium, kyivUse } from './tests/e2e/browser-project';

// End-to-end tests of Lounb Learning against the already-built app (run `dotnet build src/Lounb.Learning` first).
// The app runs in Development on SQLite in a fresh data folder, with mail written to an outbox folder there;
// it binds 127.0.0.1 only and the browser is Debian's Chromium (Playwright cannot download its own here).
//
// This file is evaluated by the runner and again by every worker. The runner picks the data folder and
// puts it into the environment, which the workers inherit, so they all see the same folder and outbox.
const port = Number(process.env.E2E_PORT ?? 5199);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  throw new Error(`E2E_PORT must be a TCP port, got "${process.env.E2E_PORT}".`);
}

const appDll = resolve(__dirname, 'src/Lounb.Learning/bin/Debug/net10.0/Lounb.Learning.dll');
if (!existsSync(appDll)) {
  throw new Error(`${appDll} is missing: build the app first with \`dotnet build src/Lounb.Learning\`.`);
}

if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'lounb-e2e-'));
  // tests/e2e/global-teardown.ts removes only a folder that was made here (keep it with E2E_KEEP_DATA=1).
  process.env.E2E_DATA_DIR_CREATED = '1';
}
const dataDir = resolve(process.env.E2E_DATA_DIR);
// With a Redis (./test.sh starts one and sets E2E_REDIS=host:port), the app uses it as its SignalR backplane and a second
// app node starts on E2E_PORT_B over the same database, for tests/e2e/webinars-live-redis.spec.ts.
const redis = process.env.E2E_REDIS;
const portB = Number(process.env.E2E_PORT_B ?? port + 1);
if (redis) {
  process.env.E2E_BASE_URL_B = `http://127.0.0.1:${portB}`;
}
// A third node over the same database runs its platform rooms on Jitsi (self-hosted with JWT), for
// tests/e2e/webinars-jitsi.spec.ts: the spec serves a stand-in external_api.js for the domain (nothing leaves the machine).
const portJitsi = Number(process.env.E2E_PORT_JITSI ?? port + 2);
process.env.E2E_BASE_URL_JITSI = `http://127.0.0.1:${portJitsi}`;
process.env.E2E_JITSI_DOMAIN = 'jitsi.e2e.test';
process.env.E2E_JITSI_APP_ID = 'lounb-e2e';
process.env.E2E_JITSI_APP_SECRET = 'e2e-only-jitsi-app-secret-0123456789abcdef';
const outboxDir = join(dataDir, 'outbox');
// Read by tests/e2e/support.ts.
process.env.E2E_OUTBOX_DIR = outboxDir;
process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
// Webinar rooms run on LiveKit in the e2e app. Nothing listens at the server address (no LiveKit server can be
// installed here): pages show that the video cannot connect, and tokens are checked with livekit-server-sdk's
// TokenVerifier (tests/e2e/webinars-livekit-token.spec.ts). The secret is for tests only.
process.env.E2E_LIVEKIT_API_KEY = 'APIe2etests';
process.env.E2E_LIVEKIT_API_SECRET = 'e2e-only-livekit-secret-0123456789abcdef';

export default defineConfig({
  testDir: 'tests/e2e',
  globalTeardown: './tests/e2e/global-teardown.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...kyivUse,
  },
  projects: [debianChromium],
  webServer: [appNode(port), ...(redis ? [appNode(portB)] : []), appNode(portJitsi, {
    Lounb__Webinars__Video__Provider: 'Jitsi',
    Lounb__Webinars__Video__Jitsi__Domain: process.env.E2E_JITSI_DOMAIN,
    Lounb__Webinars__Video__Jitsi__AppId: process.env.E2E_JITSI_APP_ID,
    Lounb__Webinars__Video__Jitsi__AppSecret: process.env.E2E_JITSI_APP_SECRET,
  })],
});

/**
 * An app node on nodePort over the one SQLite database (the main node; a second with the Redis backplane when one is given;
 * a Jitsi node), started one after the other; video settings override the LiveKit ones.
 */
function appNode(nodePort: number, video: Record<string, string | undefined> = {}) {
  return {
    // Started from the project folder so that the content root (appsettings*.json, wwwroot) is found.
    command: 'dotnet bin/Debug/net10.0/Lounb.Learning.dll',
    cwd: 'src/Lounb.Learning',
    url: `http://127.0.0.1:${nodePort}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The app logs every request at Information level; startup failures still show through stderr.
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      ASPNETCORE_ENVIRONMENT: 'Development',
      ASPNETCORE_URLS: `http://127.0.0.1:${nodePort}`,
      Lounb__Database__Provider: 'Sqlite',
      Lounb__Database__DataDirectory: dataDir,
      Lounb__Email__OutboxDirectory: outboxDir,
      Lounb__Security__AuthPermitPerMinute: '1000',
      // The daily backup job (tests/e2e/backups.spec.ts): its first copy is made when the nodes start.
      Lounb__Backup__Enabled: 'true',
      Lounb__Backup__Folder: join(dataDir, 'backups'),
      Lounb__Webinars__Video__Provider: 'LiveKit',
      Lounb__Webinars__Video__LiveKit__ServerUrl: 'ws://127.0.0.1:7880',
      Lounb__Webinars__Video__LiveKit__ApiKey: process.env.E2E_LIVEKIT_API_KEY,
      Lounb__Webinars__Video__LiveKit__ApiSecret: process.env.E2E_LIVEKIT_API_SECRET,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
      ...(redis ? { ConnectionStrings__Redis: redis } : {}),
      ...video,
    },
  };
}
