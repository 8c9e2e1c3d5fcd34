import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { METHODOLOGIST, newContext, publishSmallCourse, registerConfirmedCitizen, uniqueSuffix } from './courses-support';
import { DEMO_PASSWORD, login } from './support';

const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

test('a learner completes a course and finds the certificate; a stranger verifies it on a phone; a methodologist revokes it', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const staffContext = await newContext(browser, baseURL);
  const staff = await staffContext.newPage();
  await login(staff, METHODOLOGIST, DEMO_PASSWORD);
  const title = `Сертифікований курс ${uniqueSuffix()}`;
  const { slug, runId, lessons } = await publishSmallCourse(staff, title, 5);

  const learnerContext = await newContext(browser, baseURL, { width: 360, height: 740 });
  const learner = await learnerContext.newPage();
  await registerConfirmedCitizen(learner, 'Ганна Ґудзь');
  await learner.goto(`/courses/${slug}`);
  await learner.getByRole('button', { name: 'Записатися' }).click();
  await expect(learner).toHaveURL(new RegExp(`/learn/${runId}/lessons/`));
  for (const lesson of lessons) {
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText(lesson);
    await learner.getByRole('button', { name: 'Позначити як пройдений' }).click();
    await expect(learner.getByText('✓ Урок пройдено')).toBeVisible();
    if (lesson === lessons[0]) await learner.getByRole('link', { name: 'Наступний →' }).click();
  }

  // The certificate is issued by the outbox worker a moment after the completion: reload until it is there.
  const card = learner.locator('#my-certificates li').filter({ hasText: title });
  await expect(async () => {
    await learner.goto('/my/certificates');
    await expect(card).toContainText(/№ ЛОУНБ-\d{4}-\d{6}/, { timeout: 1_000 });
  }).toPass();
  expect((await axe(learner)).violations).toEqual([]);
  const pdf = await learner.request.get((await card.getByRole('link', { name: /Завантажити PDF/ }).getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  // The Open Badges credential verifies with an independent library (jose) against the published key set, and a
  // credential with one changed byte does not.
  const jwtResponse = await learner.request.get((await card.getByRole('link', { name: /Open Badges/ }).getAttribute('href'))!);
  expect(jwtResponse.headers()['content-type']).toBe('application/vc+jwt');
  const token = (await jwtResponse.text()).trim();
  const { createLocalJWKSet, jwtVerify } = await import('jose');
  const keys = createLocalJWKSet(await (await learner.request.get('/ob/keys')).json());
  const issuer = `${baseURL}/ob/issuer`;
  const { payload, protectedHeader } = await jwtVerify(token, keys, { issuer, algorithms: ['RS256'] });
  expect(protectedHeader.alg).toBe('RS256');
  expect(payload.type).toEqual(['VerifiableCredential', 'AchievementCredential']);
  expect((payload.credentialSubject as { name: string }).name).toBe('Ганна Ґудзь');
  const [head, body, signature] = token.split('.');
  const flipped = `${head}.${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}.${signature}`;
  await expect(jwtVerify(flipped, keys, { issuer, algorithms: ['RS256'] })).rejects.toThrow();

  const verifyUrl = (await card.getByRole('link', { name: /Посилання для перевірки/ }).getAttribute('href'))!;
  const number = /№ (ЛОУНБ-\d{4}-\d{6})/.exec((await card.textContent())!)![1];

  // A stranger, not signed in, on a phone, opens the QR link.
  const strangerContext = await newContext(browser, baseURL, { width: 360, height: 740 });
  const stranger = await strangerContext.newPage();
  await stranger.goto(verifyUrl);
  await expect(stranger.locator('#check-result')).toHaveText('✓ Сертифікат дійсний');
  await expect(stranger.getByText('Ганна Ґудзь')).toBeVisible();
  await expect(stranger.getByText(title)).toBeVisible();
  expect((await axe(stranger)).violations).toEqual([]);
  // Or types the number.
  await stranger.goto('/verify');
  await stranger.getByLabel('Номер сертифіката').fill(number);
  await stranger.getByRole('button', { name: 'Перевірити', exact: true }).click();
  await expect(stranger.locator('#check-result')).toHaveText('✓ Сертифікат дійсний');
  await stranger.getByLabel('Номер сертифіката').fill('ЛОУНБ-2000-999999');
  await stranger.getByRole('button', { name: 'Перевірити', exact: true }).click();
  await expect(stranger.locator('#check-result')).toContainText('не знайдено');

  // The methodologist revokes it.
  await staff.goto(`/admin/certificates?q=${encodeURIComponent(number)}`);
  await staff.getByLabel(`Причина відкликання ${number}`).fill('Курс зараховано помилково');
  await staff.getByRole('button', { name: `Відкликати ${number}` }).click();
  await expect(staff.getByRole('status')).toContainText('Сертифікат відкликано');
  expect((await axe(staff)).violations).toEqual([]);

  await stranger.goto(verifyUrl);
  await expect(stranger.locator('#check-result')).toContainText('ВІДКЛИКАНО');
  await expect(stranger.locator('#check-result')).toContainText('Курс зараховано помилково');
  const revocations = await (await stranger.request.get('/ob/revocations')).json();
  expect(revocations.revokedCredentials.map((c: { id: string }) => c.id)).toContain(payload.jti);

  // The stranger uploads the credential file: the signature is good, the certificate revoked.
  await stranger.goto('/verify');
  await stranger.getByLabel(/файл облікового запису Open Badges/).setInputFiles({ name: 'certificate.jwt', mimeType: 'application/vc+jwt', buffer: Buffer.from(token) });
  await stranger.getByRole('button', { name: 'Перевірити файл' }).click();
  await expect(stranger.locator('#credential-result')).toContainText('Підпис дійсний, але сертифікат ВІДКЛИКАНО');
  expect((await axe(stranger)).violations).toEqual([]);

  // A template with an unknown placeholder is refused; a valid one is saved and previewed as a PDF.
  await staff.goto('/admin/certificates/templates/new');
  expect((await axe(staff)).violations).toEqual([]);
  await staff.getByLabel('Назва шаблону').fill(`Шаблон ${uniqueSuffix()}`);
  await staff.getByLabel('Текст сертифіката').fill('{ПІБ} завершила {курс}');
  await staff.getByRole('button', { name: 'Зберегти' }).click();
  await expect(staff.locator('#template-error')).toContainText('Невідомий заповнювач {курс}');
  await staff.getByLabel('Текст сертифіката').fill('успішно завершив(-ла) «{назва}», {години} год.');
  const preview = staff.waitForEvent('popup');
  await staff.getByRole('button', { name: 'Попередній перегляд' }).click();
  const previewPage = await preview;
  await previewPage.waitForLoadState();
  await previewPage.close();

  await strangerContext.close();
  await learnerContext.close();
  await staffContext.close();
});
