// lib.mjs — shared helpers for the browser tests (tests/e2e/*.test.mjs) and
// scripts/bench-web.mjs: a static server, Debian's headless Chromium, and
// ways to drive the ImGui app through its test hooks (web/main_web.cpp).
//
// Coordinates: the app lays out in framebuffer pixels (CSS px × devicePixelRatio);
// widget rectangles from the hooks are divided by dpr before the mouse goes there.
// Keys: ImGui 1.86 polls key state, so a key is held across frames (docs/browser-fixes.md §3d).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE_DIR = path.join(ROOT, 'build/wasm/site');
export const ARTIFACTS_DIR = path.join(ROOT, 'build/e2e-artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// A static file server on 127.0.0.1 and a free port (file:// cannot fetch wasm).
export function startServer(root = SITE_DIR) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
    if (!file.startsWith(root + path.sep) && file !== root) { res.writeHead(403).end(); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// Debian's Chromium with SwiftShader WebGL (docs/browser-fixes.md §7); Playwright
// gives every launch a new, empty profile directory. Never downloads a browser.
export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function tempDir(prefix = 'spegeln-e2e-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// Opens the app in a new context. Returns { context, page, errors } where
// errors collects console errors and uncaught exceptions for the test to check.
// The browser speaks Swedish unless contextOptions.locale says otherwise: the
// app follows navigator.languages (language.test.mjs tests that).
export async function openApp(browser, baseUrl, contextOptions = {}, { waitForApp = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE', ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseUrl);
  if (waitForApp) await waitReady(page);
  return { context, page, errors };
}

// The runtime is up and at least one frame is drawn; then `rafs` more animation frames.
export async function waitReady(page, rafs = 2, timeout = 30000) {
  await page.waitForFunction(() => window.Module && Module.calledRun && Module._spegeln_frame_count() > 0, null,
    { timeout, polling: 50 });
  await raf(page, rafs);
}

// Waits for n requestAnimationFrame callbacks (the app's loop runs on them).
// The app is drawn and its stored assessments are loaded (IndexedDB is read
// asynchronously at start-up).
export async function waitStorage(page) {
  await waitReady(page);
  await page.waitForFunction(
    () => JSON.parse(Module.ccall('spegeln_test_state_json', 'string', [], [])).storage_ready, null, { timeout: 30000 });
  await raf(page, 3);
  await settle(page);
}

export async function raf(page, n = 1) {
  await page.evaluate((count) => new Promise((resolve) => {
    let left = count;
    const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }), n);
}

export const frameCount = (page) => page.evaluate(() => Module._spegeln_frame_count());

// Waits until the app has drawn at least n more frames than `since` (default: now).
export async function waitFrames(page, n = 1, { since, timeout = 10000 } = {}) {
  const start = since ?? await frameCount(page);
  await page.waitForFunction((target) => Module._spegeln_frame_count() >= target, start + n, { timeout, polling: 'raf' });
}

// Runs an input action, then waits until the app has drawn frames for it and
// gone idle again. The frame count is read first: the app may finish its
// frames before a later read.
export async function afterInput(page, action, frames = 2) {
  const since = await frameCount(page);
  const result = await action();
  await waitFrames(page, frames, { since });
  await settle(page);
  return result;
}

// Waits until the app stops drawing (it draws a few frames after any input):
// its loop reports itself stopped (web/loop_web.cpp, spegeln_loop_idle) on
// `quietRafs` animation frames in a row. Asking the loop, not counting frames,
// keeps this right when frames are slow (a busy machine, two test workers,
// software WebGL): a frame count that does not change for a while cannot tell
// "idle" from "the next frame is late".
export async function settle(page, quietRafs = 2, timeout = 30000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const idle = await page.evaluate((n) => new Promise((resolve) => {
      let left = n;
      const step = () => {
        if (!Module._spegeln_loop_idle()) resolve(false);
        else if (--left <= 0) resolve(true);
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    }), quietRafs);
    if (idle) return;
  }
  throw new Error('the app kept drawing: it never went idle');
}

export const setContinuous = (page, on) => page.evaluate((v) => Module._spegeln_set_continuous(v ? 1 : 0), on);
export const wake = (page) => page.evaluate(() => Module._spegeln_wake());

// The app's state (app_test_state_json(), owned by the screens).
export async function state(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('spegeln_test_state_json', 'string', [], [])));
}

// The platform test window (web/test_overlay.cpp): known widgets over the app.
export async function showOverlay(page, on = true) {
  await afterInput(page, () => page.evaluate((v) => Module._spegeln_test_overlay(v ? 1 : 0), on));
}
export async function overlayState(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('spegeln_test_overlay_json', 'string', [], [])));
}

// A widget's rectangle in CSS pixels from a state object with "widgets": {id: [x, y, w, h]} in framebuffer pixels.
export async function widgetRect(page, s, id) {
  const r = s.widgets && s.widgets[id];
  if (!r) throw new Error(`no widget "${id}" in the state (have: ${Object.keys(s.widgets || {}).join(', ')})`);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  return { x: r[0] / dpr, y: r[1] / dpr, w: r[2] / dpr, h: r[3] / dpr };
}

// Clicks (or taps, with { touch: true }) the centre of widget `id` of the app's state.
export async function clickWidget(page, id, { touch = false, from = state } = {}) {
  const r = await widgetRect(page, await from(page), id);
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  await afterInput(page, () => (touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y)));
}

// Types into the focused ImGui text field through the hidden <textarea> proxy
// (the only way non-US text reaches the app, docs/browser-fixes.md §3).
export async function typeText(page, text) {
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy', null,
    { timeout: 5000 });
  await afterInput(page, () => page.keyboard.type(text), 1);
}

// Presses a key (Playwright name, e.g. 'Enter', 'Control+V') and holds it
// until the app has drawn two frames, then releases it.
export async function pressKey(page, combo) {
  const keys = combo.split('+');
  const since = await frameCount(page);
  for (const k of keys) await page.keyboard.down(k);
  await waitFrames(page, 2, { since });
  await afterInput(page, async () => { for (const k of keys.reverse()) await page.keyboard.up(k); }, 1);
}

// Scrolls the mouse wheel at a point (CSS px); dy > 0 scrolls down like a wheel notch towards the user.
export async function wheel(page, x, y, dy) {
  await afterInput(page, () => page.mouse.move(x, y));
  await afterInput(page, () => page.mouse.wheel(0, dy), 1);
}

// Scrolls the app with the wheel until widget `id` of the app's state is on
// screen (at least 8 CSS px of it), turning round at either end.
export async function revealWidget(page, id, { from = state, tries = 80 } = {}) {
  const vp = page.viewportSize();
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  let direction = 1, last = '';
  for (let i = 0; i < tries; i++) {
    const s = await from(page);
    if (s.widgets && s.widgets[id] && s.widgets[id][3] / dpr >= 8) return;
    const signature = Object.keys(s.widgets || {}).join();
    if (signature === last) direction = -direction;
    last = signature;
    await wheel(page, vp.width / 2, vp.height * 0.7, 250 * direction);
  }
  throw new Error(`widget ${id} never came into view`);
}

// Scrolls the content with the wheel until widget `id` is on screen (at least
// 8 CSS px of it); with { top: true } further, until its top is in the upper
// `topFraction` of the window (default half), for screenshots of tall widgets
// such as the radar chart. The state's "scroll" ([y, max]) says when an end is
// reached.
export async function reveal(page, id, { top = false, topFraction = 0.5 } = {}) {
  const vp = page.viewportSize();
  let direction = 1;
  for (let i = 0; i < 120; i++) {
    const s = await state(page);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    const r = s.widgets[id];
    const [y, max] = s.scroll;
    if (r && r[3] / dpr >= 8) {
      const full = s.widgets_full[id];
      if (!top) return;
      if (full[1] < r[1] - 1 && y > 0) direction = -1;  // its top is scrolled out above
      else if (r[1] / dpr > vp.height * topFraction && y < max) direction = 1;
      else return;
    } else if (y >= max - 1) {
      direction = -1;
    } else if (y <= 0) {
      direction = 1;
    }
    await wheel(page, vp.width / 2, vp.height * 0.7, (r ? 100 : 250) * direction);
    await raf(page, 2);
    await settle(page);
  }
  throw new Error(`widget ${id} never came into view`);
}

// Brings widget `id` into view, then clicks it (options as clickWidget).
export async function click(page, id, opts = {}) {
  await reveal(page, id);
  await clickWidget(page, id, opts);
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Opens the app, runs fn({ context, page, errors }), and always closes the context.
export async function withApp(browser, baseUrl, contextOptions, fn, openOptions) {
  const app = await openApp(browser, baseUrl, contextOptions, openOptions);
  try {
    return await fn(app);
  } finally {
    await app.context.close();
  }
}

// Imports each file through the saved list's "Importera" button and asserts it
// was added (and closes the modal an import may open).
export async function importFiles(page, files) {
  for (const file of files) {
    const before = (await state(page)).saved.length;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'saved.import')]);
    await chooser.setFiles(file);
    await raf(page, 3);
    await settle(page);
    const s = await state(page);
    assert(s.saved.length === before + 1, `import ${file}: ${JSON.stringify(s.error_messages)}`);
    if (s.modal) await click(page, 'modal.close');
  }
}

// ---- The printable pages (reports, guides) opened as files -----------------

export const AXE = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
// A4 at 96 dpi in CSS px, for screenshots of a printed page's worth.
export const A4_PX = { width: 794, height: 1123 };
const MM = 96 / 25.4;
// The width an A4 page leaves inside the templates' 16 mm side margins: 672 CSS px.
export const PRINTABLE_PX = Math.floor((210 - 2 * 16) * MM);
const A4_POINTS = [595.92, 842.88];  // what Chromium writes in a PDF's MediaBox for A4

// What axe-core finds against WCAG 2.1 A and AA, a line a rule. axe is injected
// as a script, which the pages' CSP rightly refuses: open them with bypassCSP.
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

export async function assertNoAxeViolations(page, name) {
  const violations = await axeViolations(page);
  assert(violations.length === 0, `${name}: axe found ${violations.join(' | ')}`);
}

// Elements that reach past `width` or whose content overflows them (at most 5).
async function cutElements(page, width) {
  return page.evaluate((w) => {
    const bad = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${(el.textContent || '').trim().slice(0, 40)}"`;
      if (r.right > w + 0.5 || r.left < -0.5) bad.push(`${name} spans ${Math.round(r.left)}–${Math.round(r.right)}`);
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth > 0)
        bad.push(`${name} content ${el.scrollWidth} in ${el.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > w) bad.push(`page ${document.documentElement.scrollWidth} px wide`);
    return bad.slice(0, 5);
  }, width);
}

// The page sizes (points) in a PDF's MediaBoxes.
function pdfPageSizes(buffer) {
  const text = buffer.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [+m[1], +m[2]]);
}

// Asserts the page prints on A4 without cut text: in print media at `width`
// (the printable width inside the margins unless told), no element's box
// reaches past the right edge and no element's content is wider than its box;
// and its PDF has only A4 pages. Leaves the page in print media at that width;
// returns the PDF and its number of pages.
export async function assertPrintsOnA4(page, name, { width = PRINTABLE_PX } = {}) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width, height: 1000 });
  const cut = await cutElements(page, width);
  assert(cut.length === 0, `${name}: cut on A4: ${cut.join(' | ')}`);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = pdfPageSizes(pdf);
  assert(pages.length >= 1, `${name}: the PDF has no pages`);
  for (const [w, h] of pages)
    assert(Math.abs(w - A4_POINTS[0]) < 2 && Math.abs(h - A4_POINTS[1]) < 2, `${name}: a PDF page is ${w} × ${h} pt, not A4`);
  return { pdf, pages: pages.length };
}

export function needFile(file, how) {
  assert(fs.existsSync(file), `${file} saknas: ${how}`);
}

// Opens a printable page from a file, with its CSP bypassed so that axe can be injected.
export async function openPrintable(browser, file) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  return { context, page };
}
