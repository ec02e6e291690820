// workshop.test.mjs — a whole workshop, end to end, in headless Chromium: eight participants,
// each in a browser of their own, answer the short workshop instrument on the fictional case
// (Vårdcentralen Ekbacken, read beside the items). Four send their code, four their file. The
// trainer, on a 1920×1080 screen, collects two files, pastes the four codes from the chat with
// one of them twice and one mistyped, then takes the two late files; the damaged and duplicate
// lines are named. The group's picture, the order of the items by disagreement and each
// presentation slide carry the numbers `spegeln aggregate` gives on the same eight assessments
// (the codes decoded by `spegeln decode`), and the group's HTML report is the CLI's, byte for byte.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, click, pressKey, raf, reveal, ROOT, settle, state, tempDir, typeText, waitStorage, withApp } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-workshop';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const PARTICIPANTS = 8;
const CODE = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/;

// E2E_TIMING=1 prints how long each participant and the trainer's steps took.
const t0 = Date.now();
const lap = (what) => process.env.E2E_TIMING && console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
const cli = (args) => execFileSync(CLI, args, { encoding: 'utf8' });
const near = (a, b) => (a === null || a === undefined || b === null || b === undefined ? a == b : Math.abs(a - b) < 1e-9);

// Participant n's answer to item i: levels spread so that the group agrees on some items and
// not on others, and now and then "vet ej".
function answerOf(n, i) {
  if ((n + i) % 11 === 0) return 'vet_ej';
  const agreed = i % 3 === 0;  // every third item: everyone close to the same level
  return `level.${agreed ? 2 + (n % 2) : (n * (i + 1) + i) % 5}`;
}

// One participant, on a device of their own: start the workshop, read the case, answer every
// item, then hand over either the code (returned) or the exported file (written to `dir`).
async function participate(browser, baseUrl, n, sendFile, dir, screenshot) {
  let result = null;
  await withApp(browser, baseUrl, { acceptDownloads: true }, async ({ page, errors }) => {
    await waitStorage(page);
    await click(page, `start.instrument.${INSTRUMENT_ID}`);
    await click(page, 'start.unit_name');
    await typeText(page, 'Vårdcentralen Ekbacken');
    await click(page, 'start.begin');
    let s = await state(page);
    assert(s.screen === 'answer', `participant ${n} is answering: ${s.screen}`);
    // Everyone assesses the case; one participant reads it beside the items here (the others
    // had it on paper: the open case makes the page long, and every click a scroll away).
    if (n === 1) {
      await click(page, 'case.toggle');
      await screenshot(page, 'participant-case');
    }
    let i = 0;
    for (const area of instrument.areas) {
      await click(page, `answer.area.${area.id}`);
      for (const item of instrument.items.filter((it) => it.area === area.id)) {
        await click(page, `answer.item.${item.id}.${answerOf(n, i++)}`);
      }
    }
    await click(page, 'nav.export');
    await settle(page);
    s = await state(page);
    assert(s.screen === 'export', `participant ${n} on the export screen`);
    if (sendFile) {
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export.json')]);
      result = path.join(dir, `deltagare-${n}.json`);
      fs.copyFileSync(await download.path(), result);
    } else {
      result = s.labels['export.code'];
      assert(CODE.test(result), `participant ${n}'s code: ${result}`);
      if (n === 1) await screenshot(page, 'participant-code');
    }
    lap(`participant ${n} done`);
    assert(errors.length === 0, `participant ${n}: console errors: ${errors.join(' | ')}`);
  });
  return result;
}

async function pickFiles(page, files) {
  const before = (await state(page)).group.collect_notes.length;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'collect.add')]);
  await chooser.setFiles(files);
  for (let k = 0; k < 100; k++) {
    await raf(page, 2);
    if ((await state(page)).group.collect_notes.length >= before + files.length) break;
  }
  await settle(page);
  return state(page);
}

export const tests = {
  'eight participants send codes and files; the trainer\'s group picture, slides and report equal the CLI': async ({ browser, baseUrl, screenshot }) => {
    assert(fs.existsSync(CLI), `${CLI} saknas: bygg spegeln`);
    const dir = tempDir('spegeln-workshop-');
    const codes = [];
    const files = [];
    // One device after another (each its own browser context, with storage of its own).
    for (let n = 1; n <= PARTICIPANTS; n++) {
      const sendFile = n % 2 === 0;
      (sendFile ? files : codes).push(await participate(browser, baseUrl, n, sendFile, dir, screenshot));
    }
    assert(codes.length === 4 && files.length === 4, 'half codes, half files');

    // What the CLI makes of the same eight: the codes decoded into files beside the exported ones.
    const decoded = codes.map((c, k) => {
      const file = path.join(dir, `kod-${k + 1}.json`);
      fs.writeFileSync(file, cli(['decode', c]));
      return file;
    });
    // The trainer's order: two files, the four codes, two late files.
    const all = [files[0], files[1], ...decoded, files[2], files[3]];
    const want = JSON.parse(cli(['aggregate', ...all, '--format', 'json']));
    assert(want.respondents === PARTICIPANTS, `the CLI counts ${want.respondents}`);

    // A code mistyped in the chat: two neighbouring symbols swapped.
    const symbols = codes[2].replace(/-/g, '');
    let at = 5;
    while (symbols[at] === symbols[at + 1]) at++;
    const damaged = (symbols.slice(0, at) + symbols[at + 1] + symbols[at] + symbols.slice(at + 2)).match(/.{4}/g).join('-');

    await withApp(browser, baseUrl, { acceptDownloads: true, viewport: { width: 1920, height: 1080 } }, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await click(page, 'saved.collect');
      let s = await pickFiles(page, [files[0], files[1]]);
      assert(s.group.members.length === 2, `two files collected: ${JSON.stringify(s.group.collect_notes)}`);

      await click(page, 'codes.text');
      for (const line of [codes[0], codes[1], damaged, codes[2], codes[3], codes[1].toLowerCase()]) {
        await typeText(page, line);
        await pressKey(page, 'Enter');
      }
      await click(page, 'codes.add');
      await raf(page, 3);
      await settle(page);
      s = await state(page);
      assert(s.group.members.length === 6, `files and codes together: ${JSON.stringify(s.group.member_labels)}`);
      assert(s.labels['codes.report.3'] === 'Rad 3: kontrolltecknet stämmer inte – ett tecken är fel eller två har bytt plats',
        `the damaged line: ${s.labels['codes.report.3']}`);
      assert(s.labels['codes.report.6'] === 'Rad 6: samma kod som på rad 2', `the duplicate line: ${s.labels['codes.report.6']}`);
      await reveal(page, 'codes.report.6');
      await screenshot(page, 'trainer-codes');

      lap('trainer: codes pasted');
      s = await pickFiles(page, [files[2], files[3]]);
      assert(s.group.members.length === PARTICIPANTS && s.group.respondents === PARTICIPANTS,
        `all eight: ${JSON.stringify(s.group.member_labels)}`);

      lap('trainer: all eight in');
      // The group's picture: the CLI's numbers, and the items in its order of disagreement.
      for (const p of want.principles) {
        const got = s.group.principles[p.id];
        assert(near(got.mean, p.mean) && near(got.sd, p.sd), `principle ${p.id}: ${JSON.stringify(got)} vs ${JSON.stringify(p)}`);
      }
      for (const a of want.areas) assert(near(s.group.areas[a.id].mean, a.mean), `area ${a.id}`);
      assert(near(s.group.overall.mean, want.overall.mean), 'overall');
      const cliSpread = want.disagreement.filter((x) => x.spread !== null && x.spread > 1e-9);
      assert(s.group.spread.length > 0 && s.group.spread.length === cliSpread.length, `spread listed: ${s.group.spread.length}`);
      s.group.spread.forEach((x, k) => {
        assert(x.item === cliSpread[k].id && near(x.spread, cliSpread[k].spread),
          `disagreement #${k + 1}: ${JSON.stringify(x)} vs ${JSON.stringify(cliSpread[k])}`);
      });
      await reveal(page, 'group.overall', { top: true });
      await screenshot(page, 'group-picture');
      await reveal(page, 'group.all_items');
      await screenshot(page, 'group-disagreement');

      lap('trainer: group picture looked at');
      // Presentation mode for the projector, a slide per principle, the CLI's mean on each.
      await click(page, 'group.present');
      s = await state(page);
      assert(s.group.presenting && s.group.slide === 0, 'presenting');
      await screenshot(page, 'present-overall');
      for (let k = 0; k < want.principles.length; k++) {
        await pressKey(page, 'ArrowRight');
        const text = await page.evaluate(() => document.getElementById('a11y').textContent);
        const p = want.principles[k];
        const mean = p.mean === null ? '–' : p.mean.toFixed(1).replace('.', ',');
        assert(text.includes(p.title) && text.includes(`Medel ${mean}`), `slide ${k + 1}: ${p.title}, mean ${mean}: ${text.slice(0, 300)}`);
        assert(!text.includes('Kod '), `a participant's code label is on slide ${k + 1}`);
        if (k === 0) await screenshot(page, 'present-principle');
      }
      await pressKey(page, 'Escape');
      s = await state(page);
      assert(!s.group.presenting, 'Escape leaves presentation mode');

      lap('trainer: presentation done');
      // The report the trainer takes home is the CLI's.
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'group.export_html')]);
      const got = fs.readFileSync(await download.path(), 'utf8');
      const wantHtml = cli(['aggregate', ...all, '--format', 'html']);
      assert(got === wantHtml, 'the app\'s group report differs from `spegeln aggregate --format html`');
      assert(got.includes(`${PARTICIPANTS}`), 'the report names the number of participants');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },
};
