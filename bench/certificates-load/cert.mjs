// Driver of bench/certificates-load/run.sh: signs people in and times single requests. Plain Node (18+), no packages.
//
//   node cert.mjs login --base URL --email E --password P --jar FILE
//       GET /account/login for the antiforgery token, POST the form; the cookies go to FILE
//   node cert.mjs issue --base URL --jar FILE --run ID
//       GET /admin/certificates for the form's antiforgery token, then one timed POST /admin/certificates/runs/ID/issue
//       (must answer 302); prints {"ms", "status", "message"} (the status line the admin page then shows)
//   node cert.mjs zip --base URL --jar FILE --run ID --out FILE.zip
//       one timed GET /admin/certificates/runs/ID.zip; prints {"ms", "status", "bytes"}
//   node cert.mjs pdf --base URL --jar FILE --id ID [--warmup 20] [--count 200]
//       GET /certificates/ID.pdf: --warmup untimed, then --count timed one after another; prints {"p50", "p95", "p99", ...}
//   node cert.mjs page --base URL --jar FILE --path PATH --expect TEXT [--warmup 20] [--count 200]
//       the same for any page that must answer 200 and contain TEXT
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [command, ...rest] = process.argv.slice(2);
const args = {};
for (let i = 0; i < rest.length; i += 2) {
  args[rest[i].replace(/^--/, '')] = rest[i + 1];
}

function setCookies(response) {
  if (typeof response.headers.getSetCookie === 'function') {
    return response.headers.getSetCookie();
  }
  const joined = response.headers.get('set-cookie');
  return joined ? joined.split(/,(?=\s*[A-Za-z0-9_.\-]+=)/) : [];
}

function store(jar, response) {
  for (const line of setCookies(response)) {
    const pair = line.split(';')[0];
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (/expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line) || value === '') {
      delete jar[name];
    } else {
      jar[name] = value;
    }
  }
}

function tokenIn(html, after = '') {
  const from = after ? html.indexOf(after) : 0;
  if (from < 0) {
    return null;
  }
  const tail = html.slice(from);
  const match = tail.match(/name="__RequestVerificationToken"[^>]*?value="([^"]+)"/) || tail.match(/value="([^"]+)"[^>]*?name="__RequestVerificationToken"/);
  return match ? match[1] : null;
}

const jarFile = args.jar;
const jar = command === 'login' ? {} : JSON.parse(readFileSync(jarFile, 'utf8'));
const saveJar = () => writeFileSync(jarFile, JSON.stringify(jar));

// One request with the jar's cookies, no redirects followed; the body as a Buffer.
async function request(path, init = {}) {
  const headers = { ...(init.headers || {}) };
  const cookies = Object.entries(jar).map(([n, v]) => `${n}=${v}`).join('; ');
  if (cookies) {
    headers.cookie = cookies;
  }
  const began = performance.now();
  const response = await fetch(args.base + path, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(600_000) });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - began;
  store(jar, response);
  return { status: response.status, location: response.headers.get('location'), body, ms };
}

const form = (fields) => ({
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(),
});
const round = (ms) => +ms.toFixed(2);
const fail = (message) => { console.error(message); process.exit(1); };

async function login() {
  const page = await request('/account/login');
  const token = tokenIn(page.body.toString(), 'action="/account/login"');
  const posted = await request('/account/login', form({ Email: args.email, Password: args.password, RememberMe: 'false', __RequestVerificationToken: token || '' }));
  if (posted.status !== 302 || !Object.keys(jar).some((name) => name.startsWith('lounb.auth'))) {
    fail(`sign-in of ${args.email}: ${posted.status} ${posted.location ?? ''} ${posted.body.toString().slice(0, 300)}`);
  }
  saveJar();
  console.log(JSON.stringify({ signedIn: args.email }));
}

async function issue() {
  const page = await request('/admin/certificates');
  if (page.status !== 200) fail(`GET /admin/certificates: ${page.status} ${page.location ?? ''}`);
  const html = page.body.toString();
  const token = tokenIn(html, `/admin/certificates/runs/${args.run}/issue`) || tokenIn(html);
  if (!token) fail('no antiforgery token on /admin/certificates');
  const posted = await request(`/admin/certificates/runs/${args.run}/issue`, form({ __RequestVerificationToken: token }));
  if (posted.status !== 302) fail(`POST issue: ${posted.status} ${posted.body.toString().slice(0, 500)}`);
  const after = await request('/admin/certificates');
  const message = (after.body.toString().match(/Завершили набір:[^<]*/) || [''])[0].trim();
  saveJar();
  console.log(JSON.stringify({ ms: round(posted.ms), status: posted.status, message }));
}

async function zip() {
  const got = await request(`/admin/certificates/runs/${args.run}.zip`);
  if (got.status !== 200) fail(`GET zip: ${got.status} ${got.location ?? ''}`);
  writeFileSync(args.out, got.body);
  saveJar();
  console.log(JSON.stringify({ ms: round(got.ms), status: got.status, bytes: got.body.length, type: got.body.subarray(0, 2).toString() }));
}

// Times GET path (--warmup untimed, then --count one after another); every answer must pass check.
async function timed(path, check) {
  const warmup = Number(args.warmup || 20);
  const count = Number(args.count || 200);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < warmup + count; i++) {
    const got = await request(path);
    if (!check(got)) fail(`GET ${path}: ${got.status} ${got.location ?? ''}`);
    bytes = got.body.length;
    if (i >= warmup) times.push(got.ms);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  saveJar();
  console.log(JSON.stringify({ count, warmup, bytes, p50: round(pct(50)), p95: round(pct(95)), p99: round(pct(99)), min: round(times[0]),
    max: round(times[times.length - 1]), mean: round(times.reduce((s, t) => s + t, 0) / times.length) }));
}

const pdf = () => timed(`/certificates/${args.id}.pdf`, (got) => got.status === 200 && got.body.subarray(0, 5).toString() === '%PDF-');

// A page that must answer 200 and contain --expect (used by bench/reports-dashboards).
const page = () => timed(args.path, (got) => got.status === 200 && got.body.toString().includes(args.expect));

switch (command) {
  case 'login': await login(); break;
  case 'issue': await issue(); break;
  case 'zip': await zip(); break;
  case 'pdf': await pdf(); break;
  case 'page': await page(); break;
  default: fail('usage: node cert.mjs login|issue|zip|pdf|page ...');
}
