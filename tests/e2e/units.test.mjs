// units.test.mjs — every kind of unit gets its own path through the newest self-assessment:
// a psykiatrisk mottagning and a kommunal verksamhet each start an assessment, see only the
// items that apply to their kind, in their own wording (text_for), answer some and read the
// results in two views. Then the versions: an assessment made on 1.0.0 opens and scores on
// 1.0.0, and a 1.0.0 baseline is compared with a 1.1.0 follow-up through the mapping, with
// what was and was not compared equal to the native CLI's `spegeln compare`.
// Widgets are found by the ids the screens report (app_test_state_json).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, importFiles, ROOT, state, tempDir, typeText, withApp, waitStorage, reveal, click } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const newest = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const oldest = JSON.parse(fs.readFileSync(
  path.join(ROOT, 'assets/instruments/archive', `${INSTRUMENT_ID}-1.0.0.json`), 'utf8'));
const topOf = (instrument, item) => Math.max(...instrument.scales.find((s) => s.id === item.scale).levels.map((l) => l.value));
const applies = (kind) => (item) => !item.unit_kinds || item.unit_kinds.includes(kind);
// The Swedish wording a unit of `kind` reads: its own where the item has one.
const wording = (item, kind) => ((item.text_for && item.text_for[kind]) || item.text).sv;
const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

function cli(args) {
  if (!fs.existsSync(CLI)) {
    execFileSync('cmake', ['--build', path.join(ROOT, 'build/native'), '--target', 'spegeln', '-j2'], { stdio: 'inherit' });
  }
  return JSON.parse(execFileSync(CLI, [...args, '--format', 'json'], { encoding: 'utf8' }));
}

const UNITS = [
  { kind: 'psykiatri-oppenvard', name: 'Psykiatriska mottagningen Syd', shot: 'psykiatri' },
  { kind: 'kommunal', name: 'Boendestödet Norr', shot: 'kommunal' },
];

async function oneUnit(page, screenshot, dir, { kind, name, shot }) {
  await waitStorage(page);
  await click(page, `start.instrument.${INSTRUMENT_ID}`);
  await click(page, 'start.unit_name');
  await typeText(page, name);
  await click(page, `start.unit_kind.${kind}`);
  await reveal(page, 'start.path.full');
  let s = await state(page);
  assert(s.labels['start.path.full'].includes(String(newest.items.filter(applies(kind)).length)),
    `the full path counts the kind's items: ${s.labels['start.path.full']}`);
  await screenshot(page, `${shot}-start`);
  await click(page, 'start.begin');
  s = await state(page);
  assert(s.screen === 'answer', `start failed: ${JSON.stringify(s.error_messages)}`);
  assert(s.assessment.unit_kind === kind, `unit kind ${s.assessment.unit_kind}`);
  assert(s.assessment.instrument.version === newest.version, `new assessments use the newest version, not ${s.assessment.instrument.version}`);

  // Area by area: exactly the items that apply to the kind, in the instrument's order.
  const asked = newest.items.filter(applies(kind));
  let reworded = 0;
  for (const area of newest.areas) {
    await click(page, `answer.area.${area.id}`);
    s = await state(page);
    const want = asked.filter((i) => i.area === area.id).map((i) => i.id);
    assert(JSON.stringify(s.area_items) === JSON.stringify(want),
      `${kind}, area ${area.id}: shows ${s.area_items}, should show ${want}`);
    // The items in the unit's own words: every one with a text_for for this kind, and the first.
    for (const item of asked.filter((i) => i.area === area.id && (i === asked.find((x) => x.area === area.id) ||
      (i.text_for && i.text_for[kind])))) {
      await reveal(page, `answer.item.${item.id}.text`);
      s = await state(page);
      assert(s.labels[`answer.item.${item.id}.text`] === wording(item, kind),
        `${item.id} for ${kind}: "${s.labels[`answer.item.${item.id}.text`]}" ≠ "${wording(item, kind)}"`);
      if (item.text_for && item.text_for[kind]) {
        reworded++;
        if (reworded === 1) await screenshot(page, `${shot}-answer-own-words`);
      }
    }
  }
  const excluded = newest.items.filter((i) => !applies(kind)(i));
  assert(excluded.length > 0, `${kind}: some items apply to other kinds only`);

  // Answer the first items of the first area by clicking their levels.
  await click(page, `answer.area.${newest.areas[0].id}`);
  const first = asked.filter((i) => i.area === newest.areas[0].id).slice(0, 3);
  for (const [n, item] of first.entries()) {
    const level = Math.min(n + 1, topOf(newest, item));
    await click(page, `answer.item.${item.id}.level.${level}`);
    s = await state(page);
    assert(s.assessment.answers[item.id]?.level === level, `${item.id} answered ${level}`);
  }
  await screenshot(page, `${shot}-answered`);

  // Results in two views; the principles equal the CLI's score of the same file.
  await click(page, 'nav.results');
  s = await state(page);
  assert(s.screen === 'results', 'on the results screen');
  const file = path.join(dir, `${kind}.json`);
  fs.writeFileSync(file, JSON.stringify(s.assessment));
  const core = cli(['score', file]);
  assert(core.excluded_items === excluded.length, `CLI excluded ${core.excluded_items}, expected ${excluded.length}`);
  for (const p of core.principles) assert(near(s.scores.principles[p.id], p.score), `${p.id}: ${s.scores.principles[p.id]} ≠ ${p.score}`);
  await reveal(page, 'results.view.nationell-delmal');
  await screenshot(page, `${shot}-results-principles`);
  await click(page, 'results.view.nationell-delmal');
  s = await state(page);
  assert(s.view === 'nationell-delmal', `view ${s.view}`);
  const view = cli(['score', file, '--view', 'nationell-delmal']);
  const target = view.view.targets.find((t) => t.score !== null) || view.view.targets[0];
  await reveal(page, `results.target.${target.id}`, { top: true });
  s = await state(page);
  assert(s.labels[`results.target.${target.id}`], `target ${target.id} shown`);
  await screenshot(page, `${shot}-results-nationell`);
  await click(page, 'results.view.omraden');
  s = await state(page);
  assert(s.view === 'omraden', `view ${s.view}`);
  await reveal(page, `results.area.${newest.areas[0].id}`, { top: true });
  await screenshot(page, `${shot}-results-omraden`);
  return view;
}

function assessmentFile(dir, instrument, { id, date, seed }) {
  const answers = {};
  instrument.items.forEach((item, i) => {
    answers[item.id] = { level: (i + seed * (i % 3)) % (topOf(instrument, item) + 1) };
  });
  const doc = {
    format: 'strategispegeln-assessment', format_version: 1, id,
    instrument: { id: instrument.id, version: instrument.version },
    verksamhet: { name: 'Vårdcentralen Ek', type: 'vardcentral' }, date, respondent_role: 'teamet',
    mode: 'self-assessment', answers,
  };
  const file = path.join(dir, `${id}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

export const tests = {
  'a psykiatrisk mottagning and a kommunal verksamhet see only their items, in their words, and two views': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-units-');
    for (const unit of UNITS) {
      await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
        const view = await oneUnit(page, screenshot, dir, unit);
        assert(view.view.targets.length === 7, 'the national strategy has delmål 1–7');
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      });
    }
  },

  'a 1.0 assessment opens on 1.0 and compares with a 1.1 follow-up through the mapping': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-versions-');
    const baseFile = assessmentFile(dir, oldest, { id: 'baslinje-10', date: '2026-03-10', seed: 1 });
    const followFile = assessmentFile(dir, newest, { id: 'uppfoljning-11', date: '2027-03-09', seed: 2 });
    const cmp = cli(['compare', baseFile, followFile]);
    await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await importFiles(page, [baseFile, followFile]);

      // The 1.0 assessment opens on its own version: its items, its scores (the CLI's).
      await click(page, 'saved.resume.baslinje-10');
      let s = await state(page);
      assert(s.screen === 'answer', `resume failed: ${JSON.stringify(s.error_messages)}`);
      assert(s.assessment.instrument.version === '1.0.0', `version ${s.assessment.instrument.version}`);
      const firstArea = oldest.items.filter((i) => i.area === oldest.areas[s.area].id).map((i) => i.id);
      assert(JSON.stringify(s.area_items) === JSON.stringify(firstArea), `1.0 items shown: ${s.area_items}`);
      const score10 = cli(['score', baseFile]);
      assert(near(s.scores.overall, score10.overall.score), `1.0 overall ${s.scores.overall} ≠ ${score10.overall.score}`);
      assert(s.assessment.verksamhet.type === 'vardcentral' && !('unit_kind' in s.assessment),
        'the old file keeps its verksamhet.type and gets no unit_kind');

      // Compare through the mapping.
      await click(page, 'nav.saved');
      await click(page, 'saved.select.baslinje-10');
      await click(page, 'saved.select.uppfoljning-11');
      await click(page, 'saved.compare');
      s = await state(page);
      assert(s.screen === 'group' && s.group.across_versions, `compare across versions: ${JSON.stringify(s.error_messages)}`);
      assert(s.group.from_version === '1.0.0' && s.group.to_version === newest.version, 'versions');
      assert(s.group.compared.length === cmp.compared.length, `compared ${s.group.compared.length} ≠ CLI ${cmp.compared.length}`);
      assert(s.group.not_compared.length === cmp.not_compared.length, `not compared ${s.group.not_compared.length} ≠ CLI ${cmp.not_compared.length}`);
      for (const [i, m] of cmp.compared.entries()) {
        const g = s.group.compared[i];
        assert(g.change === m.change && JSON.stringify(g.to) === JSON.stringify(m.to), `row ${i}: ${JSON.stringify(g)} ≠ ${JSON.stringify(m)}`);
        assert(near(g.change_points, m.difference), `row ${i} difference ${g.change_points} ≠ ${m.difference}`);
      }
      const kinds = new Set(s.group.compared.map((m) => m.change));
      assert(kinds.has('split') || kinds.has('merged'), 'groups are compared too');
      assert(s.group.not_compared.some((m) => m.change === 'new'), 'new items are listed as not compared');
      await screenshot(page, 'versions-compare-top');
      const group = s.group.compared.find((m) => m.group);
      await reveal(page, `group.mapped.${group.to[0]}`, { top: true });
      await screenshot(page, 'versions-compare-group');
      const unmapped = s.group.not_compared[0];
      await reveal(page, `group.unmapped.${unmapped.change === 'removed' ? unmapped.from[0] : unmapped.to[0]}`, { top: true });
      await screenshot(page, 'versions-not-compared');
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
  },
};
