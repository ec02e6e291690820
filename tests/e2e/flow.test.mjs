// flow.test.mjs — a vårdcentral team's session in headless Chromium, through
// real mouse and keyboard events on the canvas: start an assessment, answer by
// number keys and by clicks, read the results, export JSON / CSV / HTML,
// reload, resume, delete, import; a broken import; the text size; a phone.
// The scores shown must equal the core's: the native CLI scoring the exported
// file (required: set SPEGELN_CLI or build the native preset) and an independent
// computation from docs/scoring.md.
// Widgets are found by the ids the screens report (app_test_state_json).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, clickWidget, openApp, pressKey, raf, ROOT, settle, state, tempDir, typeText, waitReady,
  wheel, withApp, waitStorage, reveal, click } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const COMMENT = '<script>alert(1)</script> Rutinen finns men följs inte upp.';
// The newest version's items a vårdcentral answers (the start screen's default unit kind):
// those without unit_kinds or naming vardcentral, in the order the answer screen shows them.
const UNIT_KIND = 'vardcentral';
const applies = (item) => !item.unit_kinds || item.unit_kinds.includes(UNIT_KIND);
const asked = instrument.items.filter(applies);
const order = instrument.areas.flatMap((a) => asked.filter((i) => i.area === a.id));
const topOf = (item) => Math.max(...instrument.scales.find((s) => s.id === item.scale).levels.map((l) => l.value));

// ---- helpers on top of lib.mjs ----

async function startAssessment(page, unit) {
  await waitStorage(page);
  await click(page, `start.instrument.${INSTRUMENT_ID}`);
  await click(page, 'start.unit_name');
  await typeText(page, unit);
  await click(page, 'start.begin');
  const s = await state(page);
  assert(s.screen === 'answer', `not on the answer screen: ${JSON.stringify(s.error_messages)}`);
  return s;
}

const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

// docs/scoring.md written again from its text: value L/K; a dimension's score is
// 100·Σ(w·value)/Σw over items with a level; vet ej / unanswered are missing;
// ej aktuellt is left out; no level at all → no score; overall = mean of the
// principle scores that exist.
function referenceScores(assessment) {
  const value = (item) => {
    const a = assessment.answers[item.id];
    return a && typeof a.level === 'number' ? a.level / topOf(item) : null;
  };
  const dimension = (weighted) => {
    let sum = 0, wsum = 0;
    for (const [item, w] of weighted) {
      const v = value(item);
      if (v !== null) { sum += w * v; wsum += w; }
    }
    return wsum > 0 ? (100 * sum) / wsum : null;
  };
  const principles = {};
  for (const p of instrument.principles)
    principles[p.id] = dimension(asked.flatMap((it) => it.principles.filter((pw) => pw.id === p.id)
      .map((pw) => [it, pw.weight ?? 1])));
  const areas = {};
  for (const a of instrument.areas) areas[a.id] = dimension(asked.filter((it) => it.area === a.id).map((it) => [it, 1]));
  const present = Object.values(principles).filter((v) => v !== null);
  return { overall: present.length ? present.reduce((x, y) => x + y, 0) / present.length : null, principles, areas };
}

function checkScores(shown, ref, where) {
  assert(near(shown.overall, ref.overall), `${where}: overall ${shown.overall} ≠ ${ref.overall}`);
  for (const [id, v] of Object.entries(ref.principles)) assert(near(shown.principles[id], v), `${where}: ${id} ${shown.principles[id]} ≠ ${v}`);
  for (const [id, v] of Object.entries(ref.areas)) assert(near(shown.areas[id], v), `${where}: ${id} ${shown.areas[id]} ≠ ${v}`);
}

function checkAnswers(answers, expected) {
  for (const [id, want] of Object.entries(expected)) {
    const got = answers[id] || {};
    assert(got.level === want.level && got.status === want.status && got.comment === want.comment,
      `${id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
}

// Answers every item but the last four with keys (a level, V or E, then Enter),
// three of those by mouse, leaves the last one open. Returns the answers given.
async function answerAll(page, screenshot) {
  const expected = {};
  for (let i = 0; i < order.length - 4; i++) {
    const item = order[i];
    const s = await state(page);
    assert(s.item === item.id, `Enter should have moved to ${item.id}, is at ${s.item}`);
    if (i % 11 === 5) { await pressKey(page, 'v'); expected[item.id] = { status: 'vet-ej' }; }
    else if (i % 13 === 7) { await pressKey(page, 'e'); expected[item.id] = { status: 'ej-aktuellt' }; }
    else {
      const level = (i * 7) % (topOf(item) + 1);
      await pressKey(page, String(level));
      expected[item.id] = { level };
    }
    if (i === 1) await screenshot(page, 'answer-keyboard');
    await pressKey(page, 'Enter');
  }
  const [a, b, c] = order.slice(order.length - 4);
  await click(page, `answer.item.${a.id}.level.1`);
  expected[a.id] = { level: 1 };
  await click(page, `answer.item.${b.id}.vet_ej`);
  expected[b.id] = { status: 'vet-ej' };
  await click(page, `answer.item.${c.id}.ej_aktuellt`);
  expected[c.id] = { status: 'ej-aktuellt' };
  await click(page, `answer.item.${a.id}.comment`);
  await typeText(page, COMMENT);
  await pressKey(page, 'Escape');
  expected[a.id].comment = COMMENT;
  await screenshot(page, 'answer-clicks');
  return expected;
}

export const tests = {
  'a team starts, answers by keys and clicks, sees the core\'s scores, exports, reloads and re-imports': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-flow-');
    const { context, page, errors } = await openApp(browser, baseUrl, { acceptDownloads: true });
    try {
      await waitStorage(page);
      let s = await state(page);
      assert(s.screen === 'start' && s.assessment === null, 'starts on the start screen');
      await screenshot(page, 'start');

      // Start through the form.
      await click(page, `start.instrument.${INSTRUMENT_ID}`);
      await click(page, 'start.unit_name');
      await typeText(page, 'Vårdcentralen Eken');
      await click(page, `start.unit_kind.${UNIT_KIND}`);
      await click(page, 'start.role');
      await typeText(page, 'hela teamet');
      await click(page, 'start.begin');
      s = await state(page);
      assert(s.screen === 'answer', `start failed: ${JSON.stringify(s.error_messages)}`);
      assert(s.assessment.verksamhet.name === 'Vårdcentralen Eken', `unit ${s.assessment.verksamhet.name}`);
      assert(s.assessment.respondent_role === 'hela teamet', 'role');
      assert(s.assessment.unit_kind === UNIT_KIND, `unit kind ${s.assessment.unit_kind}`);
      assert(/^\d{4}-\d\d-\d\d$/.test(s.assessment.date), 'date defaults to today');
      assert(s.item === order[0].id, 'the first item is current');

      const expected = await answerAll(page, screenshot);
      s = await state(page);
      checkAnswers(s.assessment.answers, expected);

      // Results: the numbers shown are the documented numbers.
      await click(page, 'nav.results');
      s = await state(page);
      assert(s.screen === 'results', 'results screen');
      checkScores(s.scores, referenceScores(s.assessment), 'results');
      await screenshot(page, 'results');
      await reveal(page, 'results.radar', { top: true });
      await screenshot(page, 'results-radar');
      await reveal(page, 'results.to_export');
      await screenshot(page, 'results-lower');

      // Export JSON: a download, marked exported, scored the same by the CLI.
      await click(page, 'nav.export');
      await screenshot(page, 'export');
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export.json')]);
      assert(/^Vårdcentralen-Eken-\d{4}-\d\d-\d\d\.json$/.test(download.suggestedFilename()), download.suggestedFilename());
      const exported = path.join(dir, download.suggestedFilename());
      await download.saveAs(exported);
      checkAnswers(JSON.parse(fs.readFileSync(exported, 'utf8')).answers, expected);
      s = await state(page);
      assert(s.assessment.strategispegeln_app.unexported_changes === false, 'marked exported');
      assert(s.saved[0].unexported === false, 'list says exported');
      // The cross-check with the core is the point of this step: without the
      // CLI it would pass having compared nothing, so a missing CLI fails.
      assert(fs.existsSync(CLI), `${CLI} saknas: bygg den (cmake --preset native && cmake --build build/native) ` +
        'eller peka ut den med SPEGELN_CLI=<sökväg>; webbappens poäng jämförs med CLI:ns');
      // docs/output-json.md: {"overall": {"score"}, "principles": [{"id", "score"}], "areas": [...]}.
      const cli = JSON.parse(execFileSync(CLI, ['score', exported, '--format', 'json'], { encoding: 'utf8' }));
      const byId = (list) => Object.fromEntries(list.map((d) => [d.id, d.score ?? null]));
      // checkScores walks the CLI's dimensions, so one the CLI left out would pass.
      for (const kind of ['principles', 'areas'])
        assert(cli[kind].map((d) => d.id).join() === instrument[kind].map((d) => d.id).join(),
          `CLI: ${kind} ${cli[kind].map((d) => d.id)} ≠ instrumentets ${instrument[kind].map((d) => d.id)}`);
      checkScores(s.scores, { overall: cli.overall.score, principles: byId(cli.principles), areas: byId(cli.areas) }, 'CLI');

      // CSV for Excel.
      const [csv] = await Promise.all([page.waitForEvent('download'), click(page, 'export.csv')]);
      const csvPath = path.join(dir, csv.suggestedFilename());
      await csv.saveAs(csvPath);
      const csvText = fs.readFileSync(csvPath, 'utf8');
      assert(csvText.startsWith('\uFEFF') && csvText.includes(';'), 'CSV with BOM and semicolons');

      // The HTML report in a new tab: the comment is text, never markup.
      let alerted = false;
      const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'export.html')]);
      report.on('dialog', async (d) => { alerted = true; await d.dismiss(); });
      await report.waitForLoadState();
      const html = await report.content();
      assert(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'comment shown escaped');
      assert(!html.includes('<script>alert(1)'), 'comment not markup');
      await report.screenshot({ path: path.join(ROOT, 'build/e2e-artifacts/flow-report.png'), fullPage: true });
      await report.close();
      if (fs.existsSync(CLI)) {
        // One renderer (docs/reports.md): the CLI's report of the exported file is the same document.
        const cliReport = path.join(dir, 'cli-report.html');
        fs.writeFileSync(cliReport, execFileSync(CLI, ['score', exported, '--format', 'html']));
        const cliPage = await context.newPage();
        await cliPage.goto(`file://${cliReport}`);
        assert(await cliPage.content() === html, 'the app\'s HTML report differs from `spegeln score --format html`');
        await cliPage.close();
      }
      assert(!alerted, 'no alert ran');

      // Reload: everything is still there.
      await page.reload();
      await waitStorage(page);
      s = await state(page);
      assert(s.screen === 'start' && s.saved.length === 1, `after reload: ${s.screen}, ${s.saved.length} saved`);
      const id = s.saved[0].id;
      await click(page, 'nav.saved');
      await screenshot(page, 'saved');
      await click(page, `saved.resume.${id}`);
      s = await state(page);
      checkAnswers(s.assessment.answers, expected);
      assert(s.item === order[order.length - 1].id, `resumes at the unanswered item, not ${s.item}`);

      // Delete (cancel once, then confirm), then import the exported file.
      await click(page, 'nav.saved');
      await click(page, `saved.delete.${id}`);
      assert((await state(page)).modal === 'confirm_delete', 'asks first');
      await screenshot(page, 'modal-delete');
      await click(page, 'modal.cancel');
      assert((await state(page)).saved.length === 1, 'cancel deletes nothing');
      await click(page, `saved.delete.${id}`);
      await click(page, 'modal.delete.confirm');
      assert((await state(page)).saved.length === 0, 'deleted');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'saved.import')]);
      await chooser.setFiles(exported);
      await raf(page, 3);
      await settle(page);
      s = await state(page);
      assert(s.saved.length === 1 && s.saved[0].id === id, `import: ${JSON.stringify(s.error_messages)}`);
      await click(page, `saved.resume.${id}`);
      s = await state(page);
      checkAnswers(s.assessment.answers, expected);
      checkScores(s.scores, referenceScores(s.assessment), 'after import');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  },

  'a malformed or invalid import shows where the problem is and changes nothing': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-flow-');
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await startAssessment(page, 'Mottagningen');
      await pressKey(page, '2');
      await click(page, 'nav.start');
      const before = await state(page);
      const invalid = JSON.parse(JSON.stringify(before.assessment));
      invalid.id = 'en-annan';
      invalid.answers[order[0].id] = { level: 9 };
      const files = { 'utanfor-skalan.json': JSON.stringify(invalid), 'trasig.json': '{"format": "strategispegeln-assessment", ' };
      for (const [name, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, name), text);
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'start.import')]);
        await chooser.setFiles(path.join(dir, name));
        await raf(page, 3);
        await settle(page);
        const s = await state(page);
        assert(s.modal === 'error', `${name}: no error shown`);
        assert(s.modal_lines.length > 0 && s.modal_lines.every((l) => l.length > 0), `${name}: no diagnostics`);
        if (name === 'utanfor-skalan.json') {
          assert(s.modal_lines.some((l) => l.includes(`answers["${order[0].id}"].level`)), `path missing: ${s.modal_lines}`);
          await screenshot(page, 'modal-error');
        }
        assert(JSON.stringify(s.saved) === JSON.stringify(before.saved), `${name}: the saved list changed`);
        assert(JSON.stringify(s.assessment) === JSON.stringify(before.assessment), `${name}: the open assessment changed`);
        await click(page, 'modal.close');
        assert((await state(page)).modal === null, 'closed');
      }
    });
  },

  'arrow keys move the current item with the keyboard focus; Shift+Enter goes back': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await startAssessment(page, 'Mottagningen');
      await pressKey(page, '1');
      let s = await state(page);
      assert(s.assessment.answers[order[0].id]?.level === 1, 'answered by key');
      for (let i = 0; i < 8 && s.item === order[0].id; i++) {
        await pressKey(page, 'ArrowDown');
        s = await state(page);
      }
      assert(s.item === order[1].id, `arrows reached the next item, current is ${s.item}`);
      await pressKey(page, 'v');
      s = await state(page);
      assert(s.assessment.answers[order[1].id]?.status === 'vet-ej', 'V answered the item the focus moved to');
      await pressKey(page, 'Shift+Enter');
      assert((await state(page)).item === order[0].id, 'Shift+Enter went back');
      await pressKey(page, 'Enter');
      await pressKey(page, 'Enter');
      assert((await state(page)).item === order[2].id, 'Enter went forward twice');
    });
  },

  'the text size follows through the whole UI and is remembered': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await waitStorage(page);
      await click(page, 'nav.settings');
      await screenshot(page, 'settings');
      const before = (await state(page)).widgets['settings.text_size.150'];
      await click(page, 'settings.text_size.150');
      await raf(page, 3);
      await settle(page);
      let s = await state(page);
      assert(s.text_scale === 1.5, `text scale ${s.text_scale}`);
      assert(s.widgets['settings.text_size.150'][3] > before[3] * 1.3, 'buttons grew with the text');
      await screenshot(page, 'settings-150');
      await page.reload();
      await waitStorage(page);
      s = await state(page);
      assert(s.text_scale === 1.5, 'remembered after reload');
    });
  },

  'on a 360 px phone nothing is cut off and answering works by touch': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true },
      async ({ page }) => {
        await waitStorage(page);
        await screenshot(page, 'phone-start');
        const fits = (s) => Object.entries(s.widgets).filter(([, r]) => r[0] < 0 || r[0] + r[2] > 720.5).map(([id]) => id);
        let s = await state(page);
        assert(fits(s).length === 0, `wider than the screen: ${fits(s)}`);
        await startAssessment(page, 'Mottagningen');
        await screenshot(page, 'phone-answer');
        s = await state(page);
        assert(fits(s).length === 0, `wider than the screen: ${fits(s)}`);
        await reveal(page, `answer.item.${order[0].id}.level.3`);
        await clickWidget(page, `answer.item.${order[0].id}.level.3`, { touch: true });
        s = await state(page);
        assert(s.assessment.answers[order[0].id]?.level === 3, 'tap answered');
        await reveal(page, `answer.item.${order[0].id}.comment`);
        await screenshot(page, 'phone-answer-lower');
        await click(page, 'nav.menu');
        await screenshot(page, 'phone-menu');
        await click(page, 'nav.results');
        s = await state(page);
        assert(s.screen === 'results', 'menu went to results');
        assert(fits(s).length === 0, `wider than the screen: ${fits(s)}`);
        await screenshot(page, 'phone-results');
        await reveal(page, 'results.radar', { top: true });
        await screenshot(page, 'phone-radar');
      });
  },

  'on a 1920 px projector at 150 % text the answer and results screens read well': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, { viewport: { width: 1920, height: 1080 } }, async ({ page }) => {
      await waitStorage(page);
      await click(page, 'nav.settings');
      await click(page, 'settings.text_size.150');
      await raf(page, 3);
      await settle(page);
      await click(page, 'nav.start');
      await startAssessment(page, 'Vårdcentralen Eken');
      await click(page, `answer.item.${order[0].id}.help`);
      await pressKey(page, '3');
      await screenshot(page, 'projector-answer');
      const s = await state(page);
      assert(s.widgets[`answer.item.${order[0].id}.level.4`], 'all levels in view');
      await click(page, 'nav.results');
      await screenshot(page, 'projector-results');
      await click(page, 'nav.saved');
      const id = (await state(page)).saved[0].id;
      await click(page, `saved.duplicate.${id}`);
      assert((await state(page)).modal === 'duplicate', 'asks how to copy');
      await screenshot(page, 'projector-duplicate');
      await click(page, 'modal.duplicate.clear');
      const after = await state(page);
      assert(after.saved.length === 2 && after.assessment.id !== id, 'a second assessment');
      assert(Object.keys(after.assessment.answers).length === 0, 'answers cleared');
    });
  },

  'a picked file larger than 16 MB is refused without being read into the app': async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openApp(browser, baseUrl);
    try {
      await waitStorage(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'start.import')]);
      await chooser.setFiles({ name: 'jättestor.json', mimeType: 'application/json', buffer: Buffer.alloc(16 * 1024 * 1024 + 1, 32) });
      await page.waitForFunction(() => JSON.parse(Module.ccall('spegeln_test_state_json', 'string', [], [])).error_messages
        .some((m) => m.includes('jättestor.json')), null, { timeout: 10000 });
      const s = await state(page);
      assert(s.saved.length === 0, 'something was imported');
      // The core's own sentence (diag.file.too_large in assets/ui/sv), the same the CLI prints.
      assert(s.error_messages.some((m) => m.includes('filen är 16,1 MB; största tillåtna storlek är 16 MB')),
        `not refused as too large: ${JSON.stringify(s.error_messages).slice(0, 300)}`);
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  },
};
