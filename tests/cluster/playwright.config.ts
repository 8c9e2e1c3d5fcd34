import { defineConfig } from '@playwright/test';
import { debianChromium, kyivUse } from '../e2e/browser-project';

// The two-node checks (two-nodes.spec.ts) against a cluster that deploy/cluster/up.sh started; run them with
// deploy/cluster/test.sh, which starts the cluster, exports its state (NGINX_URL, NODE_A_URL, NODE_B_URL, PG_PORT, …),
// runs this and the curl checks, and stops everything. The browser is Debian's Chromium.
for (const name of ['NGINX_URL', 'NODE_A_URL', 'NODE_B_URL', 'OUTBOX_DIR', 'PG_BIN', 'PG_PORT', 'PG_DATABASE']) {
  if (!process.env[name]) {
    throw new Error(`${name} is not set: run deploy/cluster/test.sh (or source the state.env that deploy/cluster/up.sh wrote).`);
  }
}
// tests/e2e/support.ts reads letters from here; both nodes write to the one outbox folder.
process.env.E2E_OUTBOX_DIR = process.env.OUTBOX_DIR;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/cluster-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/cluster-results.json' }]],
  use: {
    baseURL: process.env.NGINX_URL,
    ...kyivUse,
  },
  projects: [debianChromium],
});
