// A caregiver in a real browser (Debian's Chromium, headless): registers a
// child, makes a mistake and sees it explained with the form still filled
// in, corrects it, creates the IZP and sees the overview.  Saves screenshots
// in tests/browser/artifacts/ and fails on any error page.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.env.IZP_URL;
const shots = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
let passed = 0, failed = 0;
const check = (what, ok) => { if (ok) passed++; else { failed++; console.error(`FAIL ${what}`); } };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({
    httpCredentials: { username: 'verpleegkundige', password: 'demo' },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  const consoleErrors = [];
  // The deliberate 400 of the refused form is logged by Chromium; not an error here.
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().includes('status of 400')) consoleErrors.push(m.text());
  });

  await page.goto(base + '/');
  check('start page title', (await page.title()).startsWith('Kinderen'));
  await page.screenshot({ path: shots + 'start.png', fullPage: true });

  await page.click('text=Kind registreren');
  await page.fill('#f-given_name', 'Browsertest');
  await page.fill('#f-family_name', 'Kind (fictief)');
  await page.fill('#f-birth_date', '2017-03-14');
  await page.fill('#f-diagnosis', 'Testdiagnose uit de browser');
  await page.fill('#f-diagnosis_date', '2099-01-01');   // in the future: refused
  await page.fill('#f-bsn', '123456789');               // fails the 11-test
  await page.click('button[type=submit]');
  check('mistakes explained', await page.isVisible('.error-summary'));
  check('BSN message', (await page.textContent('body')).includes('elfproef'));
  check('typed name kept', (await page.inputValue('#f-given_name')) === 'Browsertest');
  await page.screenshot({ path: shots + 'register-errors.png', fullPage: true });

  await page.fill('#f-diagnosis_date', '2026-09-01');
  await page.fill('#f-bsn', '');
  await page.click('button[type=submit]');
  check('registered notice', (await page.textContent('body')).includes('Het kind is geregistreerd'));
  await page.selectOption('#f-hoofdbehandelaar_id', { label: 'dr. Pieter Proef' });
  await page.selectOption('#f-casemanager_id', { label: 'Mirjam Model' });
  await page.check('input[name=child_participated][value=ja]');
  await page.fill('#f-parents_present', 'Moeder en vader');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/izp\/\d+$/);
  const body = await page.textContent('body');
  check('plan overview', body.includes('IZP van Browsertest Kind (fictief)'));
  check('plan is concept', body.includes('Concept'));
  check('hoofdbehandelaar shown', body.includes('dr. Pieter Proef'));
  await page.click('text=Doel toevoegen');
  await page.fill('#f-description', 'Browsertest kan thuis spelen zonder pijn');
  await page.selectOption('#f-dimension', 'lichamelijk');
  await page.fill('#f-serves', 'Wens: thuis zijn');
  await page.selectOption('#f-responsible_id', { label: 'Mirjam Model' });
  await page.click('button[type=submit]');
  await page.waitForURL(/\/izp\/\d+#doelen$/);
  check('goal on the overview', (await page.textContent('#doelen')).includes('thuis spelen zonder pijn'));
  await page.screenshot({ path: shots + 'plan.png', fullPage: true });
  check('no error page seen', !(await page.isVisible('.error-page')));
  check('no console errors (CSP, missing files)', consoleErrors.length === 0);
  if (consoleErrors.length) console.error(consoleErrors.join('\n'));
} catch (e) {
  failed++;
  console.error('FAIL walk-through:', e.message);
} finally {
  await browser.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
