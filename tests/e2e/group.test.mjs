// group.test.mjs — "Sammanställ och jämför" in headless Chromium: a trainer
// imports three participants' files, ticks them on the saved list and opens
// the aggregate; a team compares its baseline with the follow-up a year later.
// The means shown must equal the native CLI's (`spegeln aggregate/compare
// --format json`) on the same files. Files are generated from the bundled
// instrument's item ids, as flow.test.mjs does for imports.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, clickWidget, importFiles, raf, ROOT, settle, state, tempDir, waitReady, wheel, withApp, waitStorage, reveal, click } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const topOf = (item) => Math.max(...instrument.scales.find((s) => s.id === item.scale).levels.map((l) => l.value));

// A participant's answers: varied levels, some "vet ej" and a few left out,
// differing between participants (seed) so the spread is not zero.
function assessmentFile(dir, { id, unit, date, role, seed }) {
  const answers = {};
  instrument.items.forEach((item, i) => {
    const r = (i * 7 + seed * 5 + (i * seed) % 3) % 11;
    if (r === 10) return;
    if (r === 9) answers[item.id] = { status: 'vet-ej' };
    else answers[item.id] = { level: (i + seed * (i % 4)) % (topOf(item) + 1) };
  });
  const doc = {
    format: 'strategispegeln-assessment', format_version: 1, id,
    instrument: { id: INSTRUMENT_ID, version: instrument.version },
    verksamhet: { name: unit, type: 'vardcentral' }, date, respondent_role: role, mode: 'self-assessment', answers,
  };
  const file = path.join(dir, `${id}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

function cliJson(args) {
  if (!fs.existsSync(CLI)) {
    execFileSync('cmake', ['--build', path.join(ROOT, 'build/native'), '--target', 'spegeln', '-j2'], { stdio: 'inherit' });
  }
  return JSON.parse(execFileSync(CLI, [...args, '--format', 'json'], { encoding: 'utf8' }));
}

const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);
// Every widget inside the (CSS) width.
const outside = (s, width) => Object.entries(s.widgets).filter(([, r]) => r[0] < 0 || r[0] + r[2] > width + 0.5).map(([id]) => id);

const PARTICIPANTS = [
  { id: 'deltagare-1', unit: 'Fallet Vårdcentralen Ek', date: '2026-03-10', role: 'Deltagare 1', seed: 1 },
  { id: 'deltagare-2', unit: 'Fallet Vårdcentralen Ek', date: '2026-03-10', role: 'Deltagare 2', seed: 2 },
  { id: 'deltagare-3', unit: 'Fallet Vårdcentralen Ek', date: '2026-03-10', role: 'Deltagare 3', seed: 3 },
];

export const tests = {
  'a trainer aggregates three participants and sees the CLI\'s numbers; a team compares two years': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-group-');
    const files = PARTICIPANTS.map((p) => assessmentFile(dir, p));
    const followFile = assessmentFile(dir, { id: 'uppfoljning', unit: 'Fallet Vårdcentralen Ek', date: '2027-03-09',
      role: 'Deltagare 1', seed: 4 });
    await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await importFiles(page, [...files, followFile]);
      let s = await state(page);
      assert(s.widgets['saved.aggregate'], 'the buttons are shown with two or more saved');
      await click(page, `saved.select.${PARTICIPANTS[0].id}`);
      s = await state(page);
      assert(JSON.stringify(s.group.selected) === JSON.stringify([PARTICIPANTS[0].id]), `selected ${s.group.selected}`);
      await reveal(page, 'saved.aggregate', { top: true, topFraction: 0.33 });
      await screenshot(page, 'saved-one-selected');
      await click(page, 'saved.aggregate');  // disabled: nothing happens
      assert((await state(page)).screen === 'saved', 'one selected cannot be aggregated');
      for (const p of PARTICIPANTS.slice(1)) await click(page, `saved.select.${p.id}`);
      await reveal(page, 'saved.aggregate', { top: true, topFraction: 0.33 });
      await screenshot(page, 'saved-selected');
      await click(page, 'saved.aggregate');
      s = await state(page);
      assert(s.screen === 'group' && s.group.comparing === false, `on the aggregate: ${s.screen} ${JSON.stringify(s.error_messages)}`);
      assert(s.group.respondents === 3 && s.group.below_anonymity_threshold === false, 'three, above the threshold');

      const cli = cliJson(['aggregate', ...files]);
      for (const p of cli.principles) {
        const shown = s.group.principles[p.id];
        assert(shown && near(shown.mean, p.mean) && near(shown.median, p.median) && near(shown.sd, p.sd) && shown.n === p.n,
          `principle ${p.id}: shown ${JSON.stringify(shown)}, CLI ${JSON.stringify(p)}`);
      }
      for (const a of cli.areas) assert(near(s.group.areas[a.id].mean, a.mean), `area ${a.id}`);
      assert(near(s.group.overall.mean, cli.overall.mean), 'overall mean');
      assert(s.group.spread.length > 0, 'items where the participants differ');
      await screenshot(page, 'aggregate');
      await reveal(page, 'group.area.' + instrument.areas[0].id, { top: true });
      await screenshot(page, 'aggregate-areas');
      await reveal(page, `group.differ.${s.group.spread[0].item}`, { top: true });
      await screenshot(page, 'aggregate-differ');

      const downloads = [];
      page.on('download', (d) => downloads.push(d));
      await click(page, 'group.export_csv');
      await raf(page, 3);
      assert(downloads.length === 1 && downloads[0].suggestedFilename().endsWith('.csv'), 'a CSV download');

      // Baseline and follow-up: untick two participants, tick the follow-up.
      await click(page, 'group.back');
      assert((await state(page)).screen === 'saved', 'back on the list');
      await click(page, `saved.select.${PARTICIPANTS[1].id}`);
      await click(page, `saved.select.${PARTICIPANTS[2].id}`);
      await click(page, 'saved.select.uppfoljning');
      await click(page, 'saved.compare');
      s = await state(page);
      assert(s.screen === 'group' && s.group.comparing, 'on the comparison');
      assert(s.group.members[0] === PARTICIPANTS[0].id && s.group.members[1] === 'uppfoljning', `baseline first: ${s.group.members}`);
      const cmp = cliJson(['compare', files[0], followFile]);
      for (const p of cmp.principles) assert(near(s.group.principles[p.id].change, p.change), `change ${p.id}`);
      assert(near(s.group.overall.change, cmp.overall.change), 'overall change');
      await screenshot(page, 'compare');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },

  'on a 360 px phone two participants show the anonymity warning and nothing is cut off': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-group-');
    const files = PARTICIPANTS.slice(0, 2).map((p) => assessmentFile(dir, p));
    await withApp(browser, baseUrl, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true },
      async ({ page }) => {
        await waitStorage(page);
        await click(page, 'nav.menu');
        await click(page, 'nav.saved');
        await importFiles(page, files);
        for (const p of PARTICIPANTS.slice(0, 2)) await click(page, `saved.select.${p.id}`, { touch: true });
        let s = await state(page);
        assert(outside(s, 720).length === 0, `wider than the screen: ${outside(s, 720)}`);
        const box = s.widgets_full[`saved.select.${PARTICIPANTS[1].id}`];
        assert(box[3] >= 2 * 2 * 16, `the tick box is tall enough for a finger: ${box[3]}`);
        await reveal(page, 'saved.aggregate', { top: true, topFraction: 0.33 });
        await screenshot(page, 'phone-saved');
        await click(page, 'saved.aggregate', { touch: true });
        s = await state(page);
        assert(s.screen === 'group' && s.group.respondents === 2 && s.group.below_anonymity_threshold, 'below the threshold');
        assert(outside(s, 720).length === 0, `wider than the screen: ${outside(s, 720)}`);
        await screenshot(page, 'phone-aggregate');
        await click(page, 'group.back', { touch: true });
        await click(page, 'saved.compare', { touch: true });
        s = await state(page);
        assert(s.screen === 'group' && s.group.comparing, 'compare');
        await screenshot(page, 'phone-compare');
      });
  },

  'on a projector at 200 % text the aggregate stays inside the window': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-group-');
    const files = PARTICIPANTS.map((p) => assessmentFile(dir, p));
    await withApp(browser, baseUrl, { viewport: { width: 1920, height: 1080 } }, async ({ page }) => {
      await waitStorage(page);
      await click(page, 'nav.settings');
      await click(page, 'settings.text_size.200');
      await raf(page, 3);
      await settle(page);
      await click(page, 'nav.saved');
      await importFiles(page, files);
      for (const p of PARTICIPANTS) await click(page, `saved.select.${p.id}`);
      await click(page, 'saved.aggregate');
      const s = await state(page);
      assert(s.screen === 'group' && s.group.respondents === 3, 'aggregate open');
      assert(outside(s, 1920).length === 0, `wider than the window: ${outside(s, 1920)}`);
      await screenshot(page, 'projector-aggregate');
    });
  },
};
