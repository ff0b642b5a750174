// A parent's visit at the family's door (issue 14), on a phone-sized
// window: the start page, the plan in plain Dutch, the spoedoverzicht to
// show the ambulance, who may see the plan (a team let in and out again
// through the forms, a form error kept), and who looked.  Nothing may be
// wider than the phone.  Screenshots: artifacts/family-*.png.
import { launch, check, results } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const base = process.env.IZP_FAMILY_URL;
const shots = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const browser = await launch();
try {
  const context = await browser.newContext({
    httpCredentials: { username: 'ouder-sem', password: 'demo' }, locale: 'nl-NL',
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const page = await context.newPage();
  const fits = async what => check(`${what}: nothing wider than the phone`,
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));

  await page.goto(base + '/');
  check('the start page names the child', (await page.locator('main').textContent()).includes('Sem Proefpersoon'));
  check('... greets the mother by name', (await page.locator('header .who').textContent()).includes('Anja'));
  check('... no caregiver menu', await page.locator('text=Werklijsten').count() === 0);
  await fits('start page');
  await page.screenshot({ path: shots + 'family-start.png', fullPage: true });

  await Promise.all([page.waitForURL(/\/kind\/\d+$/), page.click('text=Bekijk het zorgplan')]);
  check('the plan in plain Dutch', (await page.locator('main h1').textContent()).includes('Zorgplan van Sem'));
  check('... the limits as agreed', (await page.locator('main').textContent()).includes('Reanimatie: niet doen'));
  await fits('plan');
  await page.screenshot({ path: shots + 'family-plan.png', fullPage: true });

  await Promise.all([page.waitForURL(/\/spoed$/), page.click('main a.emergency-link')]);
  check('the spoedoverzicht', (await page.locator('main').textContent()).includes('NIET reanimeren'));
  await fits('spoedoverzicht');
  await page.screenshot({ path: shots + 'family-spoed.png', fullPage: true });

  await Promise.all([page.waitForURL(/\/kind\/\d+$/), page.click('text=Het hele zorgplan')]);
  await Promise.all([page.waitForURL(/\/toegang$/), page.click('text=Wie mag het zorgplan zien?')]);
  check('who may see the plan', (await page.locator('main h1').textContent()).includes('Wie mag het zorgplan'));
  await fits('access page');
  // A form error: both a caregiver and a team; the choice is kept.
  const grant = page.locator('form').filter({ has: page.locator('select[name="team_id"]') });
  await grant.locator('select[name="team_id"]').selectOption({ label: 'KCT Elders' });
  await grant.locator('select[name="user_id"]').selectOption({ index: 1 });
  await Promise.all([page.waitForLoadState('load'), grant.locator('button[type="submit"]').click()]);
  check('both at once: said in Dutch', (await page.locator('main').textContent()).includes('Kies één zorgverlener óf één team.'));
  check('... the team choice kept', await page.locator('select[name="team_id"] option:checked').textContent() === 'KCT Elders');
  await page.screenshot({ path: shots + 'family-access-error.png', fullPage: true });
  await page.locator('select[name="user_id"]').selectOption({ index: 0 });
  await Promise.all([page.waitForURL(/\/toegang$/), page.locator('form').filter({ has: page.locator('select[name="team_id"]') }).locator('button[type="submit"]').click()]);
  const granted = page.locator('table.grants tr', { hasText: 'Team KCT Elders' });
  check('the mother let a team in', await granted.count() >= 1);
  check('... as her decision, from here', (await granted.first().textContent()).includes('via de gezinstoegang'));
  await page.screenshot({ path: shots + 'family-access.png', fullPage: true });
  const revoke = page.locator('form').filter({ has: page.locator('select[name="grant_id"]') });
  await revoke.locator('select[name="grant_id"]').selectOption({ label: 'KCT Elders' });
  await revoke.locator('textarea[name="revoke_reason"]').fill('Alleen ons eigen team');
  await Promise.all([page.waitForURL(/\/toegang$/), revoke.locator('button[type="submit"]').click()]);
  check('... and out again', (await page.locator('main').textContent()).includes('Niet meer'));

  await page.goto(base + '/');
  await Promise.all([page.waitForURL(/\/wie-keek$/), page.click('text=Wie heeft het zorgplan bekeken?')]);
  check('who looked', await page.locator('table.audit tbody tr').count() > 0);
  await fits('who looked');
  await page.screenshot({ path: shots + 'family-log.png', fullPage: true });
} catch (e) {
  check('family walk-through: ' + e.message, false);
} finally {
  await browser.close();
}
console.log(`family: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
