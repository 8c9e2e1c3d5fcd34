import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { METHODOLOGIST, newContext, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, login } from './support';
import { scheduleSoon } from './webinars-support';

// The Jitsi room page on the app node configured for Jitsi (playwright.config.ts): no Jitsi server can run here, so the
// browser gets a stand-in external_api.js for the configured domain that records what the page passes to the IFrame API
// and reports "joined" the way Jitsi does. The JWT the page receives is checked with jose (HS256, the app secret);
// the presence the page reports shows on the trainer's sheet as self-reported.
const base = process.env.E2E_BASE_URL_JITSI!;
const domain = process.env.E2E_JITSI_DOMAIN!;
const appId = process.env.E2E_JITSI_APP_ID!;
const secret = process.env.E2E_JITSI_APP_SECRET!;
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const standIn = `
window.JitsiMeetExternalAPI = class {
  constructor(domain, options) {
    this.listeners = {};
    window.__jitsi = { domain, roomName: options.roomName, jwt: options.jwt, api: this };
    setTimeout(() => this.emit('videoConferenceJoined', { roomName: options.roomName, id: 'p1', displayName: 'stand-in' }), 50);
  }
  addListener(name, handler) { (this.listeners[name] ??= []).push(handler); }
  emit(name, payload) { (this.listeners[name] ?? []).forEach((handler) => handler(payload)); }
  dispose() {}
};`;

test('a Jitsi room: the page embeds the configured domain with a JWT signed by the app, and its presence report counts as self-reported', async ({ browser }) => {
  test.setTimeout(120_000);
  const staffContext = await newContext(browser, base);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Кібергігієна в Jitsi ${uniqueSuffix()}`;
  const eventPath = await scheduleSoon(staff, { title, oblast: 'Луганська область', minutesFromNow: 5, room: 'Platform' });

  const learnerContext = await newContext(browser, base, { width: 360, height: 740 });
  await learnerContext.route(`https://${domain}/external_api.js`, (route) => route.fulfill({ contentType: 'application/javascript', body: standIn }));
  const learner = await learnerContext.newPage();
  await registerConfirmedCitizen(learner, 'Остап Ґалаган');
  await learner.goto(eventPath);
  await learner.getByRole('button', { name: 'Зареєструватися', exact: true }).click();
  const presence = learner.waitForResponse((r) => r.url().endsWith(`/api${eventPath}/presence`) && r.request().method() === 'POST');
  await learner.goto(`${eventPath}/room`);
  expect((await presence).status()).toBe(200);
  await expect(learner.locator('#room-status')).toHaveText('Ви в кімнаті.');
  expect((await axe(learner)).violations).toEqual([]);

  const seen = await learner.evaluate(() => {
    const jitsi = (window as unknown as { __jitsi: { domain: string; roomName: string; jwt: string } }).__jitsi;
    return { domain: jitsi.domain, roomName: jitsi.roomName, jwt: jitsi.jwt };
  });
  expect(seen.domain).toBe(domain);
  const { jwtVerify, decodeProtectedHeader } = await import('jose');
  expect(decodeProtectedHeader(seen.jwt)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
  const { payload } = await jwtVerify(seen.jwt, new TextEncoder().encode(secret), { issuer: appId, audience: 'jitsi' });
  expect(payload.room).toBe(seen.roomName);
  expect(payload.sub).toBe(domain);
  const user = (payload.context as { user: Record<string, unknown> }).user;
  expect(user.name).toBe('Остап Ґалаган');
  expect(Object.values(user).every((value) => typeof value === 'string')).toBe(true);
  expect(user.moderator).not.toBe('true');
  await expect(jwtVerify(seen.jwt, new TextEncoder().encode(`${secret}x`))).rejects.toThrow();

  await staff.goto(`/admin${eventPath}/attendance`);
  const row = staff.getByRole('row').filter({ hasText: 'Остап Ґалаган' });
  await expect(row).toContainText('Jitsi (з браузера)');
  await expect(row).toContainText('не підтверджено сервером');

  await staffContext.close();
  await learnerContext.close();
});
