// Driver of bench/webinars-live/run.sh: connects signed-in people to one webinar's live room over SignalR WebSockets
// (the @microsoft/signalr Node client, as the browser panel uses it) and measures how long a moderator's chat message
// takes to reach each of them.
//
//   node live.mjs connect-and-broadcast --base URL --event ID --people people.json --moderator moderator.json
//       [--connections 2000] [--concurrency 50] [--messages 60] [--interval 1000] [--settle 10] [--grace 10]
//       [--ready FILE] [--go FILE]
//     1. opens --connections hub connections (negotiate + WebSocket, each with its own person's sign-in cookie), at most
//        --concurrency at once, and has each call JoinEvent (the snapshot a browser gets);
//     2. writes --ready (the shell measures the app's memory then) and waits for --go to exist (at most 120 s);
//     3. the moderator sends --messages chat messages, one every --interval ms, each carrying its send time;
//     4. waits --grace seconds for stragglers and reports per-message delivery latency over every (client, message):
//        p50/p95/p99/max, messages expected and received, losses, connection failures and the moderator's send latency.
// Times come from performance.timeOrigin + performance.now() in this one process, so send and receipt share a clock.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';

const require = createRequire(`${process.cwd()}/`);
const signalR = require('@microsoft/signalr');

const [command, ...rest] = process.argv.slice(2);
const args = {};
for (let i = 0; i < rest.length; i += 2) {
  args[rest[i].replace(/^--/, '')] = rest[i + 1];
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
const round = (x) => Math.round(x * 10) / 10;

function connection(base, cookieHeader) {
  return new signalR.HubConnectionBuilder()
    .withUrl(`${base}/hubs/webinars`, { transport: signalR.HttpTransportType.WebSockets, headers: { cookie: cookieHeader } })
    .configureLogging(signalR.LogLevel.None)
    .build();
}

async function pool(items, concurrency, task) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  }));
}

async function connectAndBroadcast() {
  const base = args.base;
  const eventId = args.event;
  const count = Number(args.connections ?? 2000);
  const messages = Number(args.messages ?? 60);
  const interval = Number(args.interval ?? 1000);
  const people = JSON.parse(readFileSync(args.people, 'utf8')).filter((p) => p.who === 'learner').slice(0, count);
  if (people.length < count) throw new Error(`only ${people.length} signed-in people for ${count} connections`);
  const cookieOf = (cookies) => Object.entries(cookies).map(([n, v]) => `${n}=${v}`).join('; ');

  // --- 1. connect and join ------------------------------------------------------------------------------
  const sent = new Map(); // sequence → send time
  const received = []; // per client: Map sequence → latency ms
  const clients = [];
  const failures = [];
  const joinLatency = [];
  let presenceSeen = 0;
  const began = now();
  await pool(people, Number(args.concurrency ?? 50), async (person, index) => {
    const hub = connection(base, cookieOf(person.cookies));
    const mine = new Map();
    received[index] = mine;
    hub.on('messageAdded', (message) => {
      const at = now();
      const match = /^bench (\d+) ([\d.]+)$/.exec(message.text);
      if (match) mine.set(Number(match[1]), at - Number(match[2]));
    });
    hub.on('presenceChanged', (p) => { presenceSeen = Math.max(presenceSeen, p.count); });
    try {
      const t0 = now();
      await hub.start();
      const snapshot = await hub.invoke('JoinEvent', eventId);
      joinLatency.push(now() - t0);
      presenceSeen = Math.max(presenceSeen, snapshot.presence);
      clients.push(hub);
    } catch (error) {
      failures.push(`${person.email}: ${error?.message ?? error}`);
    }
  });
  const connectSeconds = (now() - began) / 1000;
  const moderatorJar = JSON.parse(readFileSync(args.moderator, 'utf8'));
  const moderator = connection(base, cookieOf(moderatorJar));
  await moderator.start();
  await moderator.invoke('JoinEvent', eventId);
  joinLatency.sort((a, b) => a - b);
  console.error(`==> ${clients.length} joined in ${round(connectSeconds)} s (${failures.length} failed), join p50 ${round(percentile(joinLatency, 50))} ms`);
  for (const failure of failures.slice(0, 3)) console.error(failure);

  // --- 2. the shell measures memory -----------------------------------------------------------------------
  if (args.ready) {
    writeFileSync(args.ready, JSON.stringify({ connected: clients.length }));
    for (let waited = 0; args.go && !existsSync(args.go); waited += 200) {
      if (waited > 120_000) throw new Error('no go signal');
      await sleep(200);
    }
  }

  // --- 3. one broadcast a second --------------------------------------------------------------------------
  const sendLatency = [];
  const sendErrors = [];
  const start = now();
  for (let sequence = 1; sequence <= messages; sequence++) {
    const due = start + (sequence - 1) * interval;
    if (due > now()) await sleep(due - now());
    const at = now();
    sent.set(sequence, at);
    // The message is sent without waiting for its answer, so a slow round trip does not delay the next one.
    moderator.invoke('SendMessage', eventId, randomUUID(), `bench ${sequence} ${at.toFixed(3)}`)
      .then(() => sendLatency.push(now() - at))
      .catch((error) => sendErrors.push(String(error?.message ?? error)));
  }
  await sleep(Number(args.grace ?? 10) * 1000);

  // --- 4. figures ----------------------------------------------------------------------------------------------
  const latencies = [];
  let got = 0;
  for (const mine of received.filter(Boolean)) {
    for (const [sequence, ms] of mine) {
      if (sent.has(sequence)) {
        latencies.push(ms);
        got++;
      }
    }
  }
  latencies.sort((a, b) => a - b);
  sendLatency.sort((a, b) => a - b);
  const expected = clients.length * messages;
  const over250 = latencies.filter((ms) => ms > 250).length;
  const report = {
    connections: count, joined: clients.length, connectFailures: failures.length, connectSeconds: round(connectSeconds),
    joinP50: round(percentile(joinLatency, 50)), joinP99: round(percentile(joinLatency, 99)), presenceSeen,
    messages, expected, received: got, lost: expected - got, over250,
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0), mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
    sendP50: round(percentile(sendLatency, 50)), sendP99: round(percentile(sendLatency, 99)), sendErrors: sendErrors.length,
  };
  await Promise.allSettled([...clients, moderator].map((hub) => hub.stop()));
  console.log(JSON.stringify(report));
}

switch (command) {
  case 'connect-and-broadcast': await connectAndBroadcast(); break;
  default: console.error('usage: node live.mjs connect-and-broadcast ...'); process.exit(2);
}
