// engines.mjs — a participant's flow in the two other browser engines families
// that people bring to a workshop: Firefox (Debian's Firefox ESR, driven over
// WebDriver BiDi by puppeteer-core) and WebKit, Safari's engine (Debian's
// WebKitGTK: WebKitWebDriver and its MiniBrowser, plain W3C WebDriver).
//
//   xvfb-run -a -s "-screen 0 1400x1700x24" node tests/e2e/engines.mjs [firefox|webkit]…
//
// Both run headful under Xvfb: headless Firefox has no WebGL 2 here, and
// MiniBrowser has no headless mode; Mesa's llvmpipe draws WebGL 2 in software.
// Chromium runs the same flow (and much more) in run.mjs.
//
// The flow is a workshop participant's: the short workshop instrument is
// picked on the start screen and started with a typed unit name, the
// fictional case is opened, items are answered by click and by key, the page
// is reloaded and the answers are still there, the export screen shows the
// participant's code whole with its QR code, the code holds exactly those
// answers (the native CLI decodes it: build the native preset first), and
// the JSON file handed over holds them too. Screenshots go to
// build/e2e-artifacts/engine-*.png.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import * as lib from './lib.mjs';

const FIREFOX = process.env.SPEGELN_FIREFOX || '/usr/bin/firefox-esr';
const WEBDRIVER_WEBKIT = process.env.SPEGELN_WEBKITWEBDRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.SPEGELN_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// The participant's instrument: the short one a workshop answers.
const INSTRUMENT_ID = 'skane-2025-workshop';
const workshop = JSON.parse(fs.readFileSync(path.join(lib.ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const CLI = process.env.SPEGELN_CLI || path.join(lib.ROOT, 'build/native/native/cli/spegeln');
const CODE = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/;
// Tall enough that the widgets the flow uses are on screen without scrolling
// (scrolling by wheel and touch is tested in Chromium, platform.test.mjs).
const VIEW = { width: 1280, height: 1500 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The native CLI reads the code back (`spegeln decode`); built if missing.
function cli(args) {
  if (!fs.existsSync(CLI)) {
    execFileSync('cmake', ['--build', path.join(lib.ROOT, 'build/native'), '--target', 'spegeln', '-j2'], { stdio: 'inherit' });
  }
  return execFileSync(CLI, args, { encoding: 'utf8' });
}

// ---- one small interface over both drivers --------------------------------
// evaluate(fn, arg) runs fn(arg) in the page and returns its JSON-able result;
// click(x, y) and the key functions act in CSS pixels of the viewport.

async function firefoxDriver() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'spegeln-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: false,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    args: [`--width=${VIEW.width}`, `--height=${VIEW.height + 100}`],
    extraPrefsFirefox: {
      // Software WebGL is on the block list by default; Mesa's llvmpipe is what this machine has.
      'webgl.force-enabled': true,
      'webgl.disabled': false,
      'intl.accept_languages': 'sv-SE, sv',
      'browser.download.folderList': 2,
    },
  });
  const page = await browser.newPage();
  await page.setViewport(VIEW);
  return {
    name: 'firefox',
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    keyDown: (k) => page.keyboard.down(k),
    keyUp: (k) => page.keyboard.up(k),
    type: (text) => page.keyboard.type(text),
    screenshot: (file) => page.screenshot({ path: file }),
    close: async () => { await browser.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// W3C WebDriver key values for the keys the flow presses.
const WD_KEYS = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Backspace: '\uE003' };

async function webkitDriver() {
  const port = await freePort();
  const server = spawn(WEBDRIVER_WEBKIT, [`--port=${port}`], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, url, body) => {
    const res = await fetch(base + url, {
      method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (json.value && json.value.error) throw new Error(`WebDriver ${method} ${url}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {  // the driver needs a moment to listen
    try { await call('GET', '/status'); break; } catch (err) { if (i > 100) throw err; await sleep(100); }
  }
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  });
  const s = `/session/${session.sessionId}`;
  await call('POST', `${s}/window/rect`, { width: VIEW.width, height: VIEW.height + 100 });
  const pointer = (actions) => call('POST', `${s}/actions`, {
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
  });
  const keys = (actions) => call('POST', `${s}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions }] });
  const key = (k) => WD_KEYS[k] || k;
  return {
    name: 'webkit',
    goto: (url) => call('POST', `${s}/url`, { url }),
    reload: () => call('POST', `${s}/refresh`, {}),
    evaluate: (fn, arg) => call('POST', `${s}/execute/sync`, { script: `return (${fn})(arguments[0]);`, args: [arg ?? null] }),
    click: (x, y) => pointer([
      { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
      { type: 'pointerDown', button: 0 }, { type: 'pause', duration: 30 }, { type: 'pointerUp', button: 0 },
    ]),
    keyDown: (k) => keys([{ type: 'keyDown', value: key(k) }]),
    keyUp: (k) => keys([{ type: 'keyUp', value: key(k) }]),
    type: (text) => keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c },
      { type: 'pause', duration: 40 }])),
    screenshot: async (file) => fs.writeFileSync(file, Buffer.from(await call('GET', `${s}/screenshot`), 'base64')),
    close: async () => { try { await call('DELETE', s); } finally { server.kill(); } },
  };
}

// ---- the app through the driver --------------------------------------------

async function waitFor(d, fn, arg, what, timeout = 60000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    let v;
    try { v = await d.evaluate(fn, arg); } catch { v = undefined; }  // the page may be navigating
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`${d.name}: timed out waiting for ${what}`);
    await sleep(100);
  }
}

const frames = (d) => d.evaluate(() => (window.Module && Module.calledRun ? Module._spegeln_frame_count() : 0));
const state = async (d) => JSON.parse(await d.evaluate(() => Module.ccall('spegeln_test_state_json', 'string', [], [])));

// The app draws a few frames after input and then stops its loop; wait until
// it has (twice in a row, 100 ms apart). Counting frames is not enough here:
// WebKitGTK with Mesa's software GL takes ~300 ms a frame, longer than any
// quiet period a frame count could wait for.
async function settle(d) {
  let quiet = 0;
  for (let i = 0; i < 600 && quiet < 2; i++) {
    await sleep(100);
    quiet = (await d.evaluate(() => Module._spegeln_loop_idle())) ? quiet + 1 : 0;
  }
  if (quiet < 2) throw new Error(`${d.name}: the app never went idle`);
}

async function ready(d) {
  await waitFor(d, () => window.Module && Module.calledRun && Module._spegeln_frame_count() > 0, null, 'the first frame');
  await waitFor(d, () => JSON.parse(Module.ccall('spegeln_test_state_json', 'string', [], [])).storage_ready, null,
    'storage');
  await settle(d);
}

async function clickWidget(d, id) {
  const s = await state(d);
  const r = s.widgets && s.widgets[id];
  if (!r) throw new Error(`${d.name}: no widget "${id}" on screen ${s.screen} (have: ${Object.keys(s.widgets || {}).join(', ')})`);
  const dpr = await d.evaluate(() => window.devicePixelRatio);
  await d.click((r[0] + r[2] / 2) / dpr, (r[1] + r[3] / 2) / dpr);
  await settle(d);
}

// A key is held until the app has drawn a frame with it (docs/browser-fixes.md §3d).
async function press(d, k) {
  const since = await frames(d);
  await d.keyDown(k);
  await waitFor(d, (n) => Module._spegeln_frame_count() >= n + 2, since, `a frame after ${k}`, 10000);
  await d.keyUp(k);
  await settle(d);
}

// What the participant answers: two items of the workshop's first area, one of its second.
function expectedAnswers() {
  const inArea = (id) => workshop.items.filter((it) => it.area === id);
  const [first, second] = inArea(workshop.areas[0].id);
  const [third] = inArea(workshop.areas[1].id);
  return { [first.id]: { level: 3 }, [second.id]: { level: 2 }, [third.id]: { status: 'vet-ej' } };
}

// Only what a code carries: a level or a status.
const codePart = (a) => (a && typeof a.level === 'number' ? { level: a.level } : a && a.status ? { status: a.status } : null);

function checkAnswers(where, answers, want) {
  for (const item of workshop.items) {
    const got = JSON.stringify(codePart(answers[item.id])), exp = JSON.stringify(want[item.id] || null);
    lib.assert(got === exp, `${where}: ${item.id} is ${got}, should be ${exp}`);
  }
}

// The whole of widget id is on screen: not clipped, not wider than the viewport.
async function wholeOnScreen(d, s, id) {
  const full = s.widgets_full && s.widgets_full[id];
  const shown = s.widgets && s.widgets[id];
  lib.assert(full && shown, `${d.name}: no ${id} on the ${s.screen} screen`);
  const [vw, vh] = await d.evaluate(() => [innerWidth * devicePixelRatio, innerHeight * devicePixelRatio]);
  lib.assert(full[0] >= 0 && full[1] >= 0 && full[0] + full[2] <= vw + 0.5 && full[1] + full[3] <= vh + 0.5,
    `${d.name}: ${id} at ${JSON.stringify(full)} is not within the ${vw}×${vh} viewport`);
  lib.assert(JSON.stringify(full) === JSON.stringify(shown), `${d.name}: ${id} is clipped: ${JSON.stringify(shown)}`);
}

async function participantFlow(d, baseUrl) {
  const shot = (name) => d.screenshot(path.join(lib.ARTIFACTS_DIR, `engine-${d.name}-${name}.png`));
  await d.goto(baseUrl);
  await ready(d);
  let s = await state(d);
  lib.assert(s.screen === 'start', `${d.name}: starts on ${s.screen}`);
  lib.assert(s.language === 'sv', `${d.name}: language ${s.language}`);
  const webgl = await d.evaluate(() => !!document.querySelector('canvas').getContext('webgl2'));
  lib.assert(webgl, `${d.name}: no WebGL 2`);
  // The full self-assessment is offered too (Chromium runs it through, flow.test.mjs).
  lib.assert(s.widgets['start.instrument.skane-2025-sjalvskattning'], `${d.name}: the self-assessment is not offered`);

  // Start: the short workshop instrument, a typed unit name with Swedish letters, begin.
  await clickWidget(d, `start.instrument.${INSTRUMENT_ID}`);
  s = await state(d);
  lib.assert(s.labels[`start.instrument.${INSTRUMENT_ID}`].includes('Workshop'),
    `${d.name}: the workshop is not offered: ${s.labels[`start.instrument.${INSTRUMENT_ID}`]}`);
  await shot('start');
  await clickWidget(d, 'start.unit_name');
  await waitFor(d, () => document.activeElement && document.activeElement.id === 'textproxy', null, 'the text proxy');
  await d.type('Vårdcentral Åby');
  await settle(d);
  await clickWidget(d, 'start.begin');
  s = await state(d);
  lib.assert(s.screen === 'answer', `${d.name}: not on the answer screen: ${JSON.stringify(s.error_messages)}`);
  lib.assert(s.assessment.verksamhet.name === 'Vårdcentral Åby', `${d.name}: unit name ${s.assessment.verksamhet.name}`);
  lib.assert(s.assessment.instrument.id === INSTRUMENT_ID && s.assessment.mode === 'workshop',
    `${d.name}: ${JSON.stringify(s.assessment.instrument)} ${s.assessment.mode}`);

  // The fictional case beside the items: opened, read, closed again (so the
  // items are on screen without scrolling).
  await clickWidget(d, 'case.toggle');
  s = await state(d);
  lib.assert(s.labels['case.toggle'] === 'Dölj fallet', `${d.name}: the case did not open: ${s.labels['case.toggle']}`);
  await shot('case');
  await clickWidget(d, 'case.toggle');

  // Answer: the first item by a click on its level 3, the next by the key 2,
  // one in the next area by a click on "vet ej".
  const want = expectedAnswers();
  const [firstId, secondId, thirdId] = Object.keys(want);
  await clickWidget(d, `answer.item.${firstId}.level.3`);
  await press(d, 'Enter');  // Enter on the scale: on to the next item
  await press(d, '2');
  s = await state(d);
  lib.assert(s.assessment.answers[firstId]?.level === 3, `${d.name}: click answer ${JSON.stringify(s.assessment.answers)}`);
  lib.assert(s.assessment.answers[secondId]?.level === 2, `${d.name}: key answer ${JSON.stringify(s.assessment.answers)}`);
  await shot('answer');
  await clickWidget(d, `answer.area.${workshop.areas[1].id}`);
  await clickWidget(d, `answer.item.${thirdId}.vet_ej`);
  s = await state(d);
  checkAnswers(`${d.name} answered`, s.assessment.answers, want);

  // Reload: the assessment is stored (IndexedDB) and listed with its answers.
  await d.reload();
  await ready(d);
  s = await state(d);
  lib.assert(s.saved.length === 1, `${d.name}: ${s.saved.length} saved after reload`);
  await clickWidget(d, 'nav.saved');
  await clickWidget(d, `saved.resume.${s.saved[0].id}`);
  s = await state(d);
  checkAnswers(`${d.name} after reload`, s.assessment.answers, want);

  // The code: shown whole with its QR, and it holds exactly the answers given.
  await d.evaluate(() => {
    window.__exported = [];
    const orig = URL.createObjectURL;
    URL.createObjectURL = (blob) => { blob.text().then((t) => window.__exported.push(t)); return orig.call(URL, blob); };
  });
  await clickWidget(d, 'nav.export');
  s = await state(d);
  lib.assert(s.screen === 'export', `${d.name}: on ${s.screen}, not the export screen`);
  const code = s.labels['export.code'];
  lib.assert(CODE.test(code || ''), `${d.name}: not a code: ${code}`);
  await wholeOnScreen(d, s, 'export.code');
  await wholeOnScreen(d, s, 'export.qr');
  await shot('export');
  const decoded = JSON.parse(cli(['decode', code]));
  lib.assert(decoded.instrument.id === INSTRUMENT_ID && decoded.instrument.version === workshop.version,
    `${d.name}: decoded ${JSON.stringify(decoded.instrument)}`);
  checkAnswers(`${d.name} code ${code}`, decoded.answers, want);

  // The file: the JSON handed to the browser's download holds the answers.
  await clickWidget(d, 'export.json');
  const text = await waitFor(d, () => window.__exported.length && window.__exported[0], null, 'the exported file');
  const exported = JSON.parse(text);
  lib.assert(exported.verksamhet.name === 'Vårdcentral Åby' && exported.mode === 'workshop',
    `${d.name}: exported ${text.slice(0, 200)}`);
  checkAnswers(`${d.name} exported file`, exported.answers, want);
  return code;
}

// ---- run --------------------------------------------------------------------

const engines = { firefox: firefoxDriver, webkit: webkitDriver };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(engines);
fs.mkdirSync(lib.ARTIFACTS_DIR, { recursive: true });
const server = await lib.startServer();
const failed = [];
for (const name of wanted) {
  const t0 = Date.now();
  let d;
  try {
    d = await engines[name]();
    const code = await participantFlow(d, server.url);
    console.log(`ok    engines: ${name}: workshop start, case, answer, reload, code ${code}, export (${Date.now() - t0} ms)`);
  } catch (err) {
    failed.push(name);
    console.log(`FAIL  engines: ${name} (${Date.now() - t0} ms)\n      ${String(err && err.stack || err).split('\n').join('\n      ')}`);
  } finally {
    if (d) await d.close().catch(() => {});
  }
}
await server.close();
if (failed.length) process.exit(1);
