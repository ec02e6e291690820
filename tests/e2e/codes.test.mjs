// codes.test.mjs — a workshop's answers as codes, in headless Chromium: a participant picks the
// short workshop instrument, reads the fictional case beside the items, answers (levels, vet ej,
// ej aktuellt, one left open) and reads the code and its QR on the export screen; the code holds
// exactly those answers (`spegeln decode`). A trainer, in another browser, pastes that code, a
// second participant's (from `spegeln code`), a damaged copy and a duplicate into the group screen:
// two participants, the damaged line named with its line number and the checksum message, the
// duplicate reported. On a 360 px phone with touch, a participant does the same by taps, reloads,
// and sees the code and its QR whole.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, click, pressKey, raf, reveal, ROOT, settle, state, tempDir, typeText, waitStorage, withApp } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-workshop';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const order = instrument.areas.flatMap((a) => instrument.items.filter((i) => i.area === a.id));

function cli(args, opts = {}) {
  if (!fs.existsSync(CLI)) {
    execFileSync('cmake', ['--build', path.join(ROOT, 'build/native'), '--target', 'spegeln', '-j2'], { stdio: 'inherit' });
  }
  return execFileSync(CLI, args, { encoding: 'utf8', ...opts });
}

// What participant one answers, item by item in the order shown: every kind of answer.
function plan(i) {
  if (i === 3) return { status: 'vet-ej' };
  if (i === 7) return { status: 'ej-aktuellt' };
  if (i === 10) return null;  // left unanswered
  return { level: i % 5 };
}

// Decoded answers compared with what was given: a level or a status per item, nothing else.
function checkDecoded(code, expected) {
  const decoded = JSON.parse(cli(['decode', code]));
  assert(decoded.instrument.id === INSTRUMENT_ID && decoded.instrument.version === instrument.version, 'instrument and version');
  for (const item of instrument.items) {
    const want = expected[item.id];
    const got = decoded.answers[item.id];
    assert(JSON.stringify(got ? (got.status === 'vet-ej' || got.status === 'ej-aktuellt' ? { status: got.status } : { level: got.level }) : null)
      === JSON.stringify(want || null), `${item.id}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
  }
}

export const tests = {
  'a participant\'s code reaches the trainer; a damaged and a duplicate line are reported': async ({ browser, baseUrl, screenshot }) => {
    let code = '';
    const expected = {};
    await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, `start.instrument.${INSTRUMENT_ID}`);
      let s = await state(page);
      assert(s.labels[`start.instrument.${INSTRUMENT_ID}`].includes('Workshop – kort (12 frågor, 5 min)'),
        `the start screen offers the workshop: ${s.labels[`start.instrument.${INSTRUMENT_ID}`]}`);
      await reveal(page, 'start.case');
      await screenshot(page, 'start-workshop');
      await click(page, 'start.unit_name');
      await typeText(page, 'Fallet Ekbacken');
      await click(page, 'start.begin');
      s = await state(page);
      assert(s.screen === 'answer', `on the answer screen: ${JSON.stringify(s.error_messages)}`);
      await click(page, 'case.toggle');
      await screenshot(page, 'answer-with-case');

      let n = 0;
      for (const area of instrument.areas) {
        await click(page, `answer.area.${area.id}`);
        for (const item of order.filter((it) => it.area === area.id)) {
          const p = plan(n++);
          if (!p) continue;
          const id = p.status === 'vet-ej' ? 'vet_ej' : p.status === 'ej-aktuellt' ? 'ej_aktuellt' : `level.${p.level}`;
          await click(page, `answer.item.${item.id}.${id}`);
          expected[item.id] = p;
        }
      }
      await click(page, 'nav.export');
      await settle(page);
      s = await state(page);
      assert(s.screen === 'export', 'on the export screen');
      code = s.labels['export.code'];
      assert(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/.test(code), `a 16-symbol code in four groups: ${code}`);
      await screenshot(page, 'export-code');
      await reveal(page, 'export.qr');
      s = await state(page);
      assert(s.widgets['export.qr'] && s.widgets['export.code_copy'], 'the QR code and the copy button are shown');
      await screenshot(page, 'export-qr');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });

    // The code holds exactly the answers given.
    checkDecoded(code, expected);

    // A second participant, as a file turned into a code by the CLI.
    const dir = tempDir('spegeln-codes-');
    const file = path.join(dir, 'deltagare-2.json');
    const answers = {};
    instrument.items.forEach((item, i) => { answers[item.id] = { level: (i * 3 + 1) % 5 }; });
    fs.writeFileSync(file, JSON.stringify({
      format: 'strategispegeln-assessment', format_version: 1, id: 'deltagare-2',
      instrument: { id: INSTRUMENT_ID, version: instrument.version }, verksamhet: { name: 'Fallet Ekbacken' },
      date: '2026-12-01', mode: 'workshop', answers,
    }));
    const second = cli(['code', file]).trim();
    // Two neighbours swapped in the middle group (differing ones, so the code really changes).
    const symbols = code.replace(/-/g, '');
    let at = 6;
    while (symbols[at] === symbols[at + 1]) at++;
    const damagedSymbols = symbols.slice(0, at) + symbols[at + 1] + symbols[at] + symbols.slice(at + 2);
    const damaged = damagedSymbols.match(/.{1,4}/g).join('-');
    let failed = '';
    try { cli(['decode', damaged], { stdio: ['ignore', 'pipe', 'pipe'] }); } catch (e) { failed = `${e.status} ${e.stderr}`; }
    assert(failed.startsWith('1 ') && failed.includes('kontrolltecknet stämmer inte'), `the CLI refuses the damaged code: ${failed}`);

    await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await click(page, 'saved.paste_codes');
      let s = await state(page);
      assert(s.screen === 'group', `the paste panel: ${s.screen}`);
      await click(page, 'codes.text');
      // As pasted from a chat: lower case, spaces, a blank line.
      // Enter pressed on its own: typed quickly, the text proxy can drop a newline.
      for (const line of [code.toLowerCase(), second, '', damaged, ` ${code} `]) {
        if (line) await typeText(page, line);
        await pressKey(page, 'Enter');
      }
      await screenshot(page, 'pasted');
      await click(page, 'codes.add');
      await raf(page, 3);
      await settle(page);
      s = await state(page);
      assert(s.screen === 'group' && s.group.members && s.group.members.length === 2,
        `two participants: ${JSON.stringify(s.group)} ${JSON.stringify(s.error_messages)}`);
      // The report's lines, as drawn under the button (only what is on screen is in the state).
      // Matched by what they say: a newline the text proxy drops or doubles moves the numbers.
      await reveal(page, 'codes.add');
      s = await state(page);
      const lines = Object.entries(s.labels).filter(([k]) => k.startsWith('codes.report.'))
        .sort((x, y) => Number(x[0].split('.')[2]) - Number(y[0].split('.')[2])).map(([, v]) => v);
      const said = JSON.stringify(lines);
      const added = lines.filter((v) => /^Rad \d+: Kod [2-9A-HJKMNP-Z]{4}$/.test(v));
      assert(added.length === 2, `two lines added: ${said}`);
      assert(lines.some((v) => /^Rad \d+: kontrolltecknet stämmer inte – ett tecken är fel eller två har bytt plats$/.test(v)),
        `the damaged line and why: ${said}`);
      const firstLine = added[0].match(/^Rad (\d+)/)[1];
      const duplicate = lines.find((v) => /: samma kod som på rad \d+$/.test(v));
      assert(duplicate && duplicate.endsWith(`samma kod som på rad ${firstLine}`), `the duplicate of the first code: ${said}`);
      const duplicateId = `codes.report.${duplicate.match(/^Rad (\d+)/)[1]}`;
      await reveal(page, duplicateId);
      await screenshot(page, 'trainer-report');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },

  'on a 360 px phone a participant answers the workshop by touch and sees the code and QR whole': async ({ browser, baseUrl, screenshot }) => {
    const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
    await withApp(browser, baseUrl, phone, async ({ page, errors }) => {
      const tap = (id) => click(page, id, { touch: true });
      // Widgets wider than the phone, or starting left of it (framebuffer px: 360 CSS px × 2).
      const cut = (s) => Object.entries(s.widgets_full).filter(([, r]) => r[0] < 0 || r[0] + r[2] > 720.5).map(([id]) => id);
      await waitStorage(page);
      // The form's questions are numbered as shown: the workshop asks no unit kind and no path (4, 5
      // of the self-assessment), and its numbers do not skip them.
      const mirror = page.locator('#a11y');
      const named = async (name) => (await mirror.getByRole('textbox', { name, exact: true }).count()) === 1;
      assert(await named('6. Datum (ÅÅÅÅ-MM-DD)'), 'the self-assessment\'s date is question 6');
      await tap(`start.instrument.${INSTRUMENT_ID}`);
      for (const name of ['3. Verksamhetens namn', '4. Datum (ÅÅÅÅ-MM-DD)', '5. Din roll (frivilligt)'])
        assert(await named(name), `the workshop's form has "${name}"`);
      await tap('start.unit_name');
      await typeText(page, 'Fallet Ekbacken');
      await tap('start.begin');
      let s = await state(page);
      assert(s.screen === 'answer' && s.assessment.mode === 'workshop', `on the answer screen: ${JSON.stringify(s.error_messages)}`);
      await tap('case.toggle');
      s = await state(page);
      assert(s.labels['case.toggle'] === 'Dölj fallet', `the case is open: ${s.labels['case.toggle']}`);
      assert(cut(s).length === 0, `wider than the phone with the case open: ${cut(s)}`);
      await screenshot(page, 'phone-case');
      await tap('case.toggle');

      // The first two areas by taps (the whole instrument by clicks is above; a minute is the budget):
      // a level, a vet ej, a level; the rest stays open.
      const expected = {};
      const phonePlan = [{ level: 4 }, { status: 'vet-ej' }, { level: 0 }];
      const items = instrument.areas.slice(0, 2).flatMap((a) => order.filter((it) => it.area === a.id)).slice(0, 3);
      for (const [i, item] of items.entries()) {
        // On to the next area by the button below the items, as one does on a phone.
        if (i > 0 && item.area !== items[i - 1].area) await tap('answer.next_area');
        const p = phonePlan[i];
        await tap(`answer.item.${item.id}.${p.status ? 'vet_ej' : `level.${p.level}`}`);
        expected[item.id] = p;
        s = await state(page);
        assert(cut(s).length === 0, `wider than the phone in ${item.area}: ${cut(s)}`);
      }
      await screenshot(page, 'phone-answered');

      // A reload (a phone drops a tab in the background): the answers are stored.
      await page.reload();
      await waitStorage(page);
      s = await state(page);
      assert(s.saved.length === 1, `${s.saved.length} saved after reload`);
      await tap('nav.menu');
      await tap('nav.saved');
      await tap(`saved.resume.${s.saved[0].id}`);
      await tap('nav.menu');
      await tap('nav.export');
      s = await state(page);
      assert(s.screen === 'export', `on the export screen: ${s.screen}`);
      const code = s.labels['export.code'];
      assert(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/.test(code), `a 16-symbol code in four groups: ${code}`);
      checkDecoded(code, expected);
      for (const id of ['export.code', 'export.qr']) {
        await reveal(page, id, { top: true });
        s = await state(page);
        const full = s.widgets_full[id];
        assert(full[0] >= 0 && full[0] + full[2] <= 720.5, `${id} is cut off at the sides: ${JSON.stringify(full)}`);
        assert(JSON.stringify(s.widgets[id]) === JSON.stringify(full), `${id} is not whole on screen: ${JSON.stringify(s.widgets[id])} of ${JSON.stringify(full)}`);
        assert(cut(s).length === 0, `wider than the phone on the export screen: ${cut(s)}`);
      }
      await screenshot(page, 'phone-code-qr');
      const oneLine = s.widgets_full['export.code'][3];

      // At 200 % text the code still fits the phone and is not broken inside a group: smaller type,
      // then two groups a line (ImGui's own wrapping would break "CU3D-6CCQ-622J" anywhere).
      await tap('nav.menu');
      await tap('nav.settings');
      await tap('settings.text_size.200');
      await raf(page, 3);
      await settle(page);
      await tap('nav.menu');
      await tap('nav.export');
      await reveal(page, 'export.code', { top: true });
      s = await state(page);
      assert(s.text_scale === 2 && s.labels['export.code'] === code, `the same code at 200 %: ${s.labels['export.code']}`);
      const big = s.widgets_full['export.code'];
      assert(big[0] >= 0 && big[0] + big[2] <= 720.5, `the code is cut off at 200 %: ${JSON.stringify(big)}`);
      assert(big[3] <= 2.5 * oneLine, `the code at 200 % is ${big[3]} px tall, more than two lines of body text (${oneLine} px at 100 %)`);
      assert(cut(s).length === 0, `wider than the phone at 200 %: ${cut(s)}`);
      await screenshot(page, 'phone-code-200');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },
};
