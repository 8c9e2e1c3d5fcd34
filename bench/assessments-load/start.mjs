// Driver of bench/assessments-load/run.sh: signs learners in, opens the quiz page, starts attempts (measured).
// Plain Node (18+: global fetch), no packages. Each person has their own cookie jar, as a browser would.
//
//   node start.mjs hash PASSWORD
//       the ASP.NET Identity V3 hash of PASSWORD (PBKDF2-HMAC-SHA512, 100,000 iterations, 16-byte salt, 32-byte key)
//   node start.mjs login --base URL --learners N --warmup M --password P --jar FILE [--concurrency 4]
//       signs in learner1…N and warmup1…M through /account/login (GET for the antiforgery token, POST the form);
//       not measured: PBKDF2 is deliberately slow
//   node start.mjs prep --base URL --quiz ID --jar FILE [--concurrency 16]
//       everyone opens /quizzes/ID as a learner does before pressing "Start", which gives the form's antiforgery token
//       (and re-issues a sign-in cookie older than the security-stamp interval, as a browser's next request would)
//   node start.mjs start --base URL --quiz ID --jar FILE --who learner|warmup [--concurrency 100] [--spread SECONDS]
//       [--out attempts.tsv] [--report start.json]
//       POST /quizzes/ID/start for each of them: all at once with at most --concurrency in flight (a burst), or with
//       --spread, the starts spread evenly over that many seconds; each must answer 302 to /attempts/{id}.
//       Writes "attempt id<TAB>antiforgery token<TAB>cookie header" per person and the latency figures.
//   node start.mjs refresh --base URL --quiz ID --jar FILE --out attempts.tsv [--concurrency 16]
//       each learner with an attempt at quiz ID asks for its clock (GET /api/attempts/{id}/clock), which re-issues a
//       sign-in cookie older than the security-stamp interval; writes the attempts file again with the new cookies
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [command, ...rest] = process.argv.slice(2);
const args = {};
for (let i = 0; i < rest.length; i += 2) {
  args[rest[i].replace(/^--/, '')] = rest[i + 1];
}

function hash(password) {
  const salt = randomBytes(16);
  const key = pbkdf2Sync(password, salt, 100_000, 32, 'sha512');
  const header = Buffer.alloc(13);
  header.writeUInt8(0x01, 0);
  header.writeUInt32BE(2, 1); // KeyDerivationPrf.HMACSHA512
  header.writeUInt32BE(100_000, 5);
  header.writeUInt32BE(16, 9);
  return Buffer.concat([header, salt, key]).toString('base64');
}

// --- a cookie jar per person ----------------------------------------------------------------------
function setCookies(response) {
  if (typeof response.headers.getSetCookie === 'function') {
    return response.headers.getSetCookie();
  }
  const joined = response.headers.get('set-cookie');
  return joined ? joined.split(/,(?=\s*[A-Za-z0-9_.\-]+=)/) : [];
}

function store(jar, response) {
  let renewedAuth = false;
  for (const line of setCookies(response)) {
    const pair = line.split(';')[0];
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line) || value === '';
    if (expired) {
      delete jar[name];
    } else {
      jar[name] = value;
      if (name.startsWith('lounb.auth')) {
        renewedAuth = true;
      }
    }
  }
  return renewedAuth;
}

const cookieHeader = (jar) => Object.entries(jar).map(([n, v]) => `${n}=${v}`).join('; ');

function tokenIn(html, after = '') {
  const from = after ? html.indexOf(after) : 0;
  if (from < 0) {
    return null;
  }
  const tail = html.slice(from);
  const match = tail.match(/name="__RequestVerificationToken"[^>]*?value="([^"]+)"/) || tail.match(/value="([^"]+)"[^>]*?name="__RequestVerificationToken"/);
  return match ? match[1] : null;
}

async function request(base, person, path, init = {}) {
  const headers = { ...(init.headers || {}) };
  const cookies = cookieHeader(person.cookies);
  if (cookies) {
    headers.cookie = cookies;
  }
  const response = await fetch(base + path, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  const renewed = store(person.cookies, response);
  const body = await response.text();
  return { status: response.status, location: response.headers.get('location'), body, renewed };
}

// Runs task(item, index) over items with at most `concurrency` in flight; with spreadMs, item i does not begin before
// i × spreadMs / items.length after the first.
async function pool(items, concurrency, task, spreadMs = 0) {
  let next = 0;
  const began = performance.now();
  async function worker() {
    while (next < items.length) {
      const index = next++;
      if (spreadMs > 0) {
        const due = began + (index * spreadMs) / items.length;
        const wait = due - performance.now();
        if (wait > 0) {
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
      await task(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

const readJar = () => JSON.parse(readFileSync(args.jar, 'utf8'));
const writeJar = (people) => writeFileSync(args.jar, JSON.stringify(people));
const percentile = (sorted, p) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

async function login() {
  const learners = Number(args.learners);
  const warmup = Number(args.warmup || 0);
  const people = [];
  for (let i = 1; i <= learners; i++) people.push({ who: 'learner', email: `learner${i}@bench.lounb.test`, cookies: {} });
  for (let i = 1; i <= warmup; i++) people.push({ who: 'warmup', email: `warmup${i}@bench.lounb.test`, cookies: {} });
  const began = performance.now();
  let failed = 0;
  await pool(people, Number(args.concurrency || 4), async (person) => {
    const page = await request(args.base, person, '/account/login');
    const token = tokenIn(page.body, 'action="/account/login"');
    const form = new URLSearchParams({ Email: person.email, Password: args.password, RememberMe: 'false', __RequestVerificationToken: token || '' });
    const posted = await request(args.base, person, '/account/login', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString(),
    });
    if (posted.status !== 302 || !Object.keys(person.cookies).some((name) => name.startsWith('lounb.auth'))) {
      failed++;
      if (failed <= 3) console.error(`sign-in of ${person.email}: ${posted.status} ${posted.location ?? ''} ${posted.body.slice(0, 200)}`);
    }
  });
  writeJar(people);
  console.log(JSON.stringify({ signedIn: people.length - failed, failed, seconds: +((performance.now() - began) / 1000).toFixed(1) }));
  if (failed > 0) process.exit(1);
}

async function prep() {
  const people = readJar();
  let failed = 0;
  let renewed = 0;
  const began = performance.now();
  await pool(people, Number(args.concurrency || 16), async (person) => {
    const page = await request(args.base, person, `/quizzes/${args.quiz}`);
    person.token = page.status === 200 ? tokenIn(page.body, `action="/quizzes/${args.quiz}/start"`) : null;
    if (page.renewed) renewed++;
    if (!person.token) {
      failed++;
      if (failed <= 3) console.error(`quiz page for ${person.email}: ${page.status} ${page.location ?? ''} (no start form)`);
    }
  });
  writeJar(people);
  console.log(JSON.stringify({ opened: people.length - failed, failed, signInCookiesReissued: renewed, seconds: +((performance.now() - began) / 1000).toFixed(1) }));
  if (failed > 0) process.exit(1);
}

async function start() {
  const people = readJar();
  const chosen = people.filter((p) => p.who === args.who);
  const latencies = [];
  const errors = [];
  const lines = [];
  const began = performance.now();
  await pool(chosen, Number(args.concurrency || 100), async (person) => {
    const form = new URLSearchParams({ __RequestVerificationToken: person.token });
    const t0 = performance.now();
    let result;
    try {
      result = await request(args.base, person, `/quizzes/${args.quiz}/start`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString(),
      });
    } catch (error) {
      result = { status: 0, location: String(error) };
    }
    latencies.push(performance.now() - t0);
    const match = result.status === 302 && /^\/attempts\/([0-9a-f-]{36})$/.exec(result.location || '');
    if (match) {
      person.attempts = { ...person.attempts, [args.quiz]: match[1] };
      lines.push(`${match[1]}\t${person.token}\t${cookieHeader(person.cookies)}`);
    } else {
      errors.push(`${person.email}: ${result.status} ${result.location ?? ''}`);
    }
  }, Number(args.spread || 0) * 1000);
  const seconds = (performance.now() - began) / 1000;
  writeJar(people);
  latencies.sort((a, b) => a - b);
  const report = {
    who: args.who, starts: chosen.length, ok: lines.length, errors: errors.length, seconds: +seconds.toFixed(2),
    perSecond: +(chosen.length / seconds).toFixed(0), concurrency: Number(args.concurrency || 100), spread: Number(args.spread || 0),
    p50: +percentile(latencies, 50).toFixed(1), p90: +percentile(latencies, 90).toFixed(1), p99: +percentile(latencies, 99).toFixed(1),
    max: +(latencies.at(-1) ?? 0).toFixed(1),
  };
  if (args.out) writeFileSync(args.out, lines.join('\n') + '\n');
  if (args.report) writeFileSync(args.report, JSON.stringify(report));
  for (const error of errors.slice(0, 3)) console.error(error);
  console.log(JSON.stringify(report));
}

async function refresh() {
  const people = readJar();
  const chosen = people.filter((p) => p.who === 'learner' && p.attempts?.[args.quiz]);
  let failed = 0;
  let renewed = 0;
  const began = performance.now();
  await pool(chosen, Number(args.concurrency || 16), async (person) => {
    const clock = await request(args.base, person, `/api/attempts/${person.attempts[args.quiz]}/clock`);
    if (clock.renewed) renewed++;
    if (clock.status !== 200) {
      failed++;
      if (failed <= 3) console.error(`clock of ${person.email}: ${clock.status}`);
    }
  });
  writeJar(people);
  writeFileSync(args.out, chosen.map((p) => `${p.attempts[args.quiz]}\t${p.token}\t${cookieHeader(p.cookies)}`).join('\n') + '\n');
  console.log(JSON.stringify({ attempts: chosen.length, failed, signInCookiesReissued: renewed, seconds: +((performance.now() - began) / 1000).toFixed(1) }));
  if (failed > 0) process.exit(1);
}

switch (command) {
  case 'hash': console.log(hash(rest[0])); break;
  case 'login': await login(); break;
  case 'prep': await prep(); break;
  case 'start': await start(); break;
  case 'refresh': await refresh(); break;
  default: console.error('usage: node start.mjs hash|login|prep|start|refresh ...'); process.exit(2);
}
