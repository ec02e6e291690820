// collect.test.mjs — a trainer collects a workshop on the group screen
// (web/app/group/collect_actions.cpp, panel_collect.cpp) in headless Chromium:
// four files picked at once (one a duplicate, one broken), two more dropped on
// the page, one participant removed; the group's numbers then equal
// `spegeln aggregate` on the same files, and its HTML report is the CLI's, byte
// for byte. Collected files are not added to the saved list.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, click, raf, ROOT, settle, state, tempDir, waitStorage, withApp } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const topOf = (item) => Math.max(...instrument.scales.find((s) => s.id === item.scale).levels.map((l) => l.value));

function assessmentFile(dir, id, seed) {
  const answers = {};
  instrument.items.forEach((item, i) => {
    answers[item.id] = { level: (i + seed * (i % 4)) % (topOf(item) + 1) };
  });
  const doc = {
    format: 'strategispegeln-assessment', format_version: 1, id,
    instrument: { id: INSTRUMENT_ID, version: instrument.version },
    verksamhet: { name: 'Fallet', type: 'vardcentral' }, date: '2026-03-10', respondent_role: '', mode: 'workshop', answers,
  };
  const file = path.join(dir, `${id}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

// Drops files on the canvas as a browser does: a drop event whose dataTransfer holds them.
async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    const canvas = document.querySelector('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

async function waitNotes(page, count) {
  for (let i = 0; i < 100; i++) {
    await raf(page, 2);
    const s = await state(page);
    if (s.group.collect_notes.length >= count) return s;
  }
  throw new Error(`fewer than ${count} notes: ${JSON.stringify((await state(page)).group.collect_notes)}`);
}

export const tests = {
  'a trainer picks four files at once, drops two more, removes one; numbers and report equal the CLI': async ({ browser, baseUrl, screenshot }) => {
    assert(fs.existsSync(CLI), `${CLI} saknas: bygg spegeln`);
    const dir = tempDir('spegeln-collect-');
    const files = [1, 2, 3, 4, 5].map((k) => assessmentFile(dir, `deltagare-${k}`, k));
    const duplicate = path.join(dir, 'deltagare-1-kopia.json');
    fs.copyFileSync(files[0], duplicate);
    const broken = path.join(dir, 'trasig.json');
    fs.writeFileSync(broken, '{"format": "strategispegeln-assessment", "answers": ');
    await withApp(browser, baseUrl, { acceptDownloads: true }, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await click(page, 'saved.collect');
      let s = await state(page);
      assert(s.screen === 'group', `not on the group screen: ${s.screen}`);
      await screenshot(page, 'empty');

      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'collect.add')]);
      assert(chooser.isMultiple(), 'the picker takes several files');
      await chooser.setFiles([files[0], files[1], duplicate, broken]);
      s = await waitNotes(page, 4);
      await settle(page);
      const outcome = (file) => s.group.collect_notes.find((n) => n.file === file)?.outcome;
      // Which of the two identical files is the duplicate depends on which the browser reads first.
      const pair = [outcome('deltagare-1.json'), outcome('deltagare-1-kopia.json')].sort();
      assert(JSON.stringify(pair) === '["added","duplicate"]' && outcome('deltagare-2.json') === 'added',
        JSON.stringify(s.group.collect_notes));
      assert(outcome('trasig.json') === 'broken', 'the broken file is named');
      assert(!s.modal, `a dialog stopped the batch: ${s.modal}`);
      assert(s.group.members.length === 2, `members ${s.group.members}`);
      await screenshot(page, 'four-picked');

      await dropFiles(page, [files[2], files[3]]);
      s = await waitNotes(page, 6);
      await settle(page);
      assert(s.group.members.length === 4, `after the drop: ${s.group.member_labels}`);
      await screenshot(page, 'after-drop');

      // Remove deltagare-2 again; a late participant (deltagare-5) joins.
      const index = s.group.member_labels.indexOf('deltagare-2.json');
      await click(page, `collect.remove.${index}`);
      await dropFiles(page, [files[4]]);
      s = await waitNotes(page, 7);
      await settle(page);
      const first = s.group.member_labels.find((l) => l.startsWith('deltagare-1'));
      const kept = [first, 'deltagare-3.json', 'deltagare-4.json', 'deltagare-5.json'];
      assert(JSON.stringify([...s.group.member_labels].sort()) === JSON.stringify([...kept].sort()), `members ${s.group.member_labels}`);
      assert(s.saved.length === 0, 'collected files were saved in the browser');
      const keptFiles = kept.map((k) => path.join(dir, k));  // the copy has the same bytes
      const cli = JSON.parse(execFileSync(CLI, ['aggregate', ...keptFiles, '--format', 'json'], { encoding: 'utf8' }));
      assert(s.group.respondents === cli.respondents, `respondents ${s.group.respondents}`);
      for (const p of cli.principles)
        assert(near(s.group.principles[p.id].mean, p.mean) && near(s.group.principles[p.id].sd, p.sd), `principle ${p.id}`);
      assert(near(s.group.overall.mean, cli.overall.mean), 'overall');
      await screenshot(page, 'after-remove');

      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'group.export_html')]);
      const got = fs.readFileSync(await download.path(), 'utf8');
      const want = execFileSync(CLI, ['aggregate', ...keptFiles, '--format', 'html'], { encoding: 'utf8' });
      assert(download.suggestedFilename().endsWith('.html'), download.suggestedFilename());
      assert(got === want, 'the app\'s group report differs from `spegeln aggregate --format html`');
      const [json] = await Promise.all([page.waitForEvent('download'), click(page, 'group.export_json')]);
      const gotJson = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
      assert(near(gotJson.overall.mean, cli.overall.mean) && gotJson.respondents === 4, 'the JSON download');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },
};
