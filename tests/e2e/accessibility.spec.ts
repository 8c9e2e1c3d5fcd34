import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ensureEnrolledInDemoCourse } from './courses-support';
import { DEMO_PASSWORD, demo, frameworkDefaults, login } from './support';

// The axe sweep finds its pages itself: for each demo role it follows the links of the header, the main menu and the
// footer on every page, and every link inside the staff area (/admin…) and the dashboard, so a new page linked from a
// menu or the staff area cannot escape it. Each page kind is checked once (one /courses/{slug}, one /admin/runs/{id}),
// at 1280 px and at 360 px (where the page must not scroll sideways either), and for the framework's English default
// validation messages.

interface Role {
  label: string;
  /** Demo account to sign in as; none for a visitor. */
  email?: string;
  /** Run after signing in: sets up data so that more pages exist (the learner's course player). */
  prepare?: (page: Page) => Promise<unknown>;
}

const roles: Role[] = [
  { label: 'visitor' },
  { label: 'learner', email: demo.learner, prepare: ensureEnrolledInDemoCourse },
  { label: 'librarian', email: 'bibliotekar@lounb.demo' },
  { label: 'trainer', email: 'trener@lounb.demo' },
  { label: 'hub coordinator', email: 'koordynator@lounb.demo' },
  { label: 'mentor', email: 'mentor@lounb.demo' },
  { label: 'regional methodologist', email: demo.methodologistLuhansk },
  { label: 'national methodologist', email: demo.methodologist },
  { label: 'administrator', email: demo.admin },
];

/** Time allowed for opening one page (to check it or only to collect its links), added to the role's limit. */
const PER_PAGE_MS = 5_000;
/** Time allowed for checking one new page kind at both widths, added to the role's limit as the crawl finds pages. */
const PER_PAGE_KIND_MS = 15_000;

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 360, height: 740 };

/** Pages photographed for people to look at (test-results/screenshots/{name}-{width}.png). */
const screenshots: Record<string, string> = {
  '/': 'home', '/account/register': 'register', '/dashboard': 'dashboard', '/admin/users': 'users', '/courses': 'courses',
  '/courses/{slug}': 'course', '/learn/{id}/lessons/{id}': 'lesson', '/learning': 'learning', '/admin/courses': 'admin-courses',
};

/** Links never followed: signing out, files and feeds, live rooms (opening one records attendance), development tools. */
const SKIPPED = [
  /^\/account\/logout/, /^\/culture/, /^\/api\//, /^\/hubs\/(webinars|certificates)/, /^\/dev\//, /^\/calendar\//, /^\/ob\//, /^\/health/,
  /^\/webinars\/[^/]+\/(room|live)/, /\.(ics|pdf|zip|xlsx|jwt|txt|xml|gift|json|png|jpe?g|webp|gif|mp4|webm|mp3|docx?|odt)(\?|$)/i,
  /^\/courses\/files\//, /\/download/, /\/export/,
];

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The kind of a page: ids, numbers and the slugs of courses, pages and news replaced by placeholders. */
function pattern(path: string): string {
  return path.replace(GUID, '{id}').replace(/\/\d+(?=\/|$)/g, '/{n}')
    .replace(/^\/(courses|pages|news)\/(?!\{)[^/]+$/, '/$1/{slug}').replace(/^\/admin\/organisation\/UA-\d\d/, '/admin/organisation/{oblast}');
}

/** Same-origin GET links worth following from the page: the header, menu and footer, and the main part on staff pages. */
async function linksOf(page: Page): Promise<string[]> {
  const staffArea = /^\/(admin|dashboard)/.test(new URL(page.url()).pathname);
  const scopes = staffArea ? 'header a[href], nav a[href], footer a[href], main a[href]' : 'header a[href], nav a[href], footer a[href]';
  const hrefs = await page.locator(scopes).evaluateAll((anchors) =>
    anchors.filter((a) => !a.hasAttribute('download')).map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs.map((href) => new URL(href)).filter((url) => url.origin === origin)
    .map((url) => url.pathname + url.search).filter((path) => !SKIPPED.some((skip) => skip.test(path)));
}

const SEVERE = new Set(['serious', 'critical']);

async function severeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => SEVERE.has(v.impact ?? ''))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`) }));
}

/** Page kinds already checked by an earlier role: each kind is checked once, by the first role that reaches it. */
const checked = new Set<string>();

test.describe('Accessibility of every page reachable from the menus and the staff area, at 1280 and 360 px', () => {
  for (const role of roles) {
    test(`${role.label}: no serious or critical WCAG 2.1 AA violation and no horizontal scroll at 360 px`, async ({ page }) => {
      // The crawl's length depends on how many pages a role reaches, so its time grows with them: each new page kind
      // gets its own allowance (two widths, two axe runs) and every page opened a smaller one instead of one fixed limit for the whole role.
      test.setTimeout(60_000);
      await page.setViewportSize(WIDE);
      if (role.email) {
        await login(page, role.email, DEMO_PASSWORD);
        await role.prepare?.(page);
      }

      const queue = role.email ? ['/', '/dashboard', '/admin'] : ['/', '/account/login', '/account/register'];
      const seen = new Set<string>();
      let visited = 0;
      while (queue.length > 0) {
        const path = queue.shift()!;
        const kind = pattern(path.split('?')[0]);
        if (seen.has(kind)) continue;
        seen.add(kind);

        await page.setViewportSize(WIDE);
        test.setTimeout(test.info().timeout + PER_PAGE_MS);
        const response = await page.goto(path);
        if (!response || response.status() >= 400) {
          // A link a role cannot follow (a staff page behind a permission) is not a page of that role.
          expect.soft(response?.status(), `${path} answers`).not.toBe(500);
          continue;
        }
        const finalPath = new URL(page.url()).pathname;
        queue.push(...(await linksOf(page)));
        const finalKind = pattern(finalPath);
        if (checked.has(finalKind)) continue;
        checked.add(finalKind);
        checked.add(kind);
        visited++;
        test.setTimeout(test.info().timeout + PER_PAGE_KIND_MS);

        const shot = screenshots[finalKind];
        if (shot) await page.screenshot({ path: `test-results/screenshots/${shot}-${WIDE.width}.png`, fullPage: true });
        expect.soft(await severeViolations(page), `${finalPath} at ${WIDE.width} px (${role.label}): serious or critical axe violations`).toEqual([]);
        expect.soft(await frameworkDefaults(page), `${finalPath} (${role.label}): the framework's English default messages`).toEqual([]);

        await page.setViewportSize(NARROW);
        if (shot) await page.screenshot({ path: `test-results/screenshots/${shot}-${NARROW.width}.png`, fullPage: true });
        expect.soft(await severeViolations(page), `${finalPath} at ${NARROW.width} px (${role.label}): serious or critical axe violations`).toEqual([]);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect.soft(widths.scroll, `${finalPath} is ${widths.scroll}px wide in a ${NARROW.width}px window (${role.label})`).toBeLessThanOrEqual(NARROW.width + 1);
      }
      console.log(`${role.label}: ${visited} new page kinds checked (${checked.size} in all): ${[...checked].join(" ")}`);
      if (role.email === demo.admin) {
        // The sweep reached deep staff pages through links, not through a list.
        expect([...checked]).toEqual(expect.arrayContaining(['/admin/organisation/import', '/admin/users/{id}', '/admin/courses']));
      }
    });
  }
});
