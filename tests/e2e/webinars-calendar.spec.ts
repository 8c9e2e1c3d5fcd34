import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD, demo, login } from './support';

// The calendars as a calendar app reads them: a methodologist plans "the first Wednesday of each month, 18:00 Kyiv"
// for a year (so the series crosses both daylight-saving changes), cancels one meeting and moves another; a learner
// registers for three. The public feed and the learner's personal feed are fetched without cookies, parsed with the
// npm ical.js and expanded: 18:00 EET is 16:00Z, 18:00 EEST is 15:00Z. The same feeds and each meeting's own .ics are
// also expanded by Python's recurring_ical_events (Debian's python3-recurring-ical-events, which ./test.sh installs):
// every meeting must come out exactly once, at its current start, under the same UID in the file and the feed.

const MEETINGS = 12;
const CANCELLED = 2;
const MOVED = 5;
const REGISTERED = [1, CANCELLED, MOVED];
const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const title = `Бібліотечна школа non stop: календар ${suffix}`;

interface Meeting {
  id: string;
  /** The Kyiv date the rule gave it, yyyy-mm-dd. */
  date: string;
}

let meetings: Meeting[] = [];
let personalFeed = '';
/** The moved meeting's own .ics before the move: its UID and SEQUENCE. */
let beforeMove = { uid: '', sequence: 0 };

/** Today's date in Kyiv as yyyy-mm-dd. */
function kyivToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The first Wednesday of the month after today's (Kyiv). */
function firstWednesdayOfNextMonth(): string {
  const [year, month] = kyivToday().split('-').map(Number);
  const first = new Date(Date.UTC(year, month, 1)); // month is 1-based, so this is the 1st of the next month
  const offset = (3 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + offset)).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The UTC instant of a Kyiv wall-clock time on a first-week day of a month: Kyiv is on summer time (UTC+3) from the
 * last Sunday of March to the last Sunday of October, so every day 1–8 of April…October is summer, of November…March winter.
 */
function kyivToUtc(date: string, time: string): string {
  const month = Number(date.slice(5, 7));
  const summer = month >= 4 && month <= 10;
  const [hours, minutes] = time.split(':').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hours - (summer ? 3 : 2), minutes)).toISOString();
}

async function fetchFeed(api: APIRequestContext, url: string, etag?: string) {
  const response = await api.get(url, { headers: etag ? { 'If-None-Match': etag } : {} });
  return { status: response.status(), etag: response.headers()['etag'], type: response.headers()['content-type'], body: response.status() === 200 ? await response.text() : '' };
}

/** The VEVENTs of one UID in a parsed calendar (the feed's own VTIMEZONE registered first, as a calendar app would). */
type Component = InstanceType<typeof ICAL.Component>;

function eventsOf(ics: string, uid: string): Component[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents('vevent').filter((e) => e.getFirstPropertyValue('uid') === uid);
}

function utc(time: InstanceType<typeof ICAL.Time>): string {
  return time.toJSDate().toISOString();
}

/** The only VEVENT of a meeting's own .ics (fetched without a cookie). */
async function meetingFile(api: APIRequestContext, meetingId: string): Promise<{ body: string; event: InstanceType<typeof ICAL.Event> }> {
  const one = await fetchFeed(api, `/webinars/${meetingId}.ics`);
  expect(one.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(one.body));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  return { body: one.body, event: new ICAL.Event(vevents[0]) };
}

/** Every start ICAL.Event#iterator yields for a VEVENT that is not part of a master (at most 50). */
function iterated(event: InstanceType<typeof ICAL.Event>): string[] {
  const starts: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && starts.length < 50; next = iterator.next()) {
    starts.push(utc(next));
  }
  return starts;
}

/** The occurrences Python's recurring_ical_events gives for an iCalendar text. */
function expandedByPython(ics: string): { uid: string; start: string; status: string }[] {
  return JSON.parse(execFileSync('/usr/bin/python3', [path.join(__dirname, 'expand-ics.py')], { input: ics, encoding: 'utf-8' }));
}

async function newPage(browser: import('@playwright/test').Browser, as: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'uk-UA', timezoneId: 'Europe/Kyiv', baseURL: process.env.E2E_BASE_URL });
  const page = await context.newPage();
  await login(page, as, DEMO_PASSWORD);
  return page;
}

test.describe.serial('Webinar calendars', () => {
  test('a methodologist plans a monthly series for a year; a learner registers; one meeting is cancelled, one moved', async ({ browser }) => {
    test.setTimeout(120_000);
    const staff = await newPage(browser, demo.methodologist);
    await staff.goto('/admin/webinars/new');
    const firstDate = firstWednesdayOfNextMonth();
    await staff.getByLabel('Назва', { exact: true }).fill(title);
    await staff.getByLabel('Дата', { exact: true }).fill(firstDate);
    await staff.getByLabel('Початок (київський час)').fill('18:00');
    await staff.getByLabel('Тривалість, хв').fill('90');
    await staff.getByLabel('Повторювати (серія)').check();
    await staff.getByLabel('Як часто').selectOption('Monthly');
    await staff.getByLabel('Котрий день місяця').selectOption('1');
    await staff.getByLabel('День тижня', { exact: true }).selectOption('Wednesday');
    await staff.getByLabel('Або кількість зустрічей').fill(String(MEETINGS));
    await staff.getByLabel('Реєстрація', { exact: true }).selectOption('Open');
    if ((await staff.getByLabel('Де відбувається онлайн').inputValue()) === 'ExternalLink') {
      await staff.getByLabel('Посилання на зовнішню кімнату').fill('https://meet.example.org/school');
    }
    await staff.getByLabel('Опис (Markdown)').fill('Щомісячна школа: **практика**, обмін досвідом; питання колег, відповіді.');
    await staff.getByRole('button', { name: 'Запланувати' }).click();
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(title);

    const firstId = /\/admin\/webinars\/([0-9a-f-]{36})$/.exec(staff.url())?.[1];
    expect(firstId).toBeTruthy();
    const items = staff.locator('section[aria-labelledby="meetings"] ol > li');
    await expect(items).toHaveCount(MEETINGS);
    meetings = [];
    for (let i = 0; i < MEETINGS; i++) {
      const link = items.nth(i).locator('a');
      const id = (await link.count()) > 0 ? (await link.getAttribute('href'))!.split('/').pop()! : firstId!;
      // Every first Wednesday from firstDate on.
      const [y, m] = firstDate.split('-').map(Number);
      const monthStart = new Date(Date.UTC(y, m - 1 + i, 1));
      const date = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth(), 1 + ((3 - monthStart.getUTCDay() + 7) % 7))).toISOString().slice(0, 10);
      meetings.push({ id, date });
    }
    expect(new Set(meetings.map((m) => m.id)).size).toBe(MEETINGS);

    const learner = await newPage(browser, demo.learner);
    for (const index of REGISTERED) {
      await learner.goto(`/webinars/${meetings[index].id}`);
      await learner.getByRole('button', { name: 'Зареєструватися', exact: true }).click();
      await expect(learner.getByRole('button', { name: 'Скасувати реєстрацію' })).toBeVisible();
    }

    await staff.goto(`/admin/webinars/${meetings[CANCELLED].id}`);
    await staff.getByLabel('Причина (її побачать зареєстровані)').fill('Святковий день');
    await staff.getByRole('button', { name: 'Скасувати подію' }).click();
    await expect(staff.getByText('Скасовано: Святковий день')).toBeVisible();

    const api = await playwrightRequest.newContext({ baseURL: process.env.E2E_BASE_URL });
    const unmoved = (await meetingFile(api, meetings[MOVED].id)).event;
    beforeMove = { uid: unmoved.uid, sequence: Number(unmoved.component.getFirstPropertyValue('sequence')) };
    await api.dispose();
    await staff.goto(`/admin/webinars/${meetings[MOVED].id}/edit`);
    await staff.getByLabel('Дата', { exact: true }).fill(addDays(meetings[MOVED].date, 1));
    await staff.getByLabel('Початок (київський час)').fill('19:30');
    await staff.getByRole('button', { name: 'Зберегти' }).click();
    await expect(staff).toHaveURL(new RegExp(`/admin/webinars/${meetings[MOVED].id}$`));

    await learner.goto('/my/calendar');
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Календар і нагадування');
    personalFeed = await learner.getByLabel('Посилання для Google Календаря й Outlook').inputValue();
    expect(personalFeed).toMatch(/^https?:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(learner.getByLabel('Посилання для Календаря Apple (webcal)')).toHaveValue(personalFeed.replace(/^https?:/, 'webcal:'));
    await staff.context().close();
    await learner.context().close();
  });

  test('the public feed parses in ical.js: the rule crosses the clock changes, the cancelled meeting is cancelled, the moved one has its new time', async () => {
    const api = await playwrightRequest.newContext({ baseURL: process.env.E2E_BASE_URL });
    const first = await fetchFeed(api, '/calendar/public.ics');
    expect(first.status).toBe(200);
    expect(first.type).toBe('text/calendar; charset=utf-8');
    const second = await fetchFeed(api, '/calendar/public.ics');
    expect(second.body).toBe(first.body);
    expect(second.etag).toBe(first.etag);
    expect((await fetchFeed(api, '/calendar/public.ics', first.etag)).status).toBe(304);

    const master = new ICAL.Component(ICAL.parse(first.body)).getAllSubcomponents('vevent')
      .find((v) => v.hasProperty('rrule') && v.getFirstPropertyValue('summary') === title);
    expect(master).toBeTruthy();
    const uid = String(master!.getFirstPropertyValue('uid'));
    const vevents = eventsOf(first.body, uid);
    const masters = vevents.filter((v) => v.hasProperty('rrule'));
    expect(masters).toHaveLength(1);
    const series = new ICAL.Event(masters[0]);
    expect(series.summary).toBe(title);
    expect(series.startDate.zone?.tzid).toBe('Europe/Kyiv');
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
    expect(exceptions).toHaveLength(2);
    for (const exception of exceptions) {
      series.relateException(new ICAL.Event(exception));
    }

    const iterator = series.iterator();
    const occurrences: { recurrenceId: string; start: string; status: string }[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = series.getOccurrenceDetails(next);
      occurrences.push({ recurrenceId: utc(details.recurrenceId), start: utc(details.startDate), status: String(details.item.component.getFirstPropertyValue('status')) });
    }

    expect(occurrences).toHaveLength(MEETINGS);
    meetings.forEach((meeting, i) => {
      const ruleTime = kyivToUtc(meeting.date, '18:00');
      expect(occurrences[i].recurrenceId, `meeting ${i + 1} on ${meeting.date}`).toBe(ruleTime);
      if (i === MOVED) {
        expect(occurrences[i].start).toBe(kyivToUtc(addDays(meeting.date, 1), '19:30'));
        expect(occurrences[i].status).toBe('CONFIRMED');
      } else {
        expect(occurrences[i].start).toBe(ruleTime);
        expect(occurrences[i].status).toBe(i === CANCELLED ? 'CANCELLED' : 'CONFIRMED');
      }
    });

    // The same wall-clock time is an hour earlier in UTC in summer: 16:00Z in winter, 15:00Z in summer, both within the year.
    const hours = occurrences.filter((_, i) => i !== MOVED).map((o) => o.start.slice(11, 16));
    expect(new Set(hours)).toEqual(new Set(['16:00', '15:00']));
    for (let i = 1; i < MEETINGS; i++) {
      const month = Number(meetings[i].date.slice(5, 7));
      if (i !== MOVED && i - 1 !== MOVED && (month === 4 || month === 11)) {
        expect(occurrences[i].start.slice(11, 16), `the clock change before ${meetings[i].date}`).not.toBe(occurrences[i - 1].start.slice(11, 16));
      }
    }

    // recurring_ical_events expands the same feed to the same meetings, each once.
    const python = expandedByPython(first.body).filter((o) => o.uid === uid);
    expect(python.map((o) => [o.start, o.status])).toEqual(
      occurrences.map((o) => [o.start, o.status]).sort((a, b) => a[0].localeCompare(b[0])));

    const again = eventsOf(second.body, uid).map((v) => `${v.getFirstPropertyValue('uid')} ${v.getFirstPropertyValue('recurrence-id') ?? ''}`);
    expect(again).toEqual(vevents.map((v) => `${v.getFirstPropertyValue('uid')} ${v.getFirstPropertyValue('recurrence-id') ?? ''}`));
    await api.dispose();
  });

  test('each meeting\'s own .ics is one standalone meeting that ical.js and recurring_ical_events expand to its start', async () => {
    const api = await playwrightRequest.newContext({ baseURL: process.env.E2E_BASE_URL });
    const uids = new Set<string>();
    for (const [index, meeting] of meetings.entries()) {
      const { body, event } = await meetingFile(api, meeting.id);
      const start = index === MOVED ? kyivToUtc(addDays(meeting.date, 1), '19:30') : kyivToUtc(meeting.date, '18:00');
      expect(event.component.hasProperty('recurrence-id'), `meeting ${index + 1}`).toBe(false);
      expect(event.isRecurring()).toBe(false);
      expect(iterated(event), `ical.js, meeting ${index + 1}`).toEqual([start]);
      expect(expandedByPython(body).map((o) => [o.uid, o.start]), `recurring_ical_events, meeting ${index + 1}`).toEqual([[event.uid, start]]);
      uids.add(event.uid);
    }
    expect(uids.size).toBe(MEETINGS);
    await api.dispose();
  });

  test('the personal feed, without a cookie, has just the registered meetings, each once under the UID and SEQUENCE of its file, the moved one too', async () => {
    const api = await playwrightRequest.newContext({ baseURL: process.env.E2E_BASE_URL });
    const feed = await fetchFeed(api, personalFeed);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const again = await fetchFeed(api, personalFeed);
    expect(again.etag).toBe(feed.etag);
    expect((await fetchFeed(api, personalFeed, feed.etag)).status).toBe(304);

    const python = expandedByPython(feed.body);
    for (const index of REGISTERED) {
      const file = (await meetingFile(api, meetings[index].id)).event;
      const mine = eventsOf(feed.body, file.uid).map((v) => new ICAL.Event(v));
      expect(mine, `meeting ${index + 1} appears once`).toHaveLength(1);
      const [event] = mine;
      expect(event.component.hasProperty('recurrence-id')).toBe(false);
      expect(event.isRecurring()).toBe(false);
      expect(Number(event.component.getFirstPropertyValue('sequence'))).toBe(Number(file.component.getFirstPropertyValue('sequence')));
      const start = index === MOVED ? kyivToUtc(addDays(meetings[index].date, 1), '19:30') : kyivToUtc(meetings[index].date, '18:00');
      expect(iterated(event), `ical.js, meeting ${index + 1}`).toEqual([start]);
      expect(python.filter((o) => o.uid === file.uid).map((o) => o.start), `recurring_ical_events, meeting ${index + 1}`).toEqual([start]);
      expect(event.component.getFirstPropertyValue('status')).toBe(index === CANCELLED ? 'CANCELLED' : 'CONFIRMED');
    }
    const moved = eventsOf(feed.body, beforeMove.uid).map((v) => new ICAL.Event(v));
    expect(moved, 'the moved meeting keeps the UID it had before the move').toHaveLength(1);
    expect(Number(moved[0].component.getFirstPropertyValue('sequence'))).toBeGreaterThan(beforeMove.sequence);
    expect(moved[0].description).toContain(`/webinars/${meetings[MOVED].id}/room`);
    // No UID appears twice anywhere in the feed, whatever else the demo learner is registered for.
    const uids = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(new Set(python.map((o) => o.uid)).size).toBe(python.length);
    await api.dispose();
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    test(`the settings page has no WCAG 2.1 AA violation at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await login(page, demo.learner, DEMO_PASSWORD);
      await page.goto('/my/calendar');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Календар і нагадування');
      await expect(page.getByText('Сповіщення в Telegram на цьому сайті не налаштовані')).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/my-calendar-${viewport.width}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);

      // The copy button copies the address (clipboard permission granted to this page's origin).
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.getByRole('button', { name: /^Копіювати посилання для Google Календаря й Outlook/ }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Скопійовано' })).toHaveText('Скопійовано');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('Посилання для Google Календаря й Outlook').inputValue());
    });
  }
});
