// offline.test.mjs — the site with no network after the first visit (docs/offline.md):
// the service worker precaches the site's files (the list and hashes in the built
// sw.js), the app starts offline, saves, keeps what it saved over a reload and
// exports; nothing is ever requested from another origin. A new build installs
// beside the running app, which says so and keeps running; the next start uses
// the new version and the saved assessment is still there.
//
// The site is served by a server of this test's own, which can go "down" (every
// connection dropped) as well as Playwright's offline switch, so that a file that
// does not come from the cache cannot come from anywhere.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { assert, click, pressKey, raf, reveal, ROOT, SITE_DIR, settle, state, tempDir, waitStorage, widgetRect } from './lib.mjs';

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };

function siteServer(root) {
  const served = [];
  let down = false;
  const server = http.createServer((req, res) => {
    if (down) { req.socket.destroy(); return; }
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
    served.push(urlPath);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
      'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    served,
    setDown: (v) => { down = v; },
    close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); },
  })));
}

// The files and hashes the built sw.js lists.
function listed(dir) {
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  return JSON.parse(sw.match(/const FILES = (\{.*?\});/)[1]);
}

async function workerActive(page) {
  // Polled from here: page.waitForFunction does not await a predicate's promise (a promise is
  // truthy, so an async predicate returns at once, before the worker has installed).
  const until = Date.now() + 60000;
  for (;;) {
    const active = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !!(reg && reg.active && reg.active.state === 'activated');
    });
    if (active) return;
    assert(Date.now() < until, 'the service worker was not activated within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Every request the context makes (pages and the worker): only the site's own origin.
function watchOrigins(context, origin) {
  const foreign = [];
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin) foreign.push(u);
  });
  return foreign;
}

// The app flushes IndexedDB after every save (web/platform_web.cpp); a reload waits for it.
const flushed = (page) => page.waitForFunction(() => Module.spegelnSync && !Module.spegelnSync.busy, null, { timeout: 15000 });

async function startAndAnswer(page, unit) {
  await click(page, 'start.instrument.skane-2025-sjalvskattning');
  // The name field's caret keeps the app drawing (5 frames a second), which a loaded machine's
  // animation frames cannot tell from work: click and type without waiting for it to go idle.
  await reveal(page, 'start.begin');
  const r = await widgetRect(page, await state(page), 'start.unit_name');
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy', null, { timeout: 5000 });
  await page.keyboard.type(unit);
  await raf(page, 3);
  const b = await widgetRect(page, await state(page), 'start.begin');
  await page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
  await raf(page, 3);
  await settle(page);
  let s = await state(page);
  assert(s.screen === 'answer', `not on the answer screen: ${JSON.stringify(s.error_messages)}`);
  const first = s.item;
  await pressKey(page, '2');
  await pressKey(page, 'Enter');
  await pressKey(page, '3');
  s = await state(page);
  assert(s.assessment.answers[first] && s.assessment.answers[first].level === 2, `answered: ${JSON.stringify(s.assessment.answers)}`);
  return s.assessment;
}

export const tests = {
  'after one visit the app starts, saves, keeps and exports with no network, and asks no other origin': async ({ browser, screenshot }) => {
    const site = await siteServer(SITE_DIR);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE', acceptDownloads: true });
    const foreign = watchOrigins(context, new URL(site.url).origin);
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(site.url);
      await waitStorage(page);
      await workerActive(page);
      // The cache holds exactly the listed files, each as built.
      const files = listed(SITE_DIR);
      for (const f of ['index.html', 'shell.js', 'app.js', 'app.wasm', 'manifest.webmanifest', 'icon.svg'])
        assert(f in files, `sw.js does not list ${f}: ${Object.keys(files)}`);
      const cached = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith('spegeln-'));
        const out = {};
        for (const name of names)
          for (const req of await (await caches.open(name)).keys()) {
            const body = await (await caches.match(req)).arrayBuffer();
            const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', body)),
              (b) => b.toString(16).padStart(2, '0')).join('');
            out[new URL(req.url).pathname.slice(1)] = hash;
          }
        return { names, files: out };
      });
      assert(cached.names.length === 1, `one cache of the app: ${cached.names}`);
      assert(JSON.stringify(Object.keys(cached.files).sort()) === JSON.stringify(Object.keys(files).sort()),
        `cached ${Object.keys(cached.files)} vs listed ${Object.keys(files)}`);
      for (const [f, h] of Object.entries(files)) assert(cached.files[f] === h, `${f}: cached ${cached.files[f]}, built ${h}`);
      const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
      assert(manifest === site.url + 'manifest.webmanifest', `manifest link ${manifest}`);

      // No network at all from here.
      site.setDown(true);
      const before = site.served.length;
      await context.setOffline(true);
      await page.reload();
      await waitStorage(page);
      assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is served by the worker');
      let s = await state(page);
      assert(s.screen === 'start', `offline start: ${s.screen}`);
      await screenshot(page, 'offline-start');

      const made = await startAndAnswer(page, 'Vårdcentralen Utan Nät');
      await screenshot(page, 'offline-answered');
      await flushed(page);
      await page.reload();
      await waitStorage(page);
      s = await state(page);
      const kept = s.saved.find((e) => e.id === made.id);
      assert(kept, `saved offline and still there after an offline reload: ${JSON.stringify(s.saved)}`);

      // Export: the download is made in the page (a blob), no network needed.
      await click(page, 'nav.saved');
      await click(page, `saved.resume.${made.id}`);
      s = await state(page);
      assert(s.assessment && s.assessment.id === made.id, `opened: ${JSON.stringify(s.error_messages)}`);
      const firstItem = Object.keys(made.answers)[0];
      assert(s.assessment.answers[firstItem].level === 2, 'the answer survived the offline reload');
      await click(page, 'nav.export');
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export.json')]);
      const file = path.join(tempDir('spegeln-offline-'), download.suggestedFilename());
      await download.saveAs(file);
      const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert(exported.id === made.id && exported.answers[firstItem].level === 2, 'the exported file holds the answers');
      await screenshot(page, 'offline-export');

      assert(site.served.length === before, `served while offline: ${site.served.slice(before)}`);
      assert(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
      await site.close();
    }
  },

  'a new build waits while the app runs, says so, and is used from the next start with the saved data kept': async ({ browser, screenshot }) => {
    // A copy of the site that this test rebuilds: one shell file changed and sw.js written again
    // by the build's own script, as a new deploy would.
    const dir = tempDir('spegeln-site-');
    for (const f of fs.readdirSync(SITE_DIR)) fs.copyFileSync(path.join(SITE_DIR, f), path.join(dir, f));
    const site = await siteServer(dir);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    const foreign = watchOrigins(context, new URL(site.url).origin);
    try {
      const page = await context.newPage();
      await page.goto(site.url);
      await waitStorage(page);
      await workerActive(page);
      // A later visit: the page is now served by the worker (on the first one it was not, and a new
      // version would have nothing to wait for).
      await page.reload();
      await waitStorage(page);
      assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the second visit is served by the worker');
      const made = await startAndAnswer(page, 'Vårdcentralen Ny Version');
      const oldVersion = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];

      const marker = `// build ${crypto.randomUUID()}`;
      fs.appendFileSync(path.join(dir, 'a11y.js'), `\n${marker}\n`);
      execFileSync('python3', [path.join(ROOT, 'scripts/service_worker.py'), path.join(ROOT, 'web/shell/sw.js'), dir,
        path.join(dir, 'sw.js'), ...Object.keys(listed(dir))]);
      const newVersion = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];
      assert(newVersion !== oldVersion, 'a changed file gives a new version');

      await page.evaluate(() => { window.spegelnSamePage = true; });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await page.waitForFunction(() => JSON.parse(Module.ccall('spegeln_test_state_json', 'string', [], [])).toast !== '',
        null, { timeout: 60000, polling: 200 });
      let s = await state(page);
      assert(/nästa start/.test(s.toast), `the notice: "${s.toast}"`);
      assert(await page.evaluate(() => document.getElementById('status').textContent.includes('nästa start')),
        'the notice is in the status live region too');
      await screenshot(page, 'update-notice');
      // Still the same page and the same version: nothing was swapped under the person.
      assert(await page.evaluate(() => window.spegelnSamePage === true), 'the page was not reloaded');
      const waiting = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return { waiting: !!reg.waiting, controller: !!navigator.serviceWorker.controller };
      });
      assert(waiting.waiting && waiting.controller, `the new worker waits: ${JSON.stringify(waiting)}`);
      s = await state(page);
      assert(s.screen === 'answer' && s.assessment.id === made.id, 'the assessment is still open');
      await pressKey(page, '1');
      await flushed(page);

      // The next start: the shell lets the new version take over and loads from it.
      await page.reload();
      await page.waitForFunction(() => window.Module && Module.calledRun && Module._spegeln_frame_count() > 0, null,
        { timeout: 60000 });
      await waitStorage(page);
      const now = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        const a11y = await (await fetch('a11y.js')).text();
        return { waiting: !!reg.waiting, caches: await caches.keys(), a11y };
      });
      assert(!now.waiting, 'nothing waits any more');
      assert(JSON.stringify(now.caches) === JSON.stringify([`spegeln-${newVersion}`]), `caches: ${now.caches}`);
      assert(now.a11y.includes(marker), 'the page runs the new build');
      s = await state(page);
      assert(s.saved.some((e) => e.id === made.id), `the saved assessment survived the update: ${JSON.stringify(s.saved)}`);
      assert(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
    } finally {
      await context.close();
      await site.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
