import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_COURSE, ensureEnrolledInDemoCourse } from './courses-support';
import { DEMO_PASSWORD, demo, login } from './support';

interface Target {
  name: string;
  path: string;
  /** Run after signing in, before the page is opened: sets up data and may return the path to open instead of path. */
  prepare?: (page: Page) => Promise<string | void>;
  /** Demo account to sign in as first, if the page needs one. */
  as?: string;
  heading: RegExp;
  /** File name stem under test-results/screenshots/, if this page is photographed. */
  screenshot?: string;
}

const targets: Target[] = [
  { name: 'home', path: '/', heading: /^Навчайтеся разом/, screenshot: 'home' },
  { name: 'login', path: '/account/login', heading: /^Вхід$/ },
  { name: 'register', path: '/account/register', heading: /^Реєстрація$/, screenshot: 'register' },
  { name: 'dashboard (signed in)', path: '/dashboard', as: demo.methodologistLuhansk, heading: /^Вітаємо, Наталія Бондар!$/, screenshot: 'dashboard' },
  { name: 'admin users (methodologist)', path: '/admin/users', as: demo.methodologistLuhansk, heading: /^Люди$/, screenshot: 'users' },
  { name: 'course catalog', path: '/courses', heading: /^Курси$/, screenshot: 'courses' },
  { name: 'course page', path: `/courses/${DEMO_COURSE.slug}`, heading: new RegExp(`^${DEMO_COURSE.title}$`), screenshot: 'course' },
  {
    name: 'lesson page (learner)', path: '/learn/{run}', as: demo.learner, heading: new RegExp(`^${DEMO_COURSE.firstLesson}$`), screenshot: 'lesson',
    // The player redirects to the lesson where the learner stopped; the demo learner never moves past the first one.
    prepare: ensureEnrolledInDemoCourse,
  },
  { name: 'my learning (learner)', path: '/learning', as: demo.learner, heading: /^Моє навчання$/, screenshot: 'learning', prepare: async (page) => { await ensureEnrolledInDemoCourse(page); } },
  { name: 'staff courses (methodologist)', path: '/admin/courses', as: demo.methodologist, heading: /^Курси й набори$/, screenshot: 'admin-courses' },
  { name: 'mail and event queues (administrator)', path: '/admin/queues', as: demo.admin, heading: /^Черги листів і подій$/, screenshot: 'admin-queues' },
];

const viewports = [
  { label: 'desktop 1280×800', width: 1280, height: 800 },
  { label: 'phone 360×740', width: 360, height: 740 },
];

const SEVERE = new Set(['serious', 'critical']);

async function severeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => SEVERE.has(v.impact ?? ''))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`) }));
}

for (const viewport of viewports) {
  test.describe(`Accessibility at ${viewport.label}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const target of targets) {
      test(`${target.name} (${target.path}) has no serious or critical WCAG 2.1 AA violation${viewport.width === 360 ? ' and no horizontal scroll' : ''}`, async ({ page }) => {
        if (target.as) {
          await login(page, target.as, DEMO_PASSWORD);
        }
        const path = (await target.prepare?.(page)) || target.path;
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading);

        if (target.screenshot) {
          await page.screenshot({ path: `test-results/screenshots/${target.screenshot}-${viewport.width}.png`, fullPage: true });
        }

        // Soft, so that at 360 px the horizontal-scroll check below still runs and reports too.
        expect.soft(await severeViolations(page), 'serious or critical axe violations').toEqual([]);

        if (viewport.width === 360) {
          const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          expect(widths.scroll, `page is ${widths.scroll}px wide in a ${viewport.width}px window`).toBeLessThanOrEqual(viewport.width + 1);
        }
      });
    }
  });
}
