// Caregivers in a real browser (Debian's Chromium, headless) walk the whole
// IZP cycle: the nurse registers a child (a mistake is explained with the
// form still filled in) and creates the plan; the casemanager activates it,
// adds a goal and an agreement, amends the agreement, records an
// evaluation, closes the agreement and the goal, prints the plan for the
// family; the hoofdbehandelaar records a treatment limit (after a refused
// one) and opens the spoedoverzicht; the casemanager closes the plan.  Screenshots (and the printout as an A4 PDF)
// go to tests/browser/artifacts/; any error page fails the walk.
import { launch, check, results } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const base = process.env.IZP_URL;
const shots = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const browser = await launch();
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
  // Naming a casemanager gives access: only someone the family lets see the
  // child is offered, so the family's decision is recorded first.
  check('casemanager not offered before the family decides',
    !(await page.textContent('#f-casemanager_id')).includes('Mirjam Model'));
  const childPath = new URL(page.url()).pathname.replace(/\/izp\/nieuw$/, '');
  await page.goto(base + childPath + '/toegang');
  await page.selectOption('#f-team_id', { label: 'KCT Demostad' });
  await page.check('input[name=decided_by_kind][value=ouder]');
  await page.fill('#f-decided_by_name', 'Moeder van Browsertest');
  await page.click('button[type=submit]');
  check('the family\'s decision recorded', (await page.textContent('body')).includes('Moeder van Browsertest'));
  await page.goto(base + childPath + '/izp/nieuw');
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
  const planUrl = page.url();
  check('no error page while registering', !(await page.isVisible('.error-page')));

  // The casemanager takes it from here.
  const cm = await browser.newContext({
    httpCredentials: { username: 'casemanager', password: 'demo' },
    locale: 'nl-NL',
  });
  const p = await cm.newPage();
  p.on('console', m => {
    if (m.type() === 'error' && !m.text().includes('status of 400')) consoleErrors.push(m.text());
  });
  const errorPages = [];
  p.on('load', async () => {
    if (await p.isVisible('.error-page').catch(() => false)) errorPages.push(p.url());
  });
  const today = new Date().toISOString().slice(0, 10);
  const inDays = n => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
  await p.goto(planUrl);
  await p.click('text=IZP actueel maken');
  await p.waitForLoadState();
  check('plan activated', (await p.textContent('h1')).includes('Actueel'));

  await p.click('text=Doel toevoegen');
  await p.fill('#f-description', 'Browsertest kan thuis spelen zonder pijn');
  await p.selectOption('#f-dimension', 'lichamelijk');
  await p.fill('#f-serves', 'Wens: thuis zijn');
  await p.selectOption('#f-responsible_id', { label: 'Mirjam Model' });
  await p.click('button[type=submit]');
  await p.waitForURL(/\/izp\/\d+#doelen$/);
  check('goal on the overview', (await p.textContent('#doelen')).includes('thuis spelen zonder pijn'));

  await p.click('text=Afspraak toevoegen');
  await p.fill('#f-activity', 'Pijnmedicatie volgens schema, ouders geven de doses');
  await p.selectOption('#f-goal_id', { label: 'Browsertest kan thuis spelen zonder pijn' });
  await p.check('#f-party_parents');
  await p.check('#f-party_caregivers');
  await p.selectOption('#f-performer', 'ouders');
  await p.selectOption('#f-coordinator_id', { label: 'Mirjam Model' });
  await p.fill('#f-start_date', today);
  await p.fill('#f-evaluate_on', inDays(10));
  await p.click('button[type=submit]');
  await p.waitForURL(/#afspraken$/);
  check('agreement on the overview', (await p.textContent('#afspraken')).includes('ouders geven de doses'));

  await p.click('#afspraken >> text=Aanpassen');
  check('amend form filled with the current agreement',
        (await p.inputValue('#f-activity')).includes('ouders geven de doses'));
  await p.fill('#f-activity', 'Pijnmedicatie volgens schema; de thuiszorg geeft de nachtdosis');
  await p.fill('#f-change_reason', 'Ouders willen \'s nachts kunnen slapen');
  await p.click('button[type=submit]');
  await p.waitForURL(/#afspraken$/);
  const agreements = await p.textContent('#afspraken');
  check('amended version shown', agreements.includes('de thuiszorg geeft de nachtdosis'));
  check('amendment reason shown', agreements.includes('kunnen slapen'));

  await p.click('text=Evaluatie vastleggen');
  await p.fill('#f-participants', 'Moeder, vader, casemanager');
  await p.check('input[name=child_participated][value=nee]');
  await p.fill('#f-child_absent_reason', 'Noor was te moe');
  await p.fill('#f-summary', 'Pijn is goed onder controle; nachten zijn rustiger.');
  await p.fill('#f-next_on', inDays(28));
  await p.check('input[name^=outcome_][value=voortzetten]');
  await p.click('button[type=submit]');
  await p.waitForURL(/#evaluaties$/);
  check('evaluation on the overview', (await p.textContent('#evaluaties')).includes('Moeder, vader, casemanager'));
  await p.screenshot({ path: shots + 'plan.png', fullPage: true });
  await p.click('text=Afdruk voor kind en ouders');
  check('printout lists the current agreement',
        (await p.textContent('main')).includes('de thuiszorg geeft de nachtdosis'));
  await p.screenshot({ path: shots + 'printout-current.png', fullPage: true });
  await p.goto(planUrl);

  await p.click('#afspraken >> text=Afsluiten');
  await p.fill('#f-closed_on', today);
  await p.fill('#f-close_reason', 'Pijn onder controle zonder vaste medicatie');
  await p.click('button[type=submit]');
  await p.waitForURL(/#afspraken$/);
  check('agreement closed, kept collapsed', (await p.textContent('#afspraken')).includes('Afgesloten afspraken (1)'));

  await p.click('text=Doel afsluiten');
  await p.check('input[name=outcome][value=bereikt]');
  await p.fill('#f-closed_on', today);
  await p.fill('#f-close_comment', 'Speelt weer dagelijks in de woonkamer');
  await p.click('button[type=submit]');
  await p.waitForURL(/#doelen$/);
  check('goal closed, kept collapsed', (await p.textContent('#doelen')).includes('Afgesloten doelen (1)'));

  await p.click('text=Afdruk voor kind en ouders');
  await p.waitForLoadState();
  const printout = await p.textContent('main');
  check('printout for the family', printout.includes('Zorgplan van Browsertest'));
  check('printout has date and revision', printout.includes('Afgedrukt op') && printout.includes('Revisie'));
  await p.screenshot({ path: shots + 'printout.png', fullPage: true });
  await p.emulateMedia({ media: 'print' });
  await p.pdf({ path: shots + 'printout.pdf', format: 'A4', printBackground: true });
  await p.emulateMedia({ media: 'screen' });

  await p.goto(planUrl);
  await p.click('text=Geschiedenis en eerdere versies');
  check('history shows the amendment', (await p.textContent('main')).includes('kunnen slapen'));
  await p.screenshot({ path: shots + 'history.png', fullPage: true });

  // The hoofdbehandelaar records a treatment limit; the WGBO check first.
  const hb = await browser.newContext({
    httpCredentials: { username: 'kinderarts', password: 'demo' },
    locale: 'nl-NL',
  });
  const d = await hb.newPage();
  d.on('console', m => {
    if (m.type() === 'error' && !m.text().includes('status of 400')) consoleErrors.push(m.text());
  });
  await d.goto(planUrl);
  await d.click('text=Behandelgrens vastleggen');
  check('limit form explains the WGBO', (await d.textContent('main')).includes('Onder de 12 beslissen de ouders'));
  await d.selectOption('#f-treatment', '89666000');
  await d.check('input[name=decision][value=niet]');
  await d.fill('#f-discussed_on', today);
  await d.check('#f-party_child');
  await d.check('#f-party_caregiver');
  await d.click('button[type=submit]');
  check('a limit without the parents of a 9-year-old is refused',
        (await d.textContent('.error-summary')).includes('de ouders of de voogd moeten instemmen'));
  check('the typed treatment is kept', (await d.inputValue('#f-treatment')) === '89666000');
  await d.screenshot({ path: shots + 'limit-refused.png', fullPage: true });
  await d.check('#f-party_parents');
  await d.fill('#f-comment', 'Ouders en kind willen geen reanimatie.');
  await d.click('button[type=submit]');
  await d.waitForURL(/#behandelgrenzen$/);
  check('limit on the overview', (await d.textContent('#behandelgrenzen')).includes('NIET reanimeren'));
  await d.click('text=Spoedoverzicht');
  await d.waitForLoadState();
  check('spoedoverzicht shows NIET reanimeren first',
        (await d.textContent('.limit-headline')).trim() === 'NIET reanimeren');
  check('spoedoverzicht names the casemanager', (await d.textContent('main')).includes('Mirjam Model'));
  await d.screenshot({ path: shots + 'emergency.png', fullPage: true });
  check('no error page for the hoofdbehandelaar', !(await d.isVisible('.error-page')));
  await hb.close();

  // Before the plan ends the family withdraws the KCT team's access: only
  // the nurse who registered the child keeps following it.
  await page.goto(base + childPath + '/toegang');
  await page.click('tr:has-text("Team KCT Demostad") a:has-text("Intrekken")');
  await page.fill('#f-revoke_reason', 'De familie wil alleen de verpleegkundige houden');
  await page.click('button[type=submit]');
  check('the team\'s access withdrawn', (await page.textContent('main')).includes('De familie wil alleen de verpleegkundige houden'));
  await p.goto(planUrl);
  await p.click('a:has-text("IZP afsluiten")');
  await p.fill('#f-closed_on', today);
  await p.selectOption('#f-close_reason', 'niet_palliatief');
  await p.click('button[type=submit]');
  await p.waitForLoadState();
  // The casemanager saw the child by that role only: closed, it is the
  // family's grant (to the registering nurse) that decides.
  check('casemanager told the plan is closed and the child no longer shown',
        (await p.textContent('main')).includes('Het IZP is afgesloten. Een kind dat u alleen als'));
  check('casemanager start page lacks the child', !(await p.textContent('main')).includes('Browsertest'));
  await page.goto(planUrl);
  check('plan closed and read-only for the nurse the family allowed',
        (await page.textContent('main')).includes('Dit IZP is afgesloten op'));
  await page.screenshot({ path: shots + 'plan-closed.png', fullPage: true });
  check('no error page seen', errorPages.length === 0 && !(await page.isVisible('.error-page')));
  if (errorPages.length) console.error('error pages: ' + errorPages.join(' '));
  check('no console errors (CSP, missing files)', consoleErrors.length === 0);
  if (consoleErrors.length) console.error(consoleErrors.join('\n'));
} catch (e) {
  check('walk-through: ' + e.message, false);
} finally {
  await browser.close();
}
console.log(`browser: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
