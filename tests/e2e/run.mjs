// run.mjs — runs the browser tests against build/wasm/site in Debian's headless Chromium.
//
//   node tests/e2e/run.mjs [filter…]     (filter: part of a test file or test name)
//
// Every tests/e2e/*.test.mjs exports `tests`: { "name says the rule": async (ctx) => … }
// with ctx = { browser, baseUrl, screenshot(page, name), lib }. A test fails by
// throwing. Screenshots go to build/e2e-artifacts/. Exit code 1 if any test failed.
//
// Test files run on E2E_WORKERS workers at once (default 2, one per core of
// the CI machine), each with its own Chromium: SwiftShader draws in a
// browser's one GPU process, so two pages of one browser would take turns.
// The tests within a file run in order; a file's lines are printed together
// when it is done. E2E_WORKERS=1 runs everything one after the other.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lib from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const workers = Math.max(1, Number(process.env.E2E_WORKERS || 2));

if (!fs.existsSync(path.join(lib.SITE_DIR, 'app.wasm'))) {
  console.error(`${lib.SITE_DIR}/app.wasm saknas: bygg webbappen först (se docs eller web/CMakeLists.txt).`);
  process.exit(2);
}
fs.mkdirSync(lib.ARTIFACTS_DIR, { recursive: true });

// The longest files start first so the workers finish close together; the
// rest follow in name order. (Durations from a CI run: seeing and units take
// minutes, most files well under one.)
const slowFirst = ['workshop', 'seeing', 'units', 'flow', 'language', 'audit', 'a11y', 'group'];
const weight = (f) => {
  const i = slowFirst.findIndex((s) => f.startsWith(s));
  return i < 0 ? slowFirst.length : i;
};
const files = fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()
  .sort((a, b) => weight(a) - weight(b));
const server = await lib.startServer();
let passed = 0;
const failed = [];

async function runFile(file, browser) {
  const out = [];
  let tests;
  try {
    ({ tests } = await import(pathToFileURL(path.join(here, file)).href));
  } catch (err) {
    if (filters.length && !filters.some((f) => file.includes(f))) return out;  // not asked for
    failed.push(file);
    out.push(`FAIL  ${file}: kunde inte laddas\n      ${String(err && err.message || err)}`);
    return out;
  }
  for (const [name, fn] of Object.entries(tests || {})) {
    const full = `${file.replace('.test.mjs', '')}: ${name}`;
    if (filters.length && !filters.some((f) => full.includes(f))) continue;
    const shotPrefix = `${file.replace('.test.mjs', '')}-${name.replace(/[^\wåäöÅÄÖ-]+/g, '_').slice(0, 60)}`;
    const ctx = {
      browser,
      baseUrl: server.url,
      lib,
      screenshot: (page, shot) => page.screenshot({ path: path.join(lib.ARTIFACTS_DIR, `${shotPrefix}-${shot}.png`) }),
    };
    const t0 = Date.now();
    try {
      await fn(ctx);
      passed++;
      out.push(`ok    ${full} (${Date.now() - t0} ms)`);
    } catch (err) {
      failed.push(full);
      out.push(`FAIL  ${full} (${Date.now() - t0} ms)\n      ${String(err && err.stack || err).split('\n').join('\n      ')}`);
    }
  }
  return out;
}

const queue = [...files];
async function worker() {
  let browser = await lib.launchBrowser();
  try {
    for (let file = queue.shift(); file; file = queue.shift()) {
      // A browser that crashed would fail every later file of this worker.
      if (!browser.isConnected()) browser = await lib.launchBrowser();
      const lines = await runFile(file, browser);
      if (lines.length) console.log(lines.join('\n'));
    }
  } finally {
    await browser.close().catch(() => {});
  }
}
const t0 = Date.now();
await Promise.all(Array.from({ length: Math.min(workers, files.length) }, worker));
await server.close();
console.log(`\n${passed} gick igenom, ${failed.length} misslyckades (${Math.round((Date.now() - t0) / 1000)} s, ${workers} samtidiga).`);
if (failed.length) {
  for (const f of failed) console.log(`  - ${f}`);
  process.exit(1);
}
