import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addDemoCommission, download, pdfText, xlsxStrings } from './attestation-support';
import { expectNoHorizontalScroll, newContext, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, STRONG_PASSWORD, demo, login } from './support';

const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const DEMO_CAMPAIGN = 'Атестація бібліотечних працівників деокупованих громад Луганщини';
const LIBRARIAN = 'Савченко Тетяна Іванівна';

/** The demo campaign's interview day: sixteen days after the demo data was seeded (at the server's start). */
const interviewDay = () => new Date(Date.now() + 16 * 86_400_000).toISOString().slice(0, 10);

test('the secretary sets interview slots (an overlap is refused); the librarian sees the slot and the open test on the dashboard, also on a phone', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, baseURL);
  const secretary = await context.newPage();
  await login(secretary, 'mentor@lounb.demo', DEMO_PASSWORD);
  await secretary.goto('/my/attestation');
  await secretary.locator('#my-commissions').getByRole('link', { name: DEMO_CAMPAIGN }).click();
  await expect(secretary.getByRole('heading', { level: 2, name: 'Розклад співбесід' })).toBeVisible();

  const day = interviewDay();
  await secretary.getByLabel('Кандидат', { exact: true }).selectOption({ label: LIBRARIAN });
  await secretary.getByLabel('Дата й час (Київ)').fill(`${day}T10:00`);
  await secretary.getByRole('button', { name: 'Призначити' }).click();
  await expect(secretary.getByText('Співбесіду призначено.')).toBeVisible();
  await expect(secretary.locator('#timetable-slots tbody tr').filter({ hasText: LIBRARIAN })).toContainText('ЛОУНБ, відділ науково-методичної роботи');

  // Another candidate ten minutes later overlaps the librarian's interview: refused, nothing set.
  const other = (await secretary.locator('#slot-candidate option').filter({ hasNotText: LIBRARIAN }).first().textContent())!.trim();
  await secretary.getByLabel('Кандидат', { exact: true }).selectOption({ label: other });
  await secretary.getByLabel('Дата й час (Київ)').fill(`${day}T10:10`);
  await secretary.getByRole('button', { name: 'Призначити' }).click();
  await expect(secretary.getByText(`Цей час перетинається зі співбесідою кандидата ${LIBRARIAN}`)).toBeVisible();
  await expect(secretary.locator('#timetable-slots tbody tr').filter({ hasText: other })).toHaveCount(0);

  await secretary.getByLabel('Кандидат', { exact: true }).selectOption({ label: other });
  await secretary.getByLabel('Дата й час (Київ)').fill(`${day}T10:30`);
  await secretary.getByLabel('Місце або посилання', { exact: true }).last().fill('https://meet.example.org/atestatsiia');
  await secretary.getByRole('button', { name: 'Призначити' }).click();
  await expect(secretary.locator('#timetable-slots tbody tr')).toHaveCount(2);
  expect((await axe(secretary)).violations).toEqual([]);
  await context.close();

  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    const phoneOrDesk = await newContext(browser, baseURL, viewport);
    const librarian = await phoneOrDesk.newPage();
    await login(librarian, 'bibliotekar@lounb.demo', DEMO_PASSWORD);
    await librarian.goto('/dashboard');
    const section = librarian.locator('#my-attestation');
    await expect(section).toContainText('Атестація: тест відкрито до');
    await expect(section.getByRole('link', { name: /Скласти тест/ })).toHaveAttribute('href', /\/my\/attestation\/[0-9a-f-]+\/test$/);
    await expect(section).toContainText('Співбесіда:');
    expect((await axe(librarian)).violations).toEqual([]);

    await section.getByRole('link', { name: 'Моя атестація' }).click();
    await expect(librarian.locator('.interview-slot')).toContainText('ЛОУНБ, відділ науково-методичної роботи');
    await expect(librarian.getByText('meet.example.org')).toHaveCount(0);
    expect((await axe(librarian)).violations).toEqual([]);
    const scroll = await librarian.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await phoneOrDesk.close();
  }
});

const DEMO_QUIZ = 'Медіаграмотність і кібергігієна: підсумковий тест';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('the whole path: 20 candidates imported, one takes the test and the questionnaire, the secretary records the interview and the votes, the candidate sees the decision; the sheet and the protocol', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  // The candidate: a citizen with a confirmed account (the CSV links the candidacy by e-mail).
  const candidateContext = await newContext(browser, baseURL);
  const candidate = await candidateContext.newPage();
  const email = await registerConfirmedCitizen(candidate, 'Оксана Гребенюк');
  const fullName = 'Гребенюк Оксана Петрівна';

  // The methodologist creates the campaign, names the commission, imports 20 candidates and adds the questionnaire.
  const staff = await newContext(browser, baseURL);
  const methodologist = await staff.newPage();
  await login(methodologist, demo.methodologistLuhansk, DEMO_PASSWORD);
  const name = `Атестація працівників Сєвєродонецької громади ${uniqueSuffix()}`;
  await methodologist.goto('/admin/attestation/new');
  await methodologist.getByLabel('Назва').fill(name);
  await methodologist.getByLabel('Номер наказу').fill('77-ОД');
  await methodologist.getByLabel('Дата наказу').fill(day(-10));
  await methodologist.getByLabel('Область').selectOption({ label: 'Луганська область' });
  const quiz = methodologist.getByLabel('Тест', { exact: true });
  await quiz.selectOption(await quiz.locator('option').filter({ hasText: DEMO_QUIZ }).first().getAttribute('value'));
  await methodologist.getByLabel('Відкрито з').fill(day(-1));
  await methodologist.getByLabel('до (включно)').fill(day(10));
  await methodologist.getByRole('button', { name: 'Створити кампанію' }).click();
  await expect(methodologist.getByRole('heading', { level: 1 })).toHaveText(name);
  const campaignUrl = new URL(methodologist.url()).pathname;
  await addDemoCommission(methodologist);
  const others = ['Ткаченко', 'Мельник', 'Кравчук', 'Бойко', 'Коваль', 'Лисенко', 'Мороз', 'Руденко', 'Савчук', 'Гнатюк',
    'Захарченко', 'Остапенко', 'Пономаренко', 'Романюк', 'Тарасенко', 'Федорук', 'Юрченко', 'Яременко', 'Ярошенко'];
  const lines = [`Гребенюк;Оксана;Петрівна;бібліотекарка;Сєвєродонецька міська публічна бібліотека;${email}`,
    ...others.map((surname, i) => `${surname};Ірина;Василівна;бібліотекарка;Біловодська публічна бібліотека;kandydat${i}.${uniqueSuffix()}@example.org`)];
  await methodologist.getByLabel('Файл CSV').setInputFiles({
    name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(`Прізвище;Ім'я;По батькові;Посада;Бібліотека;Ел. пошта\n${lines.join('\n')}\n`),
  });
  await methodologist.getByRole('button', { name: 'Імпортувати' }).click();
  await expect(methodologist.getByText('Імпортовано кандидатів: 20.')).toBeVisible();
  await methodologist.getByRole('button', { name: 'Додати анкету самооцінювання' }).click();
  await expect(methodologist.locator('#campaign-questionnaire')).toContainText('Анкета самооцінювання бібліотечного працівника');
  await methodologist.getByRole('button', { name: 'Розпочати кампанію' }).click();
  await expect(methodologist.locator('#campaign-status')).toHaveText('Триває');

  // The candidate takes the test (the demo quiz, graded at once) ...
  await candidate.goto('/my/attestation');
  const card = candidate.locator('section.my-attestation').filter({ hasText: name });
  await card.getByRole('link', { name: 'Скласти тест' }).click();
  await candidate.getByRole('button', { name: 'Почати тест' }).click();
  await expect(candidate).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(candidate.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  await candidate.getByRole('button', { name: 'Завершити спробу' }).click();
  await candidate.getByRole('button', { name: 'Так, завершити' }).click();
  await expect(candidate).toHaveURL(/\/review$/);

  // ... and the questionnaire: no marks, no pass mark, answers saved as typed.
  await candidate.goto('/my/attestation');
  await card.getByRole('link', { name: 'Заповнити анкету самооцінювання' }).click();
  await expect(candidate.getByText('немає: це анкета, правильних відповідей у ній немає')).toBeVisible();
  await expect(candidate.getByText('Прохідний бал')).toHaveCount(0);
  expect((await axe(candidate)).violations).toEqual([]);
  await candidate.getByRole('button', { name: 'Заповнити анкету' }).click();
  await expect(candidate).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attempt = new URL(candidate.url()).pathname.split('/').pop()!;
  const motivation = 'Хочу, щоб у нашій громаді знову звучала українська книжка.';
  await candidate.locator('#q1-input').fill(motivation);
  await candidate.locator('#q2-s4').check();
  await candidate.locator('#q7-input').fill('Курс з медіаграмотності для дорослих читачів');
  await expect.poll(async () => JSON.stringify(await (await candidate.request.get(`/api/attempts/${attempt}/answers`)).json())).toContain('медіаграмотності для дорослих');
  expect((await axe(candidate)).violations).toEqual([]);
  await candidate.getByRole('button', { name: 'Завершити спробу' }).click();
  await candidate.getByRole('button', { name: 'Так, завершити' }).click();
  await expect(candidate).toHaveURL(/\/review$/);
  await expect(candidate.getByText('Бали')).toHaveCount(0);
  await expect(candidate.getByText(motivation)).toBeVisible();
  expect((await axe(candidate)).violations).toEqual([]);
  await candidateContext.close();

  // The secretary sees the test taken and the questionnaire filled (the events arrive through the outbox).
  const secretaryContext = await newContext(browser, baseURL);
  const secretary = await secretaryContext.newPage();
  await login(secretary, 'mentor@lounb.demo', DEMO_PASSWORD);
  await secretary.goto(campaignUrl);
  await secretary.locator('#candidates').getByRole('link', { name: fullName }).click();
  const candidateUrl = new URL(secretary.url()).pathname;
  await expect.poll(async () => {
    await secretary.goto(candidateUrl);
    return (await secretary.locator('#candidate-step').textContent()) + ' ' + (await secretary.locator('#candidate-questionnaire').textContent());
  }, { timeout: 30_000 }).toMatch(/Тест складено.*Анкета самооцінювання/);
  await secretary.getByRole('link', { name: 'Анкета самооцінювання' }).click();
  await expect(secretary.locator('#questionnaire-answers')).toContainText(motivation);
  await expect(secretary.locator('#questionnaire-answers')).toContainText('4 — добре');
  expect((await axe(secretary)).violations).toEqual([]);
  await secretary.goto(candidateUrl);

  await secretary.getByLabel("Що з'ясовано на співбесіді").fill('Знає Закон «Про бібліотеки і бібліотечну справу»; готова працювати в громаді.');
  await secretary.getByRole('button', { name: 'Записати співбесіду' }).click();
  await expect(secretary.locator('#candidate-step')).toHaveText('Співбесіду проведено');
  const rows = secretary.locator('#decision-form tbody tr');
  for (let i = 0; i < 5; i++) {
    await rows.nth(i).getByRole('checkbox').check();
    await rows.nth(i).getByRole('combobox').selectOption({ label: i < 4 ? 'Відповідає займаній посаді' : 'Не відповідає займаній посаді' });
  }
  await secretary.getByRole('button', { name: 'Підрахувати голоси й ухвалити рішення' }).click();
  await expect(secretary.getByText('Рішення ухвалено: «Відповідає займаній посаді».')).toBeVisible();
  await secretary.getByRole('button', { name: 'Повідомити кандидата' }).click();
  await expect(secretary.locator('#candidate-step')).toHaveText('Повідомлено');

  const sheet = pdfText(await download(secretary, 'Атестаційний лист (PDF)'));
  expect(sheet).toContain(fullName);
  expect(sheet).toContain('«Відповідає займаній посаді»');
  await secretary.goto(campaignUrl);
  const everyone = (await secretary.locator('#candidates tbody tr td:first-child a').allTextContents()).map((n) => n.trim());
  expect(everyone).toHaveLength(20);
  const protocol = xlsxStrings(await download(secretary, 'Excel'));
  for (const person of everyone) {
    expect(protocol, `the protocol lists ${person}`).toContain(person);
  }
  await secretaryContext.close();

  // The decision reaches the candidate; on a phone too, and the commission's reading of the answers on a phone.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    const context = await newContext(browser, baseURL, viewport);
    const page = await context.newPage();
    await login(page, email, STRONG_PASSWORD);
    await page.goto('/my/attestation');
    const mine = page.locator('section.my-attestation').filter({ hasText: name });
    await expect(mine.locator('.decision')).toContainText('«Відповідає займаній посаді»');
    await expect(mine.locator('.questionnaire-filled')).toBeVisible();
    expect((await axe(page)).violations).toEqual([]);
    await page.goto(`/attempts/${attempt}/review`);
    expect((await axe(page)).violations).toEqual([]);
    await expectNoHorizontalScroll(page, 'the questionnaire review');
    await context.close();

    const commission = await newContext(browser, baseURL, viewport);
    const member = await commission.newPage();
    await login(member, 'trener@lounb.demo', DEMO_PASSWORD);
    await member.goto(`${candidateUrl}/questionnaire`);
    await expect(member.locator('#questionnaire-answers')).toContainText(motivation);
    expect((await axe(member)).violations).toEqual([]);
    await expectNoHorizontalScroll(member, 'the questionnaire answers');
    await commission.close();
  }
});
