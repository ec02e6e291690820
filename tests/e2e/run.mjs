// run.mjs — runs the browser tests against build/wasm/site in Debian's headless Chromium.
//
//   node tests/e2e/run.mjs [filter…]     (filter: part of a test file or test name)
//
// Every tests/e2e/*.test.mjs exports `tests`: { "name says the rule": async (ctx) => … }
// with ctx = { browser, baseUrl, screenshot(page, name), lib }. A test fails by
// throwing. Screenshots go to build/e2e-artifacts/. Exit code 1 if any test failed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lib from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);

if (!fs.existsSync(path.join(lib.SITE_DIR, 'app.wasm'))) {
  console.error(`${lib.SITE_DIR}/app.wasm saknas: bygg webbappen först (se docs eller web/CMakeLists.txt).`);
  process.exit(2);
}
fs.mkdirSync(lib.ARTIFACTS_DIR, { recursive: true });

const files = fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
const server = await lib.startServer();
const browser = await lib.launchBrowser();
let passed = 0;
const failed = [];

for (const file of files) {
  let tests;
  try {
    ({ tests } = await import(pathToFileURL(path.join(here, file)).href));
  } catch (err) {
    if (filters.length && !filters.some((f) => file.includes(f))) continue;  // not asked for
    failed.push(file);
    console.log(`FAIL  ${file}: kunde inte laddas\n      ${String(err && err.message || err)}`);
    continue;
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
      console.log(`ok    ${full} (${Date.now() - t0} ms)`);
    } catch (err) {
      failed.push(full);
      console.log(`FAIL  ${full} (${Date.now() - t0} ms)\n      ${String(err && err.stack || err).split('\n').join('\n      ')}`);
    }
  }
}

await browser.close();
await server.close();
console.log(`\n${passed} gick igenom, ${failed.length} misslyckades.`);
if (failed.length) {
  for (const f of failed) console.log(`  - ${f}`);
  process.exit(1);
}
