// platform-start.test.mjs — the start-up (docs/performance.md, "Start"): the
// whole download stays below 400 kB gzip, the page fetches nothing but the site's
// own files, app.wasm arrives as application/wasm (streaming compilation), the
// static first screen is in the app's language and gives way to the app, and the
// stages that scripts/bench-start.mjs times are all marked, in order.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { assert, assertNoAxeViolations, ROOT, settle, SITE_DIR, state, typeText, waitReady, waitStorage, withApp } from './lib.mjs';

// Issue 7 asks for below 400 kB. Instrument 1.1, the audit instrument 2.0 (with the 1.0 versions kept
// for old files), the audit core and the mirror took the site to ~482 kB after the size work; the
// brukarrevision screens, the handlingsplan, follow-up over time, the workshop (codes, QR, collect,
// group report, presentation) and offline took it to ~599 kB (docs/performance.md, "Storlek"): the
// target is far from met. Minifying the site's JavaScript (terser) took 18 kB off (~592 kB). This
// ceiling keeps it from growing unnoticed while the cuts (loading the audit, workshop and archived
// instruments' code and data on demand) are made; lower it with them.
export const TARGET_GZIP_BYTES = 400 * 1024;
export const BUDGET_GZIP_BYTES = 595 * 1024;

// gzip -9 of every file the site serves.
export function siteGzipBytes() {
  const files = fs.readdirSync(SITE_DIR).filter((f) => fs.statSync(path.join(SITE_DIR, f)).isFile());
  return Object.fromEntries(files.map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(SITE_DIR, f)), { level: 9 }).length]));
}

// Each stage and the stages it must come after: app.wasm is fetched and compiled
// while app.js downloads, so those two may finish in either order.
const STAGES = [['shell', []], ['appjs', ['shell']], ['wasm-compiled', ['shell']], ['wasm-ready', ['appjs', 'wasm-compiled']],
  // The app is made before its window, which opens once the shell's fence says the GPU process
  // has made the WebGL context (web/main_web.cpp; the page takes input in between).
  ['gpu-ready', ['shell']], ['main', ['wasm-ready']], ['fonts', ['main']], ['app', ['fonts']],
  ['gl', ['app', 'gpu-ready']], ['frame0-start', ['gl']],
  ['frame0-laid-out', ['frame0-start']], ['first-frame', ['frame0-laid-out']], ['frame0-end', ['first-frame']]];

// What a person reads and can use on the static first screen, in order, in the terms of the
// app's screen-reader mirror: headings, texts, buttons, choices (with their state) and fields
// (with their label and value). The status line and the card's item count are the static
// screen's own (the app shows the first until storage is read, the second is not in the mirror).
function staticScreenOutline(page) {
  return page.evaluate(() => {
    const out = [];
    const fs = [...document.querySelectorAll('#first-screen .fs')].find((e) => e.offsetParent !== null);
    const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
    for (const e of fs.querySelectorAll('*')) {
      if (e.getClientRects().length === 0) continue;  // not shown (another instrument's form, another choice's text)
      if (e.matches('.fs-title, h2')) out.push(['heading', text(e)]);
      else if (e.matches('button.fs-choice')) out.push(['choice', text(e.querySelector('b')), e.getAttribute('aria-pressed')]);
      else if (e.matches('.fs-head button')) out.push(['button', text(e)]);
      else if (e.matches('button[aria-pressed]')) out.push(['choice', text(e), e.getAttribute('aria-pressed')]);
      else if (e.matches('button')) out.push(['button', text(e)]);
      else if (e.matches('input')) out.push(['textbox', text(e.labels[0]), e.value]);
      else if (e.matches('p') && !e.matches('[role=status]') && !e.querySelector('button, input') && text(e)) out.push(['text', text(e)]);
    }
    return out;
  });
}

function mirrorOutline(page) {
  return page.evaluate(() => {
    const out = [];
    for (const e of document.querySelectorAll('#a11y *')) {
      const role = e.getAttribute('role');
      if (/^H[1-6]$/.test(e.tagName)) out.push(['heading', e.textContent]);
      else if (role === 'radio') out.push(['choice', e.getAttribute('aria-label'), e.getAttribute('aria-checked')]);
      else if (e.tagName === 'BUTTON') out.push(['button', e.textContent]);
      else if (e.tagName === 'INPUT') out.push(['textbox', e.getAttribute('aria-label'), e.value]);
      else if (e.tagName === 'P') out.push(['text', e.textContent]);
    }
    return out;
  });
}

// The page with app.js held back, so the static first screen stays until release() lets the app load.
async function withStaticScreen(browser, baseUrl, options, body) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/app.js', async (route) => { await held; await route.continue(); });
    await page.goto(baseUrl);
    await body(page, release);
  } finally {
    await context.close();
  }
}

// The static screen read before the hand-over is the app's start screen read after it.
function assertSameOutline(before, after, where) {
  const differ = before.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(after[i]));
  assert(differ < 0 && before.length === after.length, `${where}: the static screen and the app's start screen differ ` +
    `at ${differ}: ${JSON.stringify(before[differ])} vs ${JSON.stringify(after[differ])} (${before.length} vs ${after.length} parts)`);
}

export const tests = {
  'the whole download stays under its ceiling (target 400 kB gzip) and the page fetches only the site\'s own files': async ({ browser, baseUrl }) => {
    const sizes = siteGzipBytes();
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const list = Object.entries(sizes).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} kB`).join(', ');
    await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
      const fetched = new Map();
      page.on('response', (r) => fetched.set(new URL(r.url()).pathname, r.headers()['content-type']));
      await page.reload();
      await waitStorage(page);
      for (const p of fetched.keys()) {
        const file = p.endsWith('/') ? 'index.html' : p.slice(1);
        assert(file in sizes, `the page fetched ${p}, which is not one of the site's files (${Object.keys(sizes)})`);
      }
      assert(fetched.get('/app.wasm') === 'application/wasm',
        `app.wasm came as ${fetched.get('/app.wasm')}, not application/wasm (no streaming compilation)`);
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
    assert(total < BUDGET_GZIP_BYTES, `the site is ${(total / 1024).toFixed(1)} kB gzip, over the ceiling of ${BUDGET_GZIP_BYTES / 1024} kB (${list})`);
  },

  'the start-up stages are marked in order, and the screen is usable once storage is read': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await waitStorage(page);
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name.replace(/^spegeln-/, ''), e.startTime])));
      for (const [s, after] of STAGES) {
        assert(s in marks, `no mark spegeln-${s} (have: ${Object.keys(marks).join(', ')})`);
        for (const a of after)
          assert(marks[s] >= marks[a], `spegeln-${s} (${marks[s]} ms) comes before spegeln-${a} (${marks[a]} ms)`);
      }
      assert('storage-ready' in marks && 'useful' in marks, 'no spegeln-storage-ready / spegeln-useful mark');
      assert(marks.useful >= marks['storage-ready'] && marks.useful >= marks['first-frame'],
        'the usable screen was marked before storage was read or before the first frame');
    });
  },

  'the static first screen is the start screen in the browser\'s language and gives way to the app\'s first frame':
  async ({ browser, baseUrl, screenshot }) => {
    for (const [locale, lang] of [['sv-SE', 'sv'], ['en-GB', 'en'], ['de-DE', 'sv']]) {
      const texts = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/ui', lang, 'app.json'), 'utf8'));
      await withStaticScreen(browser, baseUrl, { viewport: { width: 1280, height: 800 }, locale }, async (page, release) => {
        const shown = page.locator('#first-screen .fs:visible');
        assert(await shown.count() === 1, `${locale}: ${await shown.count()} first screens shown, not one`);
        assert(await shown.getAttribute('lang') === lang, `${locale}: the first screen is not in ${lang}`);
        const headings = await shown.locator('h2').allTextContents();
        assert(headings[0] === texts['start.title'] && headings[1] === texts['start.new'],
          `${locale}: headings ${JSON.stringify(headings)} are not the start screen's`);
        assert(await page.evaluate(() => document.documentElement.lang) === lang, `${locale}: <html lang> is not ${lang}`);
        assert(await page.locator('#splash').isHidden(), `${locale}: the splash covers the first screen`);
        if (lang === 'sv' && locale === 'sv-SE') await screenshot(page, 'static');
        const before = await staticScreenOutline(page);
        assert(!before.some((e) => /^[a-z_]+\.[a-z_.-]+$/.test(e[1])), `${locale}: a text key shown as text: ${JSON.stringify(before)}`);
        release();
        await waitReady(page);
        assert(await page.locator('#first-screen').count() === 0, `${locale}: the static screen stayed after the app drew`);
        // The app's own start screen, once storage is read (a new profile: nothing saved), reads the
        // same: the static screen must not show a form the app no longer has.
        await waitStorage(page);
        await settle(page);
        assertSameOutline(before, await mirrorOutline(page), locale);
      });
    }
  },

  'the static first screen works before the app: choices and typing carry over, typing goes on in the app, Start starts':
  async ({ browser, baseUrl, screenshot }) => {
    const self = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments/skane-2025-sjalvskattning.json'), 'utf8'));
    const kind = self.unit_kinds.find((k) => k.id === 'psykiatri-oppenvard');
    const visibleForm = (page) => page.locator('#first-screen .fs:visible .fs-form:visible');
    // 1. Choices and a name typed while app.js is held back; the app takes them over.
    // bypassCSP: axe is injected as a script (lib.mjs, axeViolations).
    await withStaticScreen(browser, baseUrl, { locale: 'sv-SE', bypassCSP: true }, async (page, release) => {
      const fsv = page.locator('#first-screen .fs:visible');
      await fsv.locator('button[data-value="skane-2025-workshop"]').click();
      assert(await visibleForm(page).getAttribute('data-when') === 'instrument=skane-2025-workshop',
        'choosing the workshop shows its form');
      assert(await visibleForm(page).getByText('Fallet Vårdcentralen Ekbacken', { exact: false }).count() === 1,
        'the workshop form names its case');
      await fsv.locator('button[data-value="skane-2025-sjalvskattning"]').click();
      await visibleForm(page).getByRole('button', { name: kind.title.sv, exact: true }).click();
      await visibleForm(page).locator('button[data-field="core_path"][data-value="1"]:visible').click();
      assert(await visibleForm(page).getByText(kind.description.sv, { exact: false }).isVisible(), 'the kind\'s text is shown');
      const name = visibleForm(page).locator('input[data-field="unit_name"]');
      await name.click();
      await page.keyboard.type('Mottagningen');
      await screenshot(page, 'static-filled');
      // A form that works is held to what the app's screens are (WCAG 2.1 A/AA), and is not
      // marked busy (a screen reader may hold back a busy region until it is done).
      await assertNoAxeViolations(page, 'the static first screen, filled in');
      assert(await page.locator('#first-screen [aria-busy="true"], #first-screen[aria-busy="true"]').count() === 0,
        'the working first screen is marked aria-busy');
      const before = await staticScreenOutline(page);
      release();
      await waitStorage(page);
      let s = await state(page);
      assert(s.start.instrument === 'skane-2025-sjalvskattning' && s.start.unit_kind === kind.id && s.start.core_path === true &&
        s.start.unit_name === 'Mottagningen', `the app's form: ${JSON.stringify(s.start)}`);
      assertSameOutline(before, await mirrorOutline(page), 'filled in');
      // The name field still has the keyboard, the caret after the text: typing goes on.
      await typeText(page, ' Väst');
      s = await state(page);
      assert(s.start.unit_name === 'Mottagningen Väst', `typing went on in the app: "${s.start.unit_name}"`);
      await screenshot(page, 'static-taken-over');
    });
    // 2. A keyboard user tabs to a choice and picks it with Space; in the app the same choice has
    // the focus, and the next Tab goes on from there.
    await withStaticScreen(browser, baseUrl, { locale: 'sv-SE' }, async (page, release) => {
      const domKey = () => page.evaluate(() => (document.activeElement && document.activeElement.dataset.key) || '');
      const seen = [];
      for (let i = 0; i < 40 && (await domKey()) !== `start.unit_kind.${kind.id}`; i++) {
        seen.push(await domKey());
        await page.keyboard.press('Tab');
      }
      assert(await domKey() === `start.unit_kind.${kind.id}`, `Tab on the static screen went: ${seen.join(' → ')}`);
      // The first Tab reaches the first choice (no invisible stop, such as the app's text proxy, before it).
      assert(seen[1] === 'start.instrument.skane-2025-sjalvskattning', `the first Tab went to "${seen[1]}"`);
      await page.keyboard.press('Space');
      release();
      await waitStorage(page);
      const s = await state(page);
      assert(s.start.unit_kind === kind.id, `the kind chosen by keyboard: ${s.start.unit_kind}`);
      assert(await domKey() === `start.unit_kind.${kind.id}`, `the app's focus after the hand-over: "${await domKey()}"`);
      await page.keyboard.press('Tab');
      await settle(page);
      const next = self.unit_kinds[self.unit_kinds.indexOf(kind) + 1];
      assert(await domKey() === `start.unit_kind.${next.id}`, `Tab in the app went on to "${await domKey()}"`);
      await screenshot(page, 'static-keyboard-taken-over');
    });
    // 3. Start pressed before the app has loaded: the app starts the assessment itself.
    await withStaticScreen(browser, baseUrl, { locale: 'en-GB' }, async (page, release) => {
      await visibleForm(page).locator('input[data-field="unit_name"]').fill('Riverside practice');
      await visibleForm(page).locator('input[data-field="role"]').fill('the whole team');
      await visibleForm(page).locator('button[data-begin]').click();
      const note = await visibleForm(page).locator('[data-begin-note]').textContent();
      const texts = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/ui/en/app.json'), 'utf8'));
      assert(note === texts['start.begin_pending'], `the screen says it will start: "${note}"`);
      release();
      await waitStorage(page);
      const s = await state(page);
      assert(s.screen === 'answer' && s.assessment && s.assessment.verksamhet.name === 'Riverside practice' &&
        s.assessment.respondent_role === 'the whole team', `started: ${s.screen} ${JSON.stringify(s.error_messages)}`);
      assert(s.saved.length === 1, 'and saved, as a start in the app is');
    });
  },
};
