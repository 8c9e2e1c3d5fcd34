import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { TokenVerifier } from 'livekit-server-sdk';
import { expectNoHorizontalScroll, METHODOLOGIST, newContext, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';
import { scheduleSoon } from './webinars-support';

// Tokens the app mints for a LiveKit room, checked by the real npm livekit-server-sdk TokenVerifier with the key and
// secret the e2e app runs with (playwright.config.ts). No LiveKit server runs here: the room page must say in Ukrainian
// that the video cannot connect, and stay accessible at 1280 and 360 px.

const apiKey = process.env.E2E_LIVEKIT_API_KEY ?? '';
const apiSecret = process.env.E2E_LIVEKIT_API_SECRET ?? '';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

async function postToken(page: Page, eventId: string, antiforgery: string): Promise<APIResponse> {
  return page.request.post(`/api/webinars/${eventId}/token`, { headers: { 'X-CSRF-TOKEN': antiforgery, Accept: 'application/json' } });
}

test('LiveKit tokens verify in livekit-server-sdk: an attendee cannot publish, a speaker can, an unregistered person gets none', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  expect(apiKey, 'playwright.config.ts exports the LiveKit key').not.toBe('');
  expect(apiSecret.length).toBeGreaterThanOrEqual(32);

  // A methodologist schedules a webinar starting in ten minutes, in a platform room; she is its speaker.
  const staffContext = await newContext(browser, baseURL);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Вебінар LiveKit ${uniqueSuffix()}`;
  const eventUrl = await scheduleSoon(staff, { title, oblast: 'Загальнонаціональна', minutesFromNow: 10, room: 'Platform', speakers: METHODOLOGIST });
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(title);
  const eventId = eventUrl.split('/').pop()!;
  const roomName = `lounb-${eventId.replaceAll('-', '')}`;

  // A learner who has not registered gets no token.
  const learnerContext = await newContext(browser, baseURL);
  const learner = await learnerContext.newPage();
  await login(learner, demo.learner, DEMO_PASSWORD);
  await learner.goto(eventUrl);
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText(title);
  const pageToken = await learner.locator('input[name="__RequestVerificationToken"]').first().inputValue();
  const refused = await postToken(learner, eventId, pageToken);
  expect(refused.status()).toBe(403);
  expect(refused.headers()['content-type']).toContain('application/problem+json');
  const refusal = await refused.json();
  expect(refusal.detail).toMatch(/^Ви не зареєстровані/);
  expect(refusal.code).toBe('Webinars:NotRegistered');

  // Registered, the learner enters the room page; there is no server, and the page says so.
  await learner.getByRole('button', { name: 'Зареєструватися', exact: true }).click();
  await learner.getByRole('link', { name: 'Приєднатися' }).click();
  await expect(learner).toHaveURL(new RegExp(`/webinars/${eventId}/room$`));
  await expect(learner.locator('#room-status')).toContainText('Не вдалося під\'єднатися до відео', { timeout: 45_000 });
  await expect(learner.getByRole('button', { name: 'Мікрофон' })).toHaveCount(0);
  expect((await axe(learner)).violations).toEqual([]);

  const antiforgery = (await learner.locator('#room').getAttribute('data-antiforgery'))!;
  const response = await postToken(learner, eventId, antiforgery);
  expect(response.status()).toBe(200);
  const ticket = await response.json();
  expect(ticket).toMatchObject({ provider: 'livekit', serverUrl: 'ws://127.0.0.1:7880', roomName, canPublish: false });
  const attendee = await new TokenVerifier(apiKey, apiSecret).verify(ticket.token);
  expect(attendee.sub).toMatch(/^[0-9a-f]{32}$/);
  expect(attendee.name).toBeTruthy();
  expect(attendee.video?.room).toBe(roomName);
  expect(attendee.video?.roomJoin).toBe(true);
  expect(attendee.video).toHaveProperty('canPublish', false);
  expect(attendee.video?.canSubscribe).toBe(true);
  // The same token under another secret is refused: the check above is the SDK's, not a formality.
  await expect(new TokenVerifier(apiKey, 'some-other-secret-of-at-least-32-bytes').verify(ticket.token)).rejects.toThrow();

  // The speaker may publish, under her own identity.
  await staff.goto(`/webinars/${eventId}/room`);
  await expect(staff.getByRole('button', { name: 'Мікрофон' })).toBeVisible();
  const speakerResponse = await postToken(staff, eventId, (await staff.locator('#room').getAttribute('data-antiforgery'))!);
  expect(speakerResponse.status()).toBe(200);
  const speaker = await new TokenVerifier(apiKey, apiSecret).verify((await speakerResponse.json()).token);
  expect(speaker.video).toHaveProperty('canPublish', true);
  expect(speaker.video?.room).toBe(roomName);
  expect(speaker.sub).not.toBe(attendee.sub);

  // The room page on a phone: no horizontal scroll, no accessibility violations.
  const phoneContext = await newContext(browser, baseURL, { width: 360, height: 740 });
  const phone = await phoneContext.newPage();
  await login(phone, demo.learner, DEMO_PASSWORD);
  await phone.goto(`/webinars/${eventId}/room`);
  await expect(phone.locator('#room-status')).toContainText('Не вдалося під\'єднатися до відео', { timeout: 45_000 });
  await expectNoHorizontalScroll(phone, 'room page');
  expect((await axe(phone)).violations).toEqual([]);

  await staffContext.close();
  await learnerContext.close();
  await phoneContext.close();
});
