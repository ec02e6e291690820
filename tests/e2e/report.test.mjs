// report.test.mjs — the printable HTML report (core/report_html.cpp and
// assets/templates/report.html.mustache) and the Content-Security-Policy of
// every page we ship, in headless Chromium:
//  * markup a user typed into any field never runs: not in the normal report
//    (escaped: shown as text), and not even in a report rendered with escaping
//    switched off (render_report_noescape, CMake option SPEGELN_TEST_NO_ESCAPE),
//    where the report's own CSP must block it and say so;
//  * the report passes axe-core (WCAG 2.1 A and AA) in Swedish and English, its
//    radar labels fit, it prints on A4 without cut text (lib.mjs: assertPrintsOnA4),
//    and it is screenshot on screen, in print and as a PDF;
//  * the app page carries its CSP, and markup typed into its fields does not run.
// The report files come from the native build (build/native): `spegeln score
// --format html` and the test tool tests/tools/render_report.cpp.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  A4_PX, ARTIFACTS_DIR, assert, assertNoAxeViolations, assertPrintsOnA4, AXE, click, needFile, openApp, ROOT, state, tempDir, typeText,
  waitStorage,
} from './lib.mjs';

const NATIVE = process.env.SPEGELN_NATIVE_BUILD || path.join(ROOT, 'build/native');
const CLI = path.join(NATIVE, 'native/cli/spegeln');
const RENDER = path.join(NATIVE, 'tests/render_report');
const RENDER_RAW = path.join(NATIVE, 'tests/render_report_noescape');

// One piece of markup per field, each setting its own flag if it ever runs.
const MARKUP = {
  name: 'VC <script>window.__ran.push("name")</script>',
  role: '<img src=x onerror="window.__ran.push(\'role\')">',
  notes: '</style><script>window.__ran.push("notes")</script> {{text.heading}} {{{report}}}',
  comment: '<svg onload="window.__ran.push(\'comment\')"></svg><iframe src="javascript:parent.__ran.push(1)"></iframe>',
  unknown: '<img src="http://127.0.0.1:9/tracker.png" onerror="window.__ran.push(\'unknown\')">',
};

function hostileAssessment(dir) {
  const a = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/skane-sample.json'), 'utf8'));
  a.verksamhet.name = MARKUP.name;
  a.respondent_role = MARKUP.role;
  a.notes = MARKUP.notes;
  for (const ans of Object.values(a.answers)) ans.comment = MARKUP.comment;
  a.answers[MARKUP.unknown] = { status: 'vet-ej', comment: MARKUP.comment };
  const file = path.join(dir, 'hostile.json');
  fs.writeFileSync(file, JSON.stringify(a, null, 2));
  return file;
}

function render(tool, assessment, lang, dir) {
  const out = path.join(dir, `${path.basename(tool)}-${lang}.html`);
  fs.writeFileSync(out, execFileSync(tool, [assessment, lang]));
  return out;
}

// Opens a report file with listeners in place before the document parses:
// which markup ran, which CSP violations fired, which requests left the page.
async function openReport(browser, file, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...contextOptions });
  await context.addInitScript(() => {
    window.__ran = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
  });
  const page = await context.newPage();
  const requests = [];
  const console_ = [];
  // A request the CSP refuses is still announced, then fails; only answered ones count.
  page.on('response', (r) => { if (r.url() !== pathToFileURL(file).href) requests.push(r.url()); });
  const blocked = [];
  page.on('requestfailed', (r) => blocked.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('console', (m) => console_.push(m.text()));
  page.on('dialog', (d) => d.dismiss());
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);  // an onerror/onload handler would have fired by now
  return { context, page, requests, blocked, console: console_ };
}

// Every radar label inside the drawn area, measured with the real font.
async function clippedRadarLabels(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('figure svg');
    if (!svg) return ['no radar'];
    const vb = svg.viewBox.baseVal;
    return [...svg.querySelectorAll('text')].filter((t) => {
      const b = t.getBBox();
      return b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width || b.y + b.height > vb.y + vb.height;
    }).map((t) => t.textContent);
  });
}

export const tests = {
  'markup in every field of an unescaped report is blocked by the report\'s CSP': async ({ browser }) => {
    needFile(RENDER_RAW, 'konfigurera med cmake --preset native (SPEGELN_TEST_NO_ESCAPE=ON) och bygg render_report_noescape');
    const dir = tempDir('spegeln-report-');
    const file = render(RENDER_RAW, hostileAssessment(dir), 'sv', dir);
    const html = fs.readFileSync(file, 'utf8');
    assert(html.includes(MARKUP.name) && html.includes(MARKUP.comment), 'the test build really leaves markup unescaped');
    const { context, page, requests, blocked, console: lines } = await openReport(browser, file);
    try {
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll('body script').length,
        imgs: document.querySelectorAll('img[onerror]').length,
        ran: window.__ran,
        violations: window.__violations,
      }));
      assert(dom.scripts >= 2 && dom.imgs >= 2, `the markup is in the DOM (${dom.scripts} scripts, ${dom.imgs} imgs)`);
      assert(dom.ran.length === 0, `markup ran: ${dom.ran.join(', ')}`);
      for (const d of ['script-src-elem', 'script-src-attr', 'img-src'])
        assert(dom.violations.includes(d), `no ${d} violation reported (got ${dom.violations.join(', ')})`);
      assert(requests.length === 0, `the report fetched: ${requests.join(', ')}`);
      assert(blocked.includes('http://127.0.0.1:9/tracker.png csp'), `the tracker was not blocked by the CSP: ${blocked}`);
      assert(lines.some((l) => /Content Security Policy/.test(l)), 'the console names the CSP');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'report-unescaped-blocked.png'), fullPage: false });
    } finally {
      await context.close();
    }
  },

  'the normal report shows markup from every field as text and nothing runs': async ({ browser }) => {
    needFile(CLI, 'bygg spegeln (cmake --build build/native --target spegeln)');
    const dir = tempDir('spegeln-report-');
    const assessment = hostileAssessment(dir);
    const file = path.join(dir, 'cli.html');
    // stderr piped: the CLI rightly warns about the unknown item id.
    fs.writeFileSync(file, execFileSync(CLI, ['score', assessment, '--format', 'html'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    const { context, page, requests } = await openReport(browser, file);
    try {
      const dom = await page.evaluate(() => ({
        elements: document.querySelectorAll('script, img, iframe, svg[onload]').length,
        text: document.body.innerText,
        title: document.title,
        ran: window.__ran,
        violations: window.__violations,
      }));
      assert(dom.elements === 0, `${dom.elements} injected elements`);
      for (const [field, markup] of Object.entries(MARKUP)) {
        const shown = field === 'notes' ? markup : markup.replace(/\s+/g, ' ');
        assert(dom.text.includes(shown), `${field} not shown as text`);
      }
      assert(dom.title.includes(MARKUP.name), 'the title shows the name as text');
      assert(dom.ran.length === 0 && dom.violations.length === 0, `ran ${dom.ran}, violations ${dom.violations}`);
      assert(requests.length === 0, `the report fetched: ${requests.join(', ')}`);
    } finally {
      await context.close();
    }
  },

  'the report passes axe (WCAG 2.1 A/AA) in sv and en, its radar labels fit, and it prints on A4': async ({ browser }) => {
    needFile(RENDER, 'bygg render_report (cmake --build build/native --target render_report)');
    needFile(AXE, 'kör scripts/setup.sh (axe-core i tests/e2e)');
    const dir = tempDir('spegeln-report-');
    const sample = path.join(ROOT, 'tests/fixtures/skane-sample.json');
    for (const lang of ['sv', 'en']) {
      const file = render(RENDER, sample, lang, dir);
      // axe is injected as a script, which the report's CSP rightly refuses.
      const { context, page } = await openReport(browser, file, { bypassCSP: true });
      try {
        assert(await page.evaluate(() => document.documentElement.lang) === lang, `lang is not ${lang}`);
        const clipped = await clippedRadarLabels(page);
        assert(clipped.length === 0, `${lang}: radar labels outside the chart: ${clipped.join(' | ')}`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `report-${lang}-screen.png`), fullPage: true });
        await page.locator('figure').screenshot({ path: path.join(ARTIFACTS_DIR, `report-${lang}-radar.png`) });
        await assertNoAxeViolations(page, lang);
        // At the printable width inside the 16 mm margins (672 px): print media narrows the tables' cells.
        const { pdf } = await assertPrintsOnA4(page, lang);
        fs.writeFileSync(path.join(ARTIFACTS_DIR, `report-${lang}.pdf`), pdf);
        await page.setViewportSize(A4_PX);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `report-${lang}-print.png`), fullPage: true });
        // The first A4 page's worth at full size, to look at without scaling.
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `report-${lang}-print-top.png`), fullPage: true,
          clip: { x: 0, y: 0, ...A4_PX } });
      } finally {
        await context.close();
      }
    }
  },

  'the brukarrevision report passes axe (WCAG 2.1 A/AA) in sv and en, prints on A4 without cut text, and keeps markup inert': async ({ browser }) => {
    needFile(CLI, 'bygg spegeln');
    needFile(AXE, 'kör scripts/setup.sh (axe-core i tests/e2e)');
    const dir = tempDir('spegeln-audit-report-');
    const example = path.join(ROOT, 'docs/examples/brukarrevision-exempel.json');
    for (const lang of ['sv', 'en']) {
      const file = path.join(dir, `brukarrevision-${lang}.html`);
      fs.writeFileSync(file, execFileSync(CLI, ['report', example, '--format', 'html', '--lang', lang]));
      const { context, page } = await openReport(browser, file, { bypassCSP: true });
      try {
        assert(await page.evaluate(() => document.documentElement.lang) === lang, `lang is not ${lang}`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `audit-report-${lang}-screen.png`), fullPage: true });
        await assertNoAxeViolations(page, lang);
        const { pdf } = await assertPrintsOnA4(page, lang);
        fs.writeFileSync(path.join(ARTIFACTS_DIR, `audit-report-${lang}.pdf`), pdf);
        await page.setViewportSize(A4_PX);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `audit-report-${lang}-print-top.png`),
          clip: { x: 0, y: 0, ...A4_PX } });
      } finally {
        await context.close();
      }
    }
    // A quote and a recommendation full of markup: shown as text, nothing runs, nothing is fetched.
    const a = JSON.parse(fs.readFileSync(example, 'utf8'));
    a.items['pv-01'].quotes.push(MARKUP.comment);
    a.recommendations[0].text = MARKUP.unknown;
    a.header.verksamhet.name = MARKUP.name;
    const hostile = path.join(dir, 'hostile-audit.json');
    fs.writeFileSync(hostile, JSON.stringify(a, null, 2));
    const file = path.join(dir, 'hostile-audit.html');
    fs.writeFileSync(file, execFileSync(CLI, ['report', hostile]));
    const { context, page, requests } = await openReport(browser, file);
    try {
      const ran = await page.evaluate(() => window.__ran);
      assert(ran.length === 0, `markup ran: ${ran}`);
      assert(requests.length === 0, `the report fetched: ${requests.join(', ')}`);
      assert((await page.title()).includes(MARKUP.name), 'the title shows the name as text');
    } finally {
      await context.close();
    }
  },

  'spegeln score --format html writes the same bytes as the report renderer': async () => {
    needFile(CLI, 'bygg spegeln');
    needFile(RENDER, 'bygg render_report');
    const dir = tempDir('spegeln-report-');
    const sample = path.join(ROOT, 'tests/fixtures/skane-sample.json');
    const cli = execFileSync(CLI, ['score', sample, '--format', 'html']);
    assert(cli.equals(fs.readFileSync(render(RENDER, sample, 'sv', dir))), 'CLI and renderer differ');
  },

  'the app page has a CSP and markup typed into its fields does not run': async ({ browser, baseUrl, screenshot }) => {
    const { context, page, errors } = await openApp(browser, baseUrl, { acceptDownloads: true });
    try {
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
      assert(csp && /default-src 'self'/.test(csp) && /script-src 'self' 'wasm-unsafe-eval'/.test(csp), `CSP: ${csp}`);
      await page.evaluate(() => {
        window.__ran = [];
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
      });
      await waitStorage(page);
      await click(page, 'start.instrument.skane-2025-sjalvskattning');
      await click(page, 'start.unit_name');
      await typeText(page, MARKUP.name);
      await click(page, 'start.role');
      await typeText(page, MARKUP.role);
      await click(page, 'start.begin');
      let s = await state(page);
      assert(s.screen === 'answer', `start failed: ${JSON.stringify(s.error_messages)}`);
      assert(s.assessment.verksamhet.name === MARKUP.name, 'the name is kept as typed');
      await click(page, 'nav.export');
      await screenshot(page, 'export-with-markup');
      // The report opens from a blob: URL and so also inherits the app's policy.
      const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'export.html')]);
      await report.waitForLoadState();
      const shown = await report.evaluate(() => ({
        elements: document.querySelectorAll('script, img').length,
        h1: document.querySelector('h1')?.textContent,
        styled: getComputedStyle(document.querySelector('h2')).borderBottomStyle,
      }));
      assert(shown.elements === 0 && shown.h1.includes(MARKUP.name), `report: ${JSON.stringify(shown)}`);
      assert(shown.styled === 'solid', 'the report keeps its inline styles under the app\'s policy');
      await report.screenshot({ path: path.join(ARTIFACTS_DIR, 'report-from-app.png') });
      await report.close();
      // The page's own buttons work without inline handlers (web/shell/shell.js).
      await page.evaluate(() => { document.getElementById('save-warning').hidden = false; });
      await page.click('#save-warning-hide');
      assert(await page.locator('#save-warning').isHidden(), 'the save warning\'s button does not hide it');
      s = await page.evaluate(() => ({ ran: window.__ran, violations: window.__violations }));
      assert(s.ran.length === 0, `markup ran in the app: ${s.ran}`);
      assert(s.violations.length === 0, `the app itself broke its CSP: ${s.violations}`);
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  },
};
