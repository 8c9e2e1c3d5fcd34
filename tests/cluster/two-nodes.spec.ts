import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demo, login, outboxDir } from '../e2e/support';
import { addLesson, addSection, catalogSlugOf, createCourse, createOpenRun, newContext, registerConfirmedCitizen, uniqueSuffix } from '../e2e/courses-support';
import { scheduleSoon } from '../e2e/webinars-support';

// Two app nodes behind nginx (deploy/cluster/up.sh): each check addresses node A, node B and nginx, and prints its figure
// as a line starting with "figure:" (deploy/cluster/test.sh shows them at the end).
const nginx = process.env.NGINX_URL!;
const nodeA = process.env.NODE_A_URL!;
const nodeB = process.env.NODE_B_URL!;
/** The nodes poll for due letters, events and reminders every 2 s (up.sh); a second node sending the same one would do so within this. */
const BOTH_NODES_HAD_A_TURN_MS = 5_000;

function figure(text: string): void {
  console.log(`figure: ${text}`);
}

/** One row per line, columns separated by '|', from the cluster's PostgreSQL. */
function sql(query: string): string[] {
  const output = execFileSync(join(process.env.PG_BIN!, 'psql'),
    ['-h', '127.0.0.1', '-p', process.env.PG_PORT!, '-U', 'postgres', '-d', process.env.PG_DATABASE!, '-qtA', '-F', '|', '-c', query],
    { encoding: 'utf8' });
  return output.split('\n').filter((line) => line.length > 0);
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The subject of a letter file, with MIME encoded words (=?utf-8?b?…?= / ?q?) decoded. */
function subjectOf(file: string): string {
  const headers = readFileSync(file, 'utf8').split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const raw = /^Subject:[ \t]*(.*)$/im.exec(headers)?.[1] ?? '';
  return raw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'));
}

/** How many letter files in the shared outbox go to <email> with a subject that starts with <subject>. */
function lettersTo(email: string, subject: string): number {
  const dir = outboxDir();
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).filter((name) => name.endsWith('.eml')).map((name) => join(dir, name))
    .filter((file) => readFileSync(file, 'utf8').includes(email) && subjectOf(file).startsWith(subject)).length;
}

/** Which node claimed a job: claimed_by is "<host>/<pid>/…"; the pids are in the state file. */
function nodeOf(claimedBy: string): string {
  const pid = claimedBy.split('/')[1];
  return pid === process.env.NODE_A_PID ? 'A' : pid === process.env.NODE_B_PID ? 'B' : `pid ${pid}`;
}

async function signedIn(browser: Browser, email: string, baseURL: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await newContext(browser, baseURL)).newPage();
  await login(page, email, password);
  return page;
}

test('a live-panel message sent through node A reaches a browser on node B and one through nginx, and back', async ({ browser }) => {
  const moderatorOnA = await signedIn(browser, 'trener@lounb.demo', nodeA);
  const learnerOnB = await signedIn(browser, 'bibliotekar@lounb.demo', nodeB);
  // The national methodologist manages every webinar, so may enter the room; through nginx (ip_hash, WebSocket upgrade).
  const staffViaNginx = await signedIn(browser, demo.methodologist, nginx);
  // Frames that reached the browser through nginx on a WebSocket to the hub (not a fallback transport).
  let framesViaNginx = 0;
  staffViaNginx.on('websocket', (socket) => {
    if (socket.url().startsWith(`${nginx.replace(/^http/, 'ws')}/hubs/webinars`)) {
      socket.on('framereceived', () => { framesViaNginx++; });
    }
  });

  await learnerOnB.goto('/webinars?show=mine');
  const href = await learnerOnB.getByRole('link', { name: /^Бібліотечна школа non stop/ }).first().getAttribute('href');
  const path = `${href}/live`;
  const panels = [];
  for (const page of [moderatorOnA, learnerOnB, staffViaNginx]) {
    await page.goto(path);
    const panel = page.locator('[data-live-panel]');
    await expect(panel.getByRole('status')).toHaveText('На зв’язку');
    panels.push(panel);
  }
  const [panelA, panelB, panelNginx] = panels;
  const chat = (panel: typeof panelA) => panel.getByRole('list', { name: 'Повідомлення чату' });

  const fromA = `Вітаю всіх з вузла A! ${Date.now()}`;
  let sent = Date.now();
  await panelA.getByLabel('Ваше повідомлення').fill(fromA);
  await panelA.getByRole('button', { name: 'Надіслати' }).click();
  await expect(chat(panelB).getByText(fromA)).toBeVisible();
  const aToB = Date.now() - sent;
  await expect(chat(panelNginx).getByText(fromA)).toBeVisible();

  const fromB = `Дякую, чути з вузла B! ${Date.now()}`;
  sent = Date.now();
  await panelB.getByLabel('Ваше повідомлення').fill(fromB);
  await panelB.getByRole('button', { name: 'Надіслати' }).click();
  await expect(chat(panelA).getByText(fromB)).toBeVisible();
  const bToA = Date.now() - sent;
  await expect(chat(panelNginx).getByText(fromB)).toBeVisible();

  for (const panel of panels) {
    await expect(panel.locator('[data-live-presence]')).toHaveText('3');
  }
  expect(framesViaNginx, 'the browser through nginx is on a WebSocket').toBeGreaterThan(0);
  figure(`live panel: A → B ${aToB} ms, B → A ${bToA} ms (typing and sending included); the browser through nginx got both `
    + `on a WebSocket (${framesViaNginx} frames); 3 online on each`);
});

test.describe.serial('one course written on node A', () => {
  const suffix = uniqueSuffix();
  const title = `Цифрові навички для Дії у кластері ${suffix}`;
  let methodologist: Page;
  let courseId = '';
  let runId = '';

  test.beforeAll(async ({ browser }) => {
    methodologist = await signedIn(browser, demo.methodologist, nodeA);
    courseId = await createCourse(methodologist, { title, topics: 'Дія, цифрові навички', audience: 'Дорослі' });
    await addSection(methodologist, courseId, 'Основи');
    await addLesson(methodologist, courseId, { section: 'Основи', kind: 'Текст', title: 'Вхід до Дії', markdown: 'Як увійти до **Дії** з телефона.' });
  });

  test('a file uploaded through node A is served through node B and through nginx', async () => {
    // A 1×1 PNG; every byte must come back.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await methodologist.goto(`/admin/courses/${courseId}`);
    await methodologist.locator('#cover').setInputFiles({ name: 'oblozhka.png', mimeType: 'image/png', buffer: png });
    await methodologist.getByRole('button', { name: 'Завантажити' }).click();
    await expect(methodologist.getByRole('status')).toBeVisible();
    const [key] = sql(`SELECT cover_image_key FROM courses_course WHERE id = ${literal(courseId)}`);
    expect(key, 'the course has a cover').toBeTruthy();

    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    for (const [name, base] of [['node B', nodeB], ['nginx', nginx]] as const) {
      const response = await methodologist.request.get(`${base}/courses/files/${key}`);
      expect(response.status(), `${name} serves the cover`).toBe(200);
      expect(sha(await response.body()), `${name} serves the same bytes`).toBe(sha(png));
    }
    // It is in the bucket, not in node A's own folder.
    const bucket = await methodologist.request.get(`${process.env.S3_URL}/${process.env.S3_BUCKET}`);
    expect(await bucket.text()).toContain(key);
    figure(`file: ${png.length} bytes uploaded through A, in the S3 bucket as ${key}, served by B and by nginx (same SHA-256)`);
  });

  test('a course published through node A is in node B\'s catalog within a second', async () => {
    const search = `/courses?q=${encodeURIComponent(suffix)}`;
    // Both nodes have the old answer (no such course) in their catalog cache before the change.
    for (const base of [nodeA, nodeB]) {
      const before = await methodologist.request.get(`${base}${search}`);
      expect(await before.text()).not.toContain(title);
    }

    await methodologist.goto(`/admin/courses/${courseId}`);
    // The change is committed when node A answers the publish request; from then on node B is polled.
    const published = methodologist.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(`${nodeA}/admin/courses/${courseId}/`));
    const clicked = Date.now();
    await methodologist.getByRole('button', { name: 'Опублікувати' }).click();
    await published;
    const answered = Date.now();
    let delay = -1;
    while (Date.now() - answered < 10_000) {
      const page = await methodologist.request.get(`${nodeB}${search}`);
      if ((await page.text()).includes(title)) {
        delay = Date.now() - answered;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await expect(methodologist.getByRole('status')).toContainText('Курс опубліковано');
    expect(delay, 'node B shows the course at all').toBeGreaterThanOrEqual(0);
    expect(delay, 'node B shows the course within a second of node A saving it (the cache lives 10 s)').toBeLessThan(1000);
    for (let i = 0; i < 2; i++) {
      expect(await (await methodologist.request.get(`${nginx}${search}`)).text(), 'both nodes behind nginx show it').toContain(title);
    }
    figure(`catalog: node B showed the course ${delay} ms after node A answered the publish request (${answered - clicked} ms after the click; cache lifetime 10 s)`);
  });

  test('a course completion, a letter and a reminder are each delivered once with both nodes running', async ({ browser }) => {
    runId = await createOpenRun(methodologist, courseId, 10);
    const learner = await (await newContext(browser, nginx)).newPage();
    const email = await registerConfirmedCitizen(learner, 'Олена Кластерна');
    const [userId] = sql(`SELECT id FROM identity_user WHERE normalized_email = ${literal(email.toUpperCase())}`);

    // The integration event: the learner completes the one-lesson course through nginx.
    const slug = await catalogSlugOf(learner, title);
    await learner.goto(`/courses/${slug}`);
    await learner.locator('.run-card').first().getByRole('button', { name: 'Записатися' }).click();
    await learner.getByRole('button', { name: 'Позначити як пройдений' }).click();
    await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();

    // The letter and the reminder: a webinar in two hours, the learner registers through nginx.
    const webinarTitle = `Кластерний вебінар про Дію ${suffix}`;
    const eventPath = await scheduleSoon(methodologist, {
      title: webinarTitle, oblast: 'Загальнонаціональна', minutesFromNow: 120, room: 'ExternalLink', externalUrl: 'https://meet.example.test/lounb-cluster',
    });
    await learner.goto(eventPath);
    await learner.getByRole('button', { name: 'Зареєструватися', exact: true }).click();
    await expect(learner.getByRole('button', { name: 'Скасувати реєстрацію' })).toBeVisible();
    // The hour-before reminder is due in an hour: make it due now (the workers of both nodes look every 2 s).
    const due = sql(`UPDATE webinars_reminder SET due_at = now() WHERE user_id = ${literal(userId)} AND sent_at IS NULL
      AND event_id IN (SELECT id FROM webinars_event WHERE title = ${literal(webinarTitle)}) RETURNING kind`);
    expect(due, 'registering two hours ahead plans the hour-before reminder').toEqual(['EmailHourBefore']);

    const eventRows = () => sql(`SELECT id, claimed_by, dispatched_at IS NOT NULL FROM core_outbox_event
      WHERE type = 'courses.course-completed' AND payload LIKE ${literal(`%${userId}%`)}`);
    const reminderRows = () => sql(`SELECT claimed_by, sent_at IS NOT NULL FROM webinars_reminder WHERE user_id = ${literal(userId)}`);
    const letterRows = () => sql(`SELECT claimed_by, sent_at IS NOT NULL FROM core_mail WHERE "to" = ${literal(email)}
      AND subject = ${literal(`Реєстрацію підтверджено: ${webinarTitle}`)}`);
    await expect.poll(() => eventRows().every((row) => row.endsWith('|t')) && eventRows().length > 0, { timeout: 20_000 }).toBe(true);
    await expect.poll(() => reminderRows().every((row) => row.endsWith('|t')), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => letterRows().every((row) => row.endsWith('|t')) && letterRows().length > 0, { timeout: 20_000 }).toBe(true);
    // Give the other node its turns: a duplicate would be written by now.
    await new Promise((resolve) => setTimeout(resolve, BOTH_NODES_HAD_A_TURN_MS));

    const events = eventRows();
    expect(events, 'one CourseCompleted event').toHaveLength(1);
    const [eventId, eventNode] = events[0].split('|');
    const deliveries = sql(`SELECT subscriber, attempts, delivered_at IS NOT NULL FROM core_outbox_delivery WHERE event_id = ${literal(eventId)}`);
    expect(deliveries.length, 'the event has subscribers').toBeGreaterThan(0);
    for (const delivery of deliveries) {
      // attempts counts failed runs; the claim (one conditional update) lets one node run the subscribers.
      expect(delivery, 'each subscriber succeeded at its first run').toMatch(/\|0\|t$/);
    }
    const certificates = sql(`SELECT count(*) FROM certificates_certificate WHERE holder_id = ${literal(userId)}`);
    expect(certificates, 'the completion gave one certificate').toEqual(['1']);
    const confirmations = lettersTo(email, `Реєстрацію підтверджено: ${webinarTitle}`);
    const reminders = lettersTo(email, `Через годину: «${webinarTitle}»`);
    expect(confirmations, 'one registration letter').toBe(1);
    expect(reminders, 'one reminder letter').toBe(1);
    const [letterNode] = letterRows()[0].split('|');
    const [reminderNode] = reminderRows()[0].split('|');
    figure(`once: course-completed event 1 (node ${nodeOf(eventNode)}, ${deliveries.length} subscriber(s) delivered at their first run, certificates 1); `
      + `registration letter ${confirmations} (node ${nodeOf(letterNode)}); reminder letter ${reminders} (node ${nodeOf(reminderNode)}); `
      + `counted ${BOTH_NODES_HAD_A_TURN_MS / 1000} s after delivery`);
  });

  test('a certificate run issued through nginx shows its progress there on a WebSocket, and the operator hears it on both nodes', async ({ browser }) => {
    // The run has one completer (the learner above, whose certificate came with the completion): the issue reports 1 of 1.
    // The same methodologist also listens on /hubs/certificates on node A and on node B directly (the page's vendored
    // SignalR client): the progress goes to every connection of the person, so the node that did not run the issue
    // hears it only through the Redis backplane.
    type Progress = { runId: string; done: number; total: number };
    const listeners: Page[] = [];
    for (const base of [nodeA, nodeB]) {
      const listener = base === nodeA ? methodologist : await signedIn(browser, demo.methodologist, nodeB);
      await listener.goto('/admin/certificates');
      await listener.evaluate(async () => {
        const w = window as unknown as { signalR: any; heard: Progress[] };
        w.heard = [];
        const connection = new w.signalR.HubConnectionBuilder().withUrl('/hubs/certificates').build();
        connection.on('issueProgress', (progress: Progress) => { w.heard.push(progress); });
        await connection.start();
      });
      listeners.push(listener);
    }
    const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Progress[] }).heard);

    const operator = await signedIn(browser, demo.methodologist, nginx);
    await operator.goto('/admin/certificates');
    await operator.getByText('Сертифікати для всього набору').click();
    const row = operator.locator('#run-certificates tbody tr').filter({ hasText: title });
    await expect(row.getByRole('cell').nth(1)).toHaveText('1');
    // run-issue.js connects to the hub through nginx first (negotiate, then the WebSocket: the same node by ip_hash),
    // then posts the issue through nginx (round robin).
    const hubSocket = operator.waitForEvent('websocket', (ws) => ws.url().startsWith(`${nginx.replace(/^http/, 'ws')}/hubs/certificates`));
    const negotiated = operator.waitForResponse((r) => r.url().startsWith(`${nginx}/hubs/certificates/negotiate`));
    const issued = operator.waitForResponse((r) => r.request().method() === 'POST' && r.url() === `${nginx}/admin/certificates/runs/${runId}/issue`);
    await row.getByRole('button', { name: /^Видати всім/ }).click();
    const frames: string[] = [];
    (await hubSocket).on('framereceived', (frame) => {
      if (typeof frame.payload === 'string' && frame.payload.includes('"issueProgress"')) frames.push(frame.payload);
    });
    const nodeNamed = (upstream: string | undefined) =>
      upstream === new URL(nodeA).host ? 'A' : upstream === new URL(nodeB).host ? 'B' : `? (${upstream})`;
    const hubNode = nodeNamed((await negotiated).headers()['x-lounb-upstream']);
    const issue = await issued;
    expect(issue.status(), 'the issue answers').toBe(200);
    const issueNode = nodeNamed(issue.headers()['x-lounb-upstream']);

    const bar = operator.getByRole('progressbar', { name: new RegExp(`Видача сертифікатів: ${title}`) });
    await expect(bar).toHaveAttribute('aria-valuetext', 'Видано 1 з 1');
    await expect(operator.locator('#run-issue-live')).toHaveText('Готово: видано нових 0, уже мали 1.');
    const last = `"runId":"${runId}","done":1,"total":1`;
    await expect.poll(() => frames.some((frame) => frame.includes(last)), { message: 'the progress came through nginx on the WebSocket' }).toBe(true);
    for (const [index, listener] of listeners.entries()) {
      await expect.poll(async () => (await heard(listener)).some((p) => p.runId === runId && p.done === 1 && p.total === 1),
        { message: `the listener on node ${'AB'[index]} heard the progress` }).toBe(true);
    }
    // Nothing on the page was reloaded: the no-JavaScript summary is not there.
    await expect(operator.getByText('Завершили набір:')).toHaveCount(0);
    figure(`certificates hub: an issue of 1 posted through nginx (run by node ${issueNode}); its progress reached the browser through `
      + `nginx on a WebSocket to node ${hubNode} (${frames.length} progress frame(s)) and the operator's listeners on node A and node B`);
  });
});
