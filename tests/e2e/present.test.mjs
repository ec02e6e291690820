// present.test.mjs — presentation mode of a workshop's aggregate (screen_present.cpp):
// at 1920×1080 for a projector, one slide at a time stepped with the arrow keys,
// Escape leaves; no participant's name or role anywhere on the page (neither drawn
// in the state's widgets nor in the screen-reader mirror); the numbers on each
// slide are the CLI's (`spegeln aggregate --format json`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, click, importFiles, pressKey, ROOT, state, tempDir, waitStorage, withApp } from './lib.mjs';

const CLI = process.env.SPEGELN_CLI || path.join(ROOT, 'build/native/native/cli/spegeln');
const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const topOf = (item) => Math.max(...instrument.scales.find((s) => s.id === item.scale).levels.map((l) => l.value));

function participant(dir, n) {
  const answers = {};
  instrument.items.forEach((item, i) => {
    const r = (i * 5 + n * 3) % 9;
    if (r === 8) answers[item.id] = { status: 'vet-ej' };
    else answers[item.id] = { level: (i + n * (1 + (i % 3))) % (topOf(item) + 1) };
  });
  const doc = { format: 'strategispegeln-assessment', format_version: 1, id: `deltagare-${n}`,
    instrument: { id: INSTRUMENT_ID, version: instrument.version }, verksamhet: { name: 'Fallet Björken', type: 'vardcentral' },
    date: '2026-04-01', respondent_role: `Hemlig roll ${n}`, mode: 'self-assessment', answers };
  const file = path.join(dir, `deltagare-${n}.json`);
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

export const tests = {
  'presentation mode steps through the group\'s slides with the arrow keys, shows no names, and Escape leaves': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-present-');
    const files = [1, 2, 3, 4, 5].map((n) => participant(dir, n));
    const cli = JSON.parse(execFileSync(CLI, ['aggregate', ...files, '--format', 'json'], { encoding: 'utf8' }));
    await withApp(browser, baseUrl, { viewport: { width: 1920, height: 1080 } }, async ({ page, errors }) => {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await importFiles(page, files);
      for (let n = 1; n <= 5; n++) await click(page, `saved.select.deltagare-${n}`);
      await click(page, 'saved.aggregate');
      let s = await state(page);
      assert(s.screen === 'group' && s.group.respondents === 5, `aggregated: ${s.screen}`);
      await click(page, 'group.present');
      s = await state(page);
      assert(s.group.presenting && s.group.slide === 0, `presenting: ${JSON.stringify(s.group)}`);
      assert(!s.widgets['nav.saved'], 'no navigation in presentation mode');
      await screenshot(page, 'slide-overall');

      const secret = ['Fallet Björken', 'Hemlig roll', 'deltagare-'];
      const shown = async () => page.evaluate(() => document.getElementById('a11y').textContent);
      for (let slide = 1; slide <= cli.principles.length; slide++) {
        await pressKey(page, 'ArrowRight');
        s = await state(page);
        assert(s.group.slide === slide, `slide ${slide} after ArrowRight, is ${s.group.slide}`);
        const p = cli.principles[slide - 1];
        const text = await shown();
        assert(text.includes(p.title), `slide ${slide} is about ${p.title}: ${text.slice(0, 200)}`);
        const mean = p.mean === null ? '–' : p.mean.toFixed(1).replace('.', ',');
        assert(text.includes(`Medel ${mean}`), `slide ${slide} shows the CLI's mean ${mean}: ${text.slice(0, 300)}`);
        for (const w of secret) assert(!text.includes(w), `"${w}" is on a slide`);
        if (slide === 1) await screenshot(page, 'slide-principle');
      }
      await pressKey(page, 'ArrowRight');
      s = await state(page);
      assert((await shown()).includes(cli.areas[0].title), 'after the principles come the areas');
      await screenshot(page, 'slide-area');
      await pressKey(page, 'ArrowLeft');
      assert((await state(page)).group.slide === cli.principles.length, 'ArrowLeft steps back');
      await pressKey(page, 'Escape');
      s = await state(page);
      assert(s.screen === 'group' && !s.group.presenting, 'Escape leaves presentation mode');
      assert(s.widgets['group.back'] || s.widgets['group.present'], 'back on the group screen');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },
};
