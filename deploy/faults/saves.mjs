// Load client of the fault drills: simulated examinees save answers as the attempt page does, and log what the
// server acknowledged. Plain Node (18+: global fetch), no packages.
//
//   node saves.mjs run --base URL --data saves.tsv --log saves.log [--seconds 60] [--pause-ms 500]
//       one examinee per line of saves.tsv (attempt id, its slots' question types — one letter each: S single choice,
//       M multiple choice, T true/false, A short answer, N numerical, E essay — antiforgery token, cookie header),
//       all at once. Each saves answers one after another (PUT /api/attempts/{id}/answers/{slot}, versions only
//       growing), keeping the cookies the server re-issues as a browser does. A save answered 200 is acknowledged and
//       logged "ack<TAB>ms<TAB>attempt<TAB>slot<TAB>version<TAB>response JSON"; any other answer or a network error
//       is logged "fail<TAB>ms<TAB>attempt<TAB>slot<TAB>version<TAB>status" and the same save (same version, same
//       value) is sent again after a short pause until it is acknowledged — as the attempt page's offline store does.
//       Prints a JSON summary.
//   node saves.mjs report --log saves.log --at MS [--until MS]
//       what happened after the moment MS (epoch ms; the fault) and before --until (the next fault, if any): failed
//       requests, when the last one failed, how many seconds until saves were acknowledged again, and the longest
//       pause between two acknowledgements.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const [command, ...rest] = process.argv.slice(2);
const args = {};
for (let i = 0; i < rest.length; i += 2) {
  args[rest[i].replace(/^--/, '')] = rest[i + 1];
}

const essay = [
  'Спершу я покажу, як знайти першоджерело новини й перевірити дату публікації. ',
  'Далі ми разом порівняємо повідомлення з кількома незалежними медіа. ',
  'Я поясню, чому емоційні заголовки й заклики терміново поширити мають насторожувати. ',
  'Наприкінці кожен складе собі коротку пам\'ятку з п\'яти кроків перевірки. ',
];
const multiple = ['["c1","c2"]', '["c2"]', '["c1","c2","c3"]', '["c4"]'];
const short = ['"дезінформація"', '"фейк"', '"Дезінформація"'];

// The answer a learner gives to a question of this type on their c-th save (valid for the bench's question bank).
function answer(kind, c) {
  switch (kind) {
    case 'S': return `"c${(c % 4) + 1}"`;
    case 'M': return multiple[c % multiple.length];
    case 'T': return c % 2 === 0 ? 'true' : 'false';
    case 'A': return short[c % short.length];
    case 'N': return `"${1990 + (c % 30)}"`;
    default: return JSON.stringify(essay.slice(0, (c % essay.length) + 1).join(''));
  }
}

function parseCookies(header) {
  const jar = {};
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return jar;
}

function keepCookies(jar, response) {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0];
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') delete jar[name];
    else jar[name] = value;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function run() {
  const people = readFileSync(args.data, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [attempt, types, token, cookie] = line.split('\t');
    return { attempt, types, token, cookies: parseCookies(cookie) };
  });
  const until = Date.now() + Number(args.seconds || 40) * 1000;
  const pause = Number(args['pause-ms'] || 500);
  writeFileSync(args.log, '');
  let lines = [];
  const flush = () => { if (lines.length) { appendFileSync(args.log, lines.join('\n') + '\n'); lines = []; } };
  const flusher = setInterval(flush, 500);
  const totals = { examinees: people.length, acknowledged: 0, failedRequests: 0, retriedThenAcknowledged: 0, unacknowledgedAtEnd: 0, notStored: 0 };
  const statuses = {};
  let version = Date.now() * 1000;

  async function examinee(person, index) {
    let c = index;
    while (Date.now() < until) {
      const slot = (c % person.types.length) + 1;
      const response = answer(person.types[slot - 1], c);
      const mine = ++version;
      const body = JSON.stringify({ response: JSON.parse(response), version: mine });
      let failures = 0;
      for (;;) {
        let status = 0;
        let stored = true;
        try {
          const reply = await fetch(`${args.base}/api/attempts/${person.attempt}/answers/${slot}`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'x-csrf-token': person.token, cookie: Object.entries(person.cookies).map(([n, v]) => `${n}=${v}`).join('; ') },
            body, redirect: 'manual', signal: AbortSignal.timeout(60_000),
          });
          keepCookies(person.cookies, reply);
          status = reply.status;
          const text = await reply.text();
          stored = text.includes('"stored":true');
        } catch {
          status = 0;
        }
        if (status === 200) {
          // "stored": false answers a repeated save the server already had (its first try was stored, the reply lost).
          if (!stored) totals.notStored++;
          totals.acknowledged++;
          if (failures > 0) totals.retriedThenAcknowledged++;
          lines.push(`ack\t${Date.now()}\t${person.attempt}\t${slot}\t${mine}\t${response}`);
          break;
        }
        failures++;
        totals.failedRequests++;
        statuses[status] = (statuses[status] || 0) + 1;
        lines.push(`fail\t${Date.now()}\t${person.attempt}\t${slot}\t${mine}\t${status}`);
        if (Date.now() >= until) {
          totals.unacknowledgedAtEnd++;
          break;
        }
        await sleep(250);
      }
      c++;
      await sleep(pause);
    }
  }

  await Promise.all(people.map(examinee));
  clearInterval(flusher);
  flush();
  console.log(JSON.stringify({ ...totals, failedByStatus: statuses }));
}

function report() {
  const at = Number(args.at);
  const until = Number(args.until || Infinity);
  const events = readFileSync(args.log, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [kind, ms] = line.split('\t');
    return { kind, ms: Number(ms) };
  }).sort((a, b) => a.ms - b.ms);
  const after = events.filter((e) => e.ms >= at && e.ms < until);
  const failures = after.filter((e) => e.kind === 'fail');
  const lastFailure = failures.length ? failures.at(-1).ms : null;
  const firstAckAfter = (t) => after.find((e) => e.kind === 'ack' && e.ms > t)?.ms ?? null;
  const recovered = firstAckAfter(lastFailure ?? at);
  let longest = 0;
  let previous = at;
  for (const e of after) {
    if (e.kind === 'ack') {
      longest = Math.max(longest, e.ms - previous);
      previous = e.ms;
    }
  }
  const seconds = (ms) => (ms === null ? null : +((ms - at) / 1000).toFixed(2));
  console.log(JSON.stringify({
    failedAfter: failures.length,
    lastFailureAfterSeconds: seconds(lastFailure),
    savesSucceedAgainAfterSeconds: seconds(recovered),
    longestPauseBetweenAcknowledgementsSeconds: +(longest / 1000).toFixed(2),
    acknowledgedAfter: after.filter((e) => e.kind === 'ack').length,
  }));
}

switch (command) {
  case 'run': await run(); break;
  case 'report': report(); break;
  default: console.error('usage: node saves.mjs run|report ...'); process.exit(2);
}
