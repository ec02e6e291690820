// bench-web.mjs — measures the web app's budgets in Debian's headless Chromium
// and writes them into docs/performance.md under "## Webbappen".
//
//   node scripts/bench-web.mjs [--no-write]
//
// 1. Download size: gzip -9 of every file in build/wasm/site (budget: 400 kB in total).
// 2. Start-up: navigation → first drawn frame (the shell's 'spegeln-first-frame'
//    mark), median of 5 cold loads, each in a new browser with an empty profile;
//    once unthrottled and once at an emulated 10 Mbit/s with 40 ms latency.
// 3. Idle: main-thread CPU (CDP Performance.getMetrics TaskDuration) and frames drawn
//    during 10 s without input.
// 4. Drawing: main-thread CPU per frame on the answer screen of the bundled
//    instrument with continuous drawing forced on, over 300 frames.
// GL work runs in Chromium's GPU process (SwiftShader here) and is not in (3)/(4).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const lib = await import('../tests/e2e/lib.mjs');
const { ROOT, SITE_DIR } = lib;
const write = !process.argv.includes('--no-write');
const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const BUDGET_KB = 400;  // the target; tests/e2e/platform-start.test.mjs holds a higher ceiling until it is met

const kB = (n) => (n / 1024).toFixed(1).replace('.', ',');
const ms = (n) => n.toFixed(n < 10 ? 2 : 0).replace('.', ',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- 1. Sizes ----
const files = fs.readdirSync(SITE_DIR).filter((f) => fs.statSync(path.join(SITE_DIR, f)).isFile()).sort();
const sizes = files.map((f) => {
  const data = fs.readFileSync(path.join(SITE_DIR, f));
  return { file: f, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
});
const totalGzip = sizes.reduce((a, s) => a + s.gzip, 0);

const server = await lib.startServer();

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// ---- 2. Cold start ----
async function coldStart(throttle) {
  const browser = await lib.launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions',
        { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 });
    }
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('spegeln-first-frame').length > 0, null,
      { timeout: 60000, polling: 20 });
    return await page.evaluate(() => ({
      firstFrame: performance.getEntriesByName('spegeln-first-frame')[0].startTime,
      wasmReady: performance.getEntriesByName('spegeln-wasm-ready')[0].startTime,
    }));
  } finally {
    await browser.close();
  }
}
const startups = {};
for (const [name, throttle] of [['lokalt', false], ['10 Mbit/s, 40 ms', true]]) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await coldStart(throttle));
  startups[name] = { firstFrame: median(runs.map((r) => r.firstFrame)), wasmReady: median(runs.map((r) => r.wasmReady)) };
  console.error(`start (${name}): ${runs.map((r) => Math.round(r.firstFrame)).join(', ')} ms`);
}

// ---- 3 + 4. Idle and drawing, in one browser ----
const browser = await lib.launchBrowser();
const { context, page } = await lib.openApp(browser, server.url);
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');

await lib.settle(page);
const idle0 = await metrics(cdp), idleFrames0 = await lib.frameCount(page);
await page.waitForTimeout(10000);
const idle1 = await metrics(cdp), idleFrames1 = await lib.frameCount(page);
const idle = {
  taskMs: (idle1.TaskDuration - idle0.TaskDuration) * 1000,
  scriptMs: (idle1.ScriptDuration - idle0.ScriptDuration) * 1000,
  frames: idleFrames1 - idleFrames0,
};

// To the answer screen the way a user gets there (ids from the screens' test state).
let screen = 'start';
try {
  await page.waitForFunction(() => JSON.parse(Module.ccall('spegeln_test_state_json', 'string', [], [])).storage_ready);
  for (const id of [`start.instrument.${INSTRUMENT_ID}`, 'start.unit_name']) {
    await lib.revealWidget(page, id);
    await lib.clickWidget(page, id);
  }
  await lib.typeText(page, 'Vårdcentralen Mätpunkt');
  await lib.revealWidget(page, 'start.begin');
  await lib.clickWidget(page, 'start.begin');
  screen = (await lib.state(page)).screen;
} catch (err) {
  console.error(`kom inte till frågeskärmen (${err.message}); mäter ${screen}`);
}
await lib.setContinuous(page, true);
await lib.waitFrames(page, 30);
const N = 300;
const draw0 = await metrics(cdp), f0 = await lib.frameCount(page), t0 = Date.now();
await lib.waitFrames(page, N, { timeout: 60000 });
const draw1 = await metrics(cdp), f1 = await lib.frameCount(page), t1 = Date.now();
await lib.setContinuous(page, false);
const frames = f1 - f0;
const drawing = {
  screen,
  frames,
  taskMs: ((draw1.TaskDuration - draw0.TaskDuration) * 1000) / frames,
  scriptMs: ((draw1.ScriptDuration - draw0.ScriptDuration) * 1000) / frames,
  fps: frames / ((t1 - t0) / 1000),
};
await context.close();
await browser.close();
await server.close();

// ---- Report ----
const lines = [];
lines.push('## Webbappen', '');
lines.push(`Mätt med \`node scripts/bench-web.mjs\` ${new Date().toISOString().slice(0, 10)} i Debians headless Chromium`
  + ' (SwiftShader, 2 kärnor), bygget i `build/wasm` (Emscripten 3.1.6, Release).', '');
lines.push('### Nedladdning (gzip -9)', '');
lines.push('| fil | okomprimerad | gzip |', '|---|---:|---:|');
for (const s of sizes) lines.push(`| ${s.file} | ${kB(s.raw)} kB | ${kB(s.gzip)} kB |`);
lines.push(`| **totalt** | ${kB(sizes.reduce((a, s) => a + s.raw, 0))} kB | **${kB(totalGzip)} kB** (budget ${BUDGET_KB} kB: ${totalGzip / 1024 <= BUDGET_KB ? 'inom' : 'ÖVER'}) |`, '');
lines.push('### Start (median av 5 kalla laddningar, ny profil varje gång)', '');
lines.push('| nätverk | wasm laddad och kompilerad | första ritade bilden |', '|---|---:|---:|');
for (const [name, r] of Object.entries(startups)) lines.push(`| ${name} | ${ms(r.wasmReady)} ms | ${ms(r.firstFrame)} ms |`);
lines.push('');
lines.push('### I vila (10 s utan inmatning)', '');
lines.push('| ritade bilder | CPU i huvudtråden | varav skript |', '|---:|---:|---:|');
lines.push(`| ${idle.frames} | ${ms(idle.taskMs)} ms (${(idle.taskMs / 100).toFixed(2).replace('.', ',')} %) | ${ms(idle.scriptMs)} ms |`, '');
lines.push(`### Ritning (skärm \`${drawing.screen}\`, ${drawing.frames} bilder med ritning varje bild påslagen)`, '');
lines.push('| CPU per bild (huvudtråden) | varav skript och wasm | bilder per sekund |', '|---:|---:|---:|');
lines.push(`| ${ms(drawing.taskMs)} ms | ${ms(drawing.scriptMs)} ms | ${drawing.fps.toFixed(0)} |`, '');
lines.push('GPU-arbetet (här SwiftShader i Chromiums GPU-process) ingår inte i CPU-siffrorna.', '');
lines.push('Det som håller siffrorna nere (mätt med samma skript före och efter):', '');
lines.push('- Appen ritar bara när något händer: efter inmatning fyra bilder, med ett aktivt textfält fem bilder per'
  + ' sekund för markören, annars inga. I vila stoppas `requestAnimationFrame` helt (`web/loop_web.cpp`, `idle()`):'
  + ' en rAF-slinga som bara returnerar kostade ändå 234 ms CPU per 10 s (2,3 % av en kärna).');
lines.push('- ImGui 1.86:s OpenGL3-backend läser scissor- och blend-tillstånd med `glGetIntegerv` varje bild. I WebGL är'
  + ' de frågorna synkrona rundresor till GPU-processen och kostade 34 ms per bild; `web/webgl_state.cpp` besvarar'
  + ' dem (bara ImGui ritar, så svaren är kända).');
lines.push('- `-Os`: app.wasm blir 257 kB gzip mot 319 kB med `-O2` och 330 kB med `-O3`, utan mätbar skillnad i'
  + ' CPU per bild (2,2 mot 2,3 ms).');
const section = lines.join('\n') + '\n';
process.stdout.write(section);

if (write) {
  const doc = path.join(ROOT, 'docs/performance.md');
  const begin = '<!-- bench-web:start -->', end = '<!-- bench-web:end -->';
  const block = `${begin}\n${section}${end}`;
  let text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '# Prestanda\n\n';
  text = text.includes(begin)
    ? text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length)
    : text.replace(/\n*$/, '\n\n') + block + '\n';
  fs.writeFileSync(doc, text);
  console.error(`skrev ${path.relative(ROOT, doc)}`);
}
