// Drives graph.html in headless Chromium as an analyst would and prints what the page showed, as JSON.
// node drive-view.mjs PLAN.json  — PLAN: { html, screenshot, search: [queries], edge: {source, target, type},
//                                          filters: true|false, dateTo: "YYYY-MM-DD" }
// Every request to a host other than 127.0.0.1 is refused and recorded, so a page that needed the network fails.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const profile = mkdtempSync(join(tmpdir(), 'kg-view-chromium-'));
const result = { requests: [], refused: [], errors: [], searches: [] };

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1500, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    result.requests.push(url.href.slice(0, 200));
    if (url.protocol === 'file:' || url.hostname === '127.0.0.1') return route.continue();
    result.refused.push(url.href.slice(0, 200));
    return route.abort();
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => result.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') result.errors.push(m.text()); });
  await page.goto(pathToFileURL(plan.html).href);
  await page.waitForFunction(() => window.kgView && window.kgView.cy.nodes().length > 0, null, { timeout: 60000 });
  result.title = await page.title();
  result.counts = await page.textContent('#counts');
  result.notice = await page.textContent('#notice');
  result.legend = await page.textContent('#legend');
  result.visibleNodes = await page.evaluate(() => window.kgView.cy.nodes().not('.hidden').length);

  for (const query of plan.search || []) {
    await page.fill('#search', query);
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => !window.kgView.cy.animated(), null, { timeout: 10000 });
    result.searches.push({
      query,
      heading: await page.textContent('#details h2').catch(() => null),
      selected: await page.evaluate(() => window.kgView.cy.nodes(':selected').map((n) => n.id())),
      message: await page.textContent('#search-result'),
    });
  }

  if (plan.edge) {
    const { source, target, type } = plan.edge;
    // Real clicks on the drawn edge, as an analyst would: at points along its curve (source end → middle → target
    // end, on the canvas) that no node covers, until the page shows that relation. A miss changes the view, so before
    // each try the last search is run again; an edge out of view has its actors fitted into the window first.
    const points = () => page.evaluate(({ source, target, type }) => {
      const cy = window.kgView.cy;
      const edge = cy.edges().filter((e) => e.data('source') === source && e.data('target') === target && e.data('type') === type)[0];
      if (!edge) return null;
      const inside = (p) => p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
      if (!inside(edge.renderedMidpoint())) cy.fit(edge.connectedNodes(), 200);
      const [a, m, b] = [edge.renderedSourceEndpoint(), edge.renderedMidpoint(), edge.renderedTargetEndpoint()];
      const along = (t) => (t < 0.5
        ? { x: a.x + (m.x - a.x) * 2 * t, y: a.y + (m.y - a.y) * 2 * t }
        : { x: m.x + (b.x - m.x) * (2 * t - 1), y: m.y + (b.y - m.y) * (2 * t - 1) });
      const boxes = cy.nodes().not('.hidden').map((n) => n.renderedBoundingBox({ includeLabels: true }));
      const free = (p) => !boxes.some((bb) => p.x >= bb.x1 - 3 && p.x <= bb.x2 + 3 && p.y >= bb.y1 - 3 && p.y <= bb.y2 + 3);
      const box = cy.container().getBoundingClientRect();
      return [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8].map(along).filter((p) => inside(p) && free(p))
        .map((p) => ({ x: box.left + p.x, y: box.top + p.y }));
    }, { source, target, type });
    const wanted = async () => page.evaluate(({ source, target, type }) => {
      const selected = window.kgView.cy.edges(':selected')[0];
      return !!selected && selected.data('source') === source && selected.data('target') === target && selected.data('type') === type;
    }, { source, target, type });
    const settled = () => page.waitForFunction(() => !window.kgView.cy.animated(), null, { timeout: 10000 });
    result.clicks = 0;
    const first = await points();
    const point = first && first.length ? first[0] : null;
    for (let attempt = 0; first && attempt < first.length; attempt++) {
      if (attempt > 0 && (plan.search || []).length) {
        await page.fill('#search', plan.search[plan.search.length - 1]);
        await page.press('#search', 'Enter');
        await settled();
      }
      const now = await points();
      if (!now || now.length <= attempt) break;
      result.clicks++;
      await page.mouse.click(now[attempt].x, now[attempt].y);
      await settled();
      if (await wanted()) break;
    }
    result.edgeFound = point !== null;
    result.edgeSelected = await wanted();
    if (point) {
      await page.waitForSelector('#details .type', { timeout: 5000 }).catch(() => null);
      result.edgeHeading = await page.textContent('#details h2').catch(() => null);
      result.edgeType = await page.textContent('#details .type').catch(() => null);
      result.sentences = await page.$$eval('#details .sentence', (ps) => ps.map((p) => ({
        text: p.textContent, direction: getComputedStyle(p).direction, lang: p.lang, marked: [...p.querySelectorAll('mark')].map((m) => m.textContent),
      })));
      result.articles = await page.$$eval('#details .article', (ds) => ds.map((d) => d.textContent));
    }
  }
  if (plan.screenshot) await page.screenshot({ path: plan.screenshot });

  if (plan.filters) {
    const count = () => page.evaluate(() => ({
      edges: window.kgView.cy.edges().not('.hidden').length,
      conflict: window.kgView.cy.edges('[polarity = "conflict"]').not('.hidden').length,
      cooperation: window.kgView.cy.edges('[polarity = "cooperation"]').not('.hidden').length,
    }));
    result.filters = { all: await count() };
    await page.uncheck('input.polarity[value="conflict"]');
    result.filters.withoutConflict = await count();
    await page.check('input.polarity[value="conflict"]');
    await page.click('#types-none');
    result.filters.noTypes = await count();
    await page.click('#types-all');
    const firstType = await page.getAttribute('input.type >> nth=0', 'value');
    await page.click('#types-none');
    await page.check(`input.type[value="${firstType}"]`);
    result.filters.oneType = { type: firstType, ...(await count()) };
    await page.click('#types-all');
    if (plan.dateTo) {
      await page.fill('#date-to', plan.dateTo);
      await page.dispatchEvent('#date-to', 'change');
      result.filters.until = { to: plan.dateTo, ...(await count()) };
      await page.uncheck('#undated');
      result.filters.untilDatedOnly = { to: plan.dateTo, ...(await count()) };
    }
  }
} catch (e) {
  result.errors.push('driver: ' + (e && e.stack ? e.stack : String(e)));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
