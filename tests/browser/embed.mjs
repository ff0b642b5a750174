// The IZP embedded in a legacy intranet portal (issue 13): tests/browser/
// portal.html, served from an origin the IZP lets frame it (its CSP
// frame-ancestors), shows the plan overview and the spoedoverzicht as
// fragments (?weergave=fragment: no page chrome); a link in a fragment
// opens the IZP in the whole window.  The same page from another origin
// gets nothing of the IZP in its frames.  Screenshot: artifacts/embed.png.
import { launch, check, results } from './chromium.mjs';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync } from 'node:fs';

const base = process.env.IZP_URL;	// with the site's base path, if any
const basePath = process.env.IZP_BASE_PATH || '';
const allowedPort = Number(process.env.IZP_PORTAL_PORT);
const foreignPort = Number(process.env.IZP_FOREIGN_PORT);
const plan = process.env.IZP_EMBED_PLAN || '2', child = process.env.IZP_EMBED_CHILD || '4';
const shots = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const html = readFileSync(new URL('./portal.html', import.meta.url));
const serve = port => new Promise(resolve => {
  const s = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  s.listen(port, '127.0.0.1', () => resolve(s));
});
const servers = [await serve(allowedPort), await serve(foreignPort)];
const portalUrl = port => `http://127.0.0.1:${port}/?izp=${encodeURIComponent(base)}&plan=${plan}&child=${child}`;
const frameText = async f => { try { return await f.evaluate(() => document.body.innerText); } catch { return ''; } };

const browser = await launch();
try {
  const context = await browser.newContext({
    httpCredentials: { username: 'kinderarts2', password: 'demo' }, locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(portalUrl(allowedPort));
  const overview = page.frameLocator('#overview'), spoed = page.frameLocator('#spoed');
  await overview.locator('main h1').waitFor({ timeout: 15000 });
  await spoed.locator('main h1').waitFor({ timeout: 15000 });
  check('the overview in the portal', (await overview.locator('main h1').textContent()).includes('IZP van Sem'));
  check('the spoedoverzicht in the portal', (await spoed.locator('main h1').textContent()).includes('Sem Proefpersoon') &&
    await spoed.locator('main .limits, main section').count() > 0);
  check('fragments without the IZP chrome', await overview.locator('header.top').count() === 0 &&
    await spoed.locator('header.top').count() === 0);
  check('fragments styled (the IZP stylesheet loaded)', await overview.locator('main h1').evaluate(
    h => getComputedStyle(h).fontFamily !== '' && document.styleSheets.length > 0));
  await page.screenshot({ path: shots + 'embed.png', fullPage: true });

  // A link within the page (its table of contents) stays in the frame.
  await overview.locator('a[href="#behandelgrenzen"]').click();
  await page.waitForTimeout(500);
  check('a link within a fragment stays in the portal', page.url().startsWith(`http://127.0.0.1:${allowedPort}/`) &&
    (await overview.locator('main h1').textContent()).includes('IZP van Sem'));

  // A link in a fragment opens the IZP page in the whole window.
  const link = overview.locator(`main a[href^="${basePath}/izp/"]`).first();
  await Promise.all([page.waitForURL(u => u.href.startsWith(base), { timeout: 15000 }), link.click()]);
  check('a link in a fragment opens the IZP in the whole window', page.url().startsWith(base));
  check('... as a whole page, chrome included', await page.locator('header.top').count() === 1);

  // Another origin may not frame the IZP.
  const other = await context.newPage();
  await other.goto(portalUrl(foreignPort));
  await other.waitForTimeout(2000);
  const texts = await Promise.all(other.frames().filter(f => f !== other.mainFrame()).map(frameText));
  check('a portal the IZP does not allow shows nothing of it', texts.length === 2 &&
    texts.every(t => !t.includes('Sem') && !t.includes('Spoedoverzicht')));
  await other.screenshot({ path: shots + 'embed-refused.png', fullPage: true });
} catch (e) {
  check('embedding: ' + e.message, false);
} finally {
  await browser.close();
  servers.forEach(s => s.close());
}
console.log(`embed: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
