// bench-start.mjs — how fast Strategispegeln starts, stage by stage, side by
// side with SurveyJS showing the same instrument (docs/performance.md, "Start").
//
//   node scripts/bench-start.mjs [--runs N] [--json FILE]
//
// Needs build/wasm/site (scripts/build-web.sh) and the npm registry the first
// time: SurveyJS (survey-core + survey-js-ui, pinned below) is installed into
// build/bench-start/ (ignored by git, never committed). Both sites are copied
// into build/bench-start/www/ and served by one server (tests/e2e/lib.mjs), so
// they load the same way: uncompressed over 127.0.0.1, no cache.
//
// Runs alternate: app, SurveyJS, SurveyJS, app, app, … (so neither is always
// first after a quiet moment), each in a new headless Chromium with an empty
// profile. Reported: the median of N runs (default 7) of every stage.
//
// Strategispegeln's stages are performance marks "spegeln-…" made by
// web/shell/shell.js and the C++ (loop_platform::mark). "painted" is the first
// task after the rendering update that shows the content (a setTimeout queued
// from the animation frame that drew it); SurveyJS's first question gets the
// same treatment (a MutationObserver sees it, then the next animation frame,
// then a setTimeout). Both are measured from navigation start.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const lib = await import('../tests/e2e/lib.mjs');
const { ROOT, SITE_DIR } = lib;

const SURVEYJS_VERSION = '2.5.38';
const INSTRUMENT = 'skane-2025-sjalvskattning';
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', 7));
const JSON_OUT = arg('--json', null);

const WORK = path.join(ROOT, 'build/bench-start');
const WWW = path.join(WORK, 'www');
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!fs.existsSync(path.join(SITE_DIR, 'app.wasm'))) {
  console.error(`${SITE_DIR}/app.wasm saknas: kör scripts/build-web.sh först.`);
  process.exit(2);
}

// ---- SurveyJS, installed at benchmark time ----
const NM = path.join(WORK, 'node_modules');
const installed = (p) => {
  try { return JSON.parse(fs.readFileSync(path.join(NM, p, 'package.json'), 'utf8')).version === SURVEYJS_VERSION; }
  catch { return false; }
};
if (!installed('survey-core') || !installed('survey-js-ui')) {
  fs.mkdirSync(WORK, { recursive: true });
  if (!fs.existsSync(path.join(WORK, 'package.json')))
    fs.writeFileSync(path.join(WORK, 'package.json'), '{ "private": true }\n');
  console.error(`installerar survey-core och survey-js-ui ${SURVEYJS_VERSION} i ${path.relative(ROOT, WORK)} …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `survey-core@${SURVEYJS_VERSION}`,
    `survey-js-ui@${SURVEYJS_VERSION}`], { cwd: WORK, stdio: 'inherit' });
}

// ---- The instrument as a SurveyJS survey: one page per area, a radio group per item ----
function surveyJson() {
  const inst = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT}.json`), 'utf8'));
  const scales = Object.fromEntries(inst.scales.map((s) => [s.id, s]));
  return {
    title: inst.title.sv,
    description: inst.description.sv,
    locale: 'sv',
    showQuestionNumbers: 'off',
    pages: inst.areas.map((area) => ({
      name: area.id,
      title: `${area.number} ${area.title.sv}`,
      description: area.description.sv,
      elements: inst.items.filter((it) => it.area === area.id).map((it) => ({
        type: 'radiogroup',
        name: it.id,
        title: it.text.sv,
        description: it.help ? it.help.sv : undefined,
        choices: scales[it.scale].levels.map((l) => ({ value: l.value, text: l.label.sv })),
      })),
    })),
  };
}

const SURVEY_HTML = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SurveyJS – ${INSTRUMENT}</title>
<link rel="stylesheet" href="survey-core.fontless.min.css">
<script src="survey.core.min.js"></script>
<script src="swedish.min.js"></script>
<script src="survey-js-ui.min.js"></script>
</head>
<body>
<div id="survey"></div>
<script src="start.js"></script>
</body>
</html>
`;
const SURVEY_START = `'use strict';
performance.mark('survey-scripts');
fetch('survey.json').then(function (r) { return r.json(); }).then(function (json) {
  performance.mark('survey-json');
  var model = new Survey.Model(json);
  performance.mark('survey-model');
  model.render(document.getElementById('survey'));
  performance.mark('survey-rendered');
});
`;

// ---- Both sites in one folder, served by one server ----
fs.rmSync(WWW, { recursive: true, force: true });
fs.mkdirSync(path.join(WWW, 'surveyjs'), { recursive: true });
fs.cpSync(SITE_DIR, path.join(WWW, 'app'), { recursive: true });
const sj = path.join(WWW, 'surveyjs');
for (const [from, to] of [['survey-core/survey.core.min.js', 'survey.core.min.js'],
  ['survey-core/survey-core.fontless.min.css', 'survey-core.fontless.min.css'],
  ['survey-core/i18n/swedish.min.js', 'swedish.min.js'],
  ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js']])
  fs.copyFileSync(path.join(NM, from), path.join(sj, to));
fs.writeFileSync(path.join(sj, 'index.html'), SURVEY_HTML);
fs.writeFileSync(path.join(sj, 'start.js'), SURVEY_START);
fs.writeFileSync(path.join(sj, 'survey.json'), JSON.stringify(surveyJson()));

// Total transfer: gzip -9 of every file in each site (each page loads all of its files).
function transfer(dir) {
  let raw = 0, gzip = 0;
  const files = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const data = fs.readFileSync(path.join(dir, f));
    const g = zlib.gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gzip += g;
    files.push({ file: f, raw: data.length, gzip: g });
  }
  return { raw, gzip, files };
}
const sizes = { app: transfer(path.join(WWW, 'app')), surveyjs: transfer(sj) };

// ---- One cold load ----
// Installed before any page script: "painted" marks for both pages.
function initScript() {
  // Long tasks (> 50 ms on the main thread): input that arrives during one waits for its end.
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  } catch { /* no long-task timing: the blocking figures stay empty */ }
  const after = (name) => requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
  const origMark = performance.mark.bind(performance);
  // Strategispegeln: its marks come from inside the animation frame that drew.
  performance.mark = function (name, opts) {
    const r = origMark(name, opts);
    if (name === 'spegeln-first-frame') setTimeout(() => origMark('spegeln-first-frame-painted'), 0);
    if (name === 'spegeln-useful') setTimeout(() => origMark('spegeln-useful-painted'), 0);
    return r;
  };
  // Strategispegeln's static first screen (scripts/first_screen.py), parsed from index.html.
  if (location.pathname.includes('/app/')) {
    const mo = new MutationObserver(() => {
      const h = document.querySelector('#first-screen .fs h2');
      if (h && h.textContent.trim()) {
        mo.disconnect();
        after('spegeln-first-screen-painted');
      }
    });
    mo.observe(document, { childList: true, subtree: true });
  }
  // SurveyJS: the first question element with its title in the DOM.
  if (location.pathname.includes('/surveyjs/')) {
    const mo = new MutationObserver(() => {
      const q = document.querySelector('.sd-question .sd-question__title');
      if (q && q.textContent.trim()) {
        mo.disconnect();
        origMark('survey-question-in-dom');
        after('survey-question-painted');
      }
    });
    mo.observe(document, { childList: true, subtree: true });
  }
}

async function coldLoad(server, which) {
  const browser = await lib.launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await context.addInitScript(initScript);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const done = which === 'app' ? 'spegeln-useful-painted' : 'survey-question-painted';
    await page.goto(`${server.url}${which}/`, { waitUntil: 'commit' });
    // When the page can first handle input once its first content shows: a task sent from here
    // runs on the main thread only when it is free (the static screen is painted before the
    // shell's WebGL check, which holds the thread while the browser starts its GPU process).
    let inputReady = NaN;
    for (let i = 0; i < 3000 && Number.isNaN(inputReady); i++) {
      inputReady = await page.evaluate(() =>
        (performance.getEntriesByName('first-contentful-paint').length ? performance.now() : NaN));
      if (Number.isNaN(inputReady)) await new Promise((r) => setTimeout(r, 10));
    }
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, done, { timeout: 60000, polling: 20 });
    // First contentful paint: the browser's own time for when the first text was presented
    // (Strategispegeln: the static first screen; SurveyJS: the survey with its first question).
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null,
      { timeout: 10000, polling: 20 }).catch(() => {});
    if (which === 'app') {  // the second frame's marks (for the cost of the first frame's font work)
      await page.waitForFunction(() => performance.getEntriesByName('spegeln-frame1-end').length > 0, null,
        { timeout: 10000, polling: 20 }).catch(() => {});
    }
    if (errors.length) throw new Error(`${which}: ${errors.join('; ')}`);
    const marks = await page.evaluate(() => {
      const out = {};
      for (const e of performance.getEntriesByType('mark')) if (!(e.name in out)) out[e.name] = e.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      out.responseEnd = nav.responseEnd;
      out.domContentLoaded = nav.domContentLoadedEventEnd;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      out.fcp = fcp ? fcp.startTime : NaN;
      // After the first content shows and until the page is done starting: the longest time
      // the main thread could not take input, and the total blocking time (each long task's
      // time beyond 50 ms), both counted from first contentful paint.
      const fcpAt = fcp ? fcp.startTime : 0;
      let longest = 0, blocking = 0;
      for (const [start, duration] of window.__longTasks) {
        const part = start + duration - Math.max(start, fcpAt);
        if (part <= 0) continue;
        longest = Math.max(longest, part);
        blocking += Math.max(0, part - 50);
      }
      out['block-longest'] = longest;
      out['block-total'] = blocking;
      for (const r of performance.getEntriesByType('resource')) {
        const name = r.name.split('/').pop();
        out[`res:${name}`] = r.responseEnd;
        out[`resStart:${name}`] = r.startTime;
      }
      return out;
    });
    marks['input-ready'] = inputReady;
    return marks;
  } finally {
    await browser.close();
  }
}

// ---- Runs ----
const server = await lib.startServer(WWW);
const runs = { app: [], surveyjs: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? ['surveyjs', 'app'] : ['app', 'surveyjs'];
    for (const which of order) runs[which].push(await coldLoad(server, which));
    const a = runs.app.at(-1), s = runs.surveyjs.at(-1);
    console.error(`omgång ${i + 1}/${RUNS}: Strategispegeln ${Math.round(a['spegeln-useful-painted'])} ms`
      + ` (första bilden ${Math.round(a['spegeln-first-frame-painted'])} ms),`
      + ` statisk förstaskärm ${Math.round(a.fcp)} ms (FCP),`
      + ` SurveyJS ${Math.round(s['survey-question-painted'])} ms (FCP ${Math.round(s.fcp)})`);
  }
} finally {
  await server.close();
}

// ---- Stages (each the median over runs of the time since navigation start, and the step from the previous) ----
const m = (which, key) => median(runs[which].map((r) => r[key]));
const span = (which, a, b) => median(runs[which].map((r) => r[b] - r[a]));
const appStages = [
  ['HTML laddad', 'responseEnd'],
  ['första målning (FCP)', 'fcp'],
  ['statiska förstaskärmen tar emot inmatning', 'input-ready'],
  ['statiska förstaskärmen i en bildruta (rAF)', 'spegeln-first-screen-painted'],
  ['shell.js körs', 'spegeln-shell'],
  ['app.js körs (instantiateWasm)', 'spegeln-appjs'],
  ['app.wasm nedladdad (resurstiden)', 'res:app.wasm'],
  ['app.wasm kompilerad', 'spegeln-wasm-compiled'],
  ['app.wasm instansierad', 'spegeln-wasm-ready'],
  ['main() börjar', 'spegeln-main'],
  ['typsnitt registrerade', 'spegeln-fonts'],
  ['appen skapad (instrument, texter)', 'spegeln-app'],
  ['GPU-processen har gjort WebGL-kontexten (staket)', 'spegeln-gpu-ready'],
  ['WebGL-kontext', 'spegeln-gl'],
  ['lagringen läst (IndexedDB, syncfs)', 'spegeln-storage-ready'],
  ['första bilden börjar', 'spegeln-frame0-start'],
  ['första bilden ritad', 'spegeln-first-frame'],
  ['första bilden syns', 'spegeln-first-frame-painted'],
  ['första användbara skärmen syns', 'spegeln-useful-painted'],
];
const result = {
  date: new Date().toISOString().slice(0, 10),
  runs: RUNS,
  surveyjs_version: SURVEYJS_VERSION,
  sizes,
  app: Object.fromEntries(appStages.map(([label, key]) => [key, { label, median: m('app', key) }])),
  app_frames: {
    frame0_ms: span('app', 'spegeln-frame0-start', 'spegeln-frame0-end'),
    frame0_layout_ms: span('app', 'spegeln-frame0-start', 'spegeln-frame0-laid-out'),
    frame1_ms: span('app', 'spegeln-frame1-start', 'spegeln-frame1-end'),
    compile_ms: span('app', 'res:app.wasm', 'spegeln-wasm-compiled'),
    instantiate_ms: span('app', 'spegeln-wasm-compiled', 'spegeln-wasm-ready'),
    runtime_to_main_ms: span('app', 'spegeln-wasm-ready', 'spegeln-main'),
    // main() makes the app, returns to the browser, then opens the window (web/main_web.cpp).
    fonts_ms: span('app', 'spegeln-main', 'spegeln-fonts'),
    app_ms: span('app', 'spegeln-fonts', 'spegeln-app'),
    gl_ms: span('app', 'spegeln-app', 'spegeln-gl'),
    storage_ms: span('app', 'spegeln-main', 'spegeln-storage-ready'),
    longest_block_after_fcp_ms: m('app', 'block-longest'),
    blocking_after_fcp_ms: m('app', 'block-total'),
  },
  surveyjs: {
    responseEnd: m('surveyjs', 'responseEnd'),
    fcp: m('surveyjs', 'fcp'),
    'input-ready': m('surveyjs', 'input-ready'),
    'survey-scripts': m('surveyjs', 'survey-scripts'),
    'survey-json': m('surveyjs', 'survey-json'),
    'survey-model': m('surveyjs', 'survey-model'),
    'survey-rendered': m('surveyjs', 'survey-rendered'),
    'survey-question-in-dom': m('surveyjs', 'survey-question-in-dom'),
    'survey-question-painted': m('surveyjs', 'survey-question-painted'),
    'block-longest': m('surveyjs', 'block-longest'),
    'block-total': m('surveyjs', 'block-total'),
  },
  raw: runs,
};
const useful = result.app['spegeln-useful-painted'].median;
const first = result.app['spegeln-first-frame-painted'].median;
const survey = result.surveyjs['survey-question-painted'];
// The static first screen is the page's first content, so FCP is when it was presented. SurveyJS's
// page has no content before the survey, so its FCP is the survey with its first question, provided
// the question was in the DOM before that paint (checked per run; otherwise the rAF time counts).
const staticScreen = result.app.fcp.median;
result.surveyjs.first_question_visible = median(runs.surveyjs.map((r) =>
  r.fcp >= r['survey-question-in-dom'] ? r.fcp : r['survey-question-painted']));
const surveyVisible = result.surveyjs.first_question_visible;
result.ratio = useful / survey;
result.static_ratio = staticScreen / surveyVisible;
// The static screen's form works (web/shell/first-screen.js): it is usable once it is shown and
// the page takes input; SurveyJS's question likewise.
result.input_ratio = result.app['input-ready'].median / result.surveyjs['input-ready'];

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`\nStrategispegeln, median av ${RUNS} kalla laddningar (ms från navigeringens start):`);
for (const [key, { label, median: v }] of Object.entries(result.app)) console.log(`  ${label.padEnd(38)} ${v.toFixed(0).padStart(6)}`);
console.log('  delar:', Object.entries(result.app_frames).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' '));
console.log(`SurveyJS ${SURVEYJS_VERSION}: FCP ${result.surveyjs.fcp.toFixed(0)}, skript ${result.surveyjs['survey-scripts'].toFixed(0)}, json ${result.surveyjs['survey-json'].toFixed(0)},`
  + ` modell ${result.surveyjs['survey-model'].toFixed(0)}, renderad ${result.surveyjs['survey-rendered'].toFixed(0)},`
  + ` första frågan syns ${survey.toFixed(0)}, längsta blockering efter FCP ${result.surveyjs['block-longest'].toFixed(0)},`
  + ` blockerande tid efter FCP ${result.surveyjs['block-total'].toFixed(0)}`);
console.log(`Nedladdning gzip -9: Strategispegeln ${kB(sizes.app.gzip)} (okomprimerat ${kB(sizes.app.raw)}),`
  + ` SurveyJS ${kB(sizes.surveyjs.gzip)} (okomprimerat ${kB(sizes.surveyjs.raw)})`);
console.log(`start_side_by_side first_screen_ms=${staticScreen.toFixed(0)} app_first_frame_ms=${first.toFixed(0)}`
  + ` app_useful_ms=${useful.toFixed(0)} surveyjs_fcp_ms=${surveyVisible.toFixed(0)} surveyjs_raf_ms=${survey.toFixed(0)} first_screen_ratio=${result.static_ratio.toFixed(2)}`
  + ` useful_ratio=${result.ratio.toFixed(2)} first_screen_input_ms=${result.app['input-ready'].median.toFixed(0)}`
  + ` surveyjs_input_ms=${result.surveyjs['input-ready'].toFixed(0)} input_ratio=${result.input_ratio.toFixed(2)}`
  + ` app_longest_block_ms=${result.app_frames.longest_block_after_fcp_ms.toFixed(0)}`
  + ` surveyjs_longest_block_ms=${result.surveyjs['block-longest'].toFixed(0)}`);
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(result, null, 1));
