// Drives the Neo4j Browser that a Neo4j server serves over HTTP, in headless Chromium, as an analyst would: open
// it, meet the Bolt failure of a server without Bolt, switch the Browser to HTTP (:config useBolt: false), connect,
// apply the style (:style with the grass text), run each saved query, and report what each frame shows: the nodes
// and relationships drawn (captions, colours, labels, types), the rows of a table, an error, and for a drawing with
// evidence events the inspector text of one event after clicking it. A screenshot of every frame goes to --out.
// Every request to a host other than 127.0.0.1 is refused (and listed in the report).
//
//   NEO4J_PASSWORD=... node neo4j-browser-check.mjs --uri http://127.0.0.1:7474 --user neo4j \
//     --style ../graph-schema/neo4j/style.grass --queries queries.json --out shots/ [--chromium /usr/bin/chromium]
//
// queries.json: [{"name": ..., "view": "graph"|"table", "text": ...}]. Prints one JSON report on stdout; exits 1
// when the Browser could not be driven at all (the report says why), 0 otherwise: judging the report is the caller's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const uri = args.uri;
const user = args.user ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? '';
const out = args.out;
const queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
const grass = fs.readFileSync(args.style, 'utf8');
fs.mkdirSync(out, { recursive: true });

const report = { refused: [], console: [], bolt: null, connected: false, queries: [] };
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-browser-profile-'));
const allowed = (url) => {
  try { return new URL(url).hostname === '127.0.0.1'; } catch { return false; }
};

const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
  locale: 'en-GB',
});

try {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    report.refused.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(() => true, (ws) => {
    if (allowed(ws.url())) return ws.connectToServer();
    report.refused.push(ws.url());
    return ws.close({ code: 1008, reason: 'refused: not 127.0.0.1' });
  });

  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') report.console.push(m.text().slice(0, 300)); });
  page.on('dialog', (d) => d.dismiss());

  await page.goto(`${uri}/browser/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.CodeMirror', { timeout: 60_000 });

  // What a user meets first: the Browser tries Bolt, which this server does not offer.
  await connect(page);
  report.bolt = await page.locator('div.frame').first().innerText().catch(() => '');
  await shot(page.locator('div.frame').first(), '00-bolt-failure');

  await run(page, ':config useBolt: false');
  await run(page, ':server connect');
  await connect(page);
  const connectFrame = page.locator('div.frame', { hasText: 'You are connected' }).first();
  report.connected = await connectFrame.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  report.connection = report.connected ? await connectFrame.innerText() : await page.locator('div.frame').first().innerText();
  await shot(report.connected ? connectFrame : page.locator('div.frame').first(), '01-connected');

  // The saved drawings return exactly the paths to look at: auto-complete would add every other relationship
  // among the drawn nodes.
  await run(page, ':config autoComplete: false');
  await run(page, `:style ${grass}`);

  for (const [i, query] of queries.entries()) {
    await run(page, ':clear');
    await run(page, query.text);
    const frame = page.locator('div.frame').first();
    const seen = await observe(page, frame);
    const slug = `${String(i + 2).padStart(2, '0')}-${query.view}-${query.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    seen.name = query.name;
    seen.view = query.view;
    seen.screenshot = await shot(frame, slug);
    if (seen.nodes.some((n) => n.labels.includes('Event'))) {
      seen.inspector = await inspectEvent(page, frame);
      seen.inspectorScreenshot = await shot(frame, `${slug}-event`);
    }
    report.queries.push(seen);
  }
  process.stdout.write(JSON.stringify(report) + '\n');
} catch (error) {
  report.failure = String(error?.stack ?? error);
  const page = context.pages()[0];
  if (page) await page.screenshot({ path: path.join(out, 'failure.png'), fullPage: true }).catch(() => {});
  process.stdout.write(JSON.stringify(report) + '\n');
  process.exitCode = 1;
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

/**
 * Types a command into the editor (as pasted text) and runs it with Ctrl+Enter; the Browser empties the editor when
 * it takes the command, which is what this waits for.
 */
async function run(page, text) {
  const editor = page.locator('.CodeMirror').first();
  const content = () => page.evaluate(() => document.querySelector('.CodeMirror').CodeMirror.getValue());
  for (let attempt = 0; attempt < 3; attempt++) {
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
    if ((await content()).trim() !== text.trim()) continue;
    await digest(page);
    await page.keyboard.press('Control+Enter');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await content()).length > 0) {
      await page.waitForTimeout(100);
      await digest(page);
    }
    if ((await content()).length === 0) {
      await page.waitForTimeout(300);
      return;
    }
  }
  throw new Error(`the editor did not take the command ${text.slice(0, 80)}`);
}

/**
 * Lets the Browser's AngularJS apply what is pending. The editor's text reaches the Browser's model, and a command
 * run with Ctrl+Enter reaches the page, only on the next digest; a page with no request or timer under way may not
 * run one for a minute (its next server poll), so Ctrl+Enter would run the text the model held before.
 */
async function digest(page) {
  await page.evaluate(() => {
    const root = window.angular?.element(document.body).injector()?.get('$rootScope');
    if (root && !root.$$phase) root.$apply();
  });
}

/** Fills the connect form of the newest frame and presses Connect. */
async function connect(page) {
  const frame = page.locator('div.frame').first();
  const secret = frame.locator('#connect_password');
  await secret.waitFor({ timeout: 30_000 });
  await frame.locator('input[ng-model=username]').fill(user);
  await secret.fill(password);
  await frame.locator('#connect_button').click();
  await page.waitForTimeout(2500);
}

/** Waits until the frame shows a result (a drawing settled, a table, or an error) and reads it. */
async function observe(page, frame) {
  const deadline = Date.now() + 90_000;
  let last = '';
  while (Date.now() < deadline) {
    await page.waitForTimeout(700);
    const state = await frame.evaluate((el) => {
      const visible = (e) => e && e.offsetParent !== null;
      const running = [...el.querySelectorAll('.status-bar')].some((b) => visible(b) && /Running/.test(b.innerText));
      const error = [...el.querySelectorAll('.status-bar.error, .frame-error')].some((e) => visible(e) && e.innerText.trim().length > 0);
      const positions = [...el.querySelectorAll('svg g.node')].map((n) => n.getAttribute('transform')).join(';');
      const rows = [...el.querySelectorAll('table')].filter(visible).reduce((n, t) => n + t.querySelectorAll('tr').length, 0);
      return { running, error, positions, rows };
    });
    if (state.running) continue;
    if (state.error) break;
    if (state.positions) {
      if (state.positions === last) break;
      last = state.positions;
      continue;
    }
    if (state.rows > 0 || /returned no rows|no changes/i.test(await frame.innerText())) break;
  }
  return frame.evaluate((el) => {
    const svgText = (g, selector) => [...g.querySelectorAll(selector)].map((t) => t.textContent.trim()).filter((t) => t.length > 0);
    const nodes = [...el.querySelectorAll('svg g.node')].map((g) => {
      const datum = g.__data__ ?? {};
      return {
        id: datum.propertyMap?.id ?? null,
        labels: datum.labels ?? [],
        captions: svgText(g, 'text.caption'),
        fill: g.querySelector('circle.outline')?.getAttribute('fill') ?? null,
      };
    });
    const relationships = [...el.querySelectorAll('svg g.relationship')].map((g) => {
      const datum = g.__data__ ?? {};
      return {
        type: datum.type ?? null,
        count: datum.propertyMap?.count ?? null,
        caption: svgText(g, 'text').join(' '),
        fill: g.querySelector('path.outline')?.getAttribute('fill') ?? null,
      };
    });
    const visible = (e) => e && e.offsetParent !== null;
    const table = [...el.querySelectorAll('table')].find(visible);
    const rows = table ? [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.innerText.trim())) : [];
    const error = [...el.querySelectorAll('.status-bar.error, .frame-error')].filter(visible).map((e) => e.innerText.trim()).join(' ');
    return { nodes, relationships, rows, error, text: el.innerText.slice(0, 4000) };
  });
}

/**
 * Clicks a drawn Event node whose centre no other element covers (as a user clicks what they see) and returns what
 * the inspector at the foot of the frame then says; tries up to five events.
 */
async function inspectEvent(page, frame) {
  const targets = await frame.evaluate((el) => [...el.querySelectorAll('svg g.node')]
    .filter((g) => (g.__data__?.labels ?? []).includes('Event'))
    .map((g) => {
      const r = g.querySelector('circle.outline').getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = document.elementFromPoint(x, y);
      return { x, y, free: !!top && g.contains(top) };
    })
    .filter((t) => t.free)
    .slice(0, 5));
  let text = '';
  for (const target of targets) {
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(800);
    const footer = frame.locator('.inspector-footer').first();
    const toggle = footer.locator('.row-toggle');
    if (await toggle.count()) await toggle.first().click().catch(() => {});
    await page.waitForTimeout(300);
    text = (await footer.innerText().catch(() => '')).trim();
    if (/text:/.test(text)) break;
  }
  return text;
}

async function shot(locator, name) {
  const file = path.join(out, `${name}.png`);
  await locator.screenshot({ path: file }).catch(() => locator.page().screenshot({ path: file }));
  return file;
}
