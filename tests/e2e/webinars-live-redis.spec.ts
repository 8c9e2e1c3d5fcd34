import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support';

// Two app nodes over one database with the Redis backplane (./test.sh starts Redis; playwright.config.ts starts node B
// on E2E_PORT_B): a chat message posted through node A reaches a browser connected to node B, and the other way round;
// the presence count covers both nodes.
const nodeB = process.env.E2E_BASE_URL_B;

test.skip(!process.env.E2E_REDIS || !nodeB, 'Needs E2E_REDIS (a Redis for the SignalR backplane): ./test.sh starts one.');

async function signedIn(browser: Browser, email: string, baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await login(page, email, DEMO_PASSWORD);
  return page;
}

test('a chat message posted on one app node reaches a browser connected to the other', async ({ browser }) => {
  const moderatorOnA = await signedIn(browser, 'trener@lounb.demo');
  const learnerOnB = await signedIn(browser, 'bibliotekar@lounb.demo', nodeB);
  expect(new URL(learnerOnB.url()).origin).toBe(nodeB);

  await learnerOnB.goto('/webinars?show=mine');
  const href = await learnerOnB.getByRole('link', { name: /^Бібліотечна школа non stop/ }).first().getAttribute('href');
  const path = `${href}/live`;
  await moderatorOnA.goto(path);
  await learnerOnB.goto(path);
  const panelA = moderatorOnA.locator('[data-live-panel]');
  const panelB = learnerOnB.locator('[data-live-panel]');
  await expect(panelA.getByRole('status')).toHaveText('На зв’язку');
  await expect(panelB.getByRole('status')).toHaveText('На зв’язку');

  const fromA = `Вітаю всіх з вузла A! ${Date.now()}`;
  await panelA.getByLabel('Ваше повідомлення').fill(fromA);
  await panelA.getByRole('button', { name: 'Надіслати' }).click();
  await expect(panelB.getByRole('list', { name: 'Повідомлення чату' }).getByText(fromA)).toBeVisible();

  const fromB = `Дякую, чути з вузла B! ${Date.now()}`;
  await panelB.getByLabel('Ваше повідомлення').fill(fromB);
  await panelB.getByRole('button', { name: 'Надіслати' }).click();
  await expect(panelA.getByRole('list', { name: 'Повідомлення чату' }).getByText(fromB)).toBeVisible();

  // Two people, one on each node: both see 2.
  await expect(panelA.locator('[data-live-presence]')).toHaveText('2');
  await expect(panelB.locator('[data-live-presence]')).toHaveText('2');
});
