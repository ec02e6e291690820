// language.test.mjs — the whole app in English, in headless Chromium: the
// language follows the browser until one is chosen in Settings, switches live,
// is remembered over a reload, and sets <html lang> and the title. Every
// screen and dialog is visited in English; what the widgets say (the "labels"
// of the test state) must be the English texts of assets/ui/en/, never a key
// and never a Swedish text. Screenshots of each screen go to build/e2e-artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import { assert, raf, ROOT, settle, state, tempDir, typeText, wheel, withApp, waitStorage, reveal, click } from './lib.mjs';

const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const readTable = (lang) => Object.assign({}, ...fs.readdirSync(path.join(ROOT, 'assets/ui', lang))
  .filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/ui', lang, f), 'utf8'))));
const en = readTable('en');
const sv = readTable('sv');
const keys = new Set(Object.keys(sv).filter((k) => !k.startsWith('_')));
// Swedish texts that are not also English ("Start" and "Strategispegeln" are both).
const enTexts = new Set(Object.values(en));
const swedishOnly = new Set(Object.values(sv).filter((t) => !enTexts.has(t)));

// No label is a key (a missing text shows as its key) or a Swedish text; the
// listed widgets say exactly their English text.
function checkEnglish(s, where, expected = {}) {
  const labels = Object.entries(s.labels);
  assert(labels.length > 0, `${where}: no widgets reported`);
  for (const [id, label] of labels) {
    assert(!keys.has(label), `${where}: ${id} shows the key "${label}"`);
    // The language buttons name each language in itself ("Svenska").
    if (!id.startsWith('settings.language.')) assert(!swedishOnly.has(label), `${where}: ${id} shows Swedish "${label}"`);
  }
  for (const line of [...(s.modal_lines || []), s.toast].filter(Boolean)) {
    assert(!keys.has(line) && !swedishOnly.has(line), `${where}: the dialog or toast says "${line}"`);
  }
  for (const [id, key] of Object.entries(expected)) {
    assert(s.labels[id] !== undefined, `${where}: no widget ${id}`);
    assert(s.labels[id].includes(en[key]), `${where}: ${id} says "${s.labels[id]}", not "${en[key]}"`);
  }
}

// checkEnglish on what is in view, then each expected widget scrolled into view.
async function checkScreen(page, where, expected = {}) {
  checkEnglish(await state(page), where);
  for (const [id, key] of Object.entries(expected)) {
    await reveal(page, id);
    checkEnglish(await state(page), `${where} (${id} in view)`, { [id]: key });
  }
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

function assessmentFile(dir, { id, date, seed }) {
  const topOf = (item) => Math.max(...instrument.scales.find((x) => x.id === item.scale).levels.map((l) => l.value));
  const answers = {};
  instrument.items.forEach((item, i) => { answers[item.id] = { level: (i + seed * (i % 3)) % (topOf(item) + 1) }; });
  const doc = {
    format: 'strategispegeln-assessment', format_version: 1, id,
    instrument: { id: INSTRUMENT_ID, version: instrument.version },
    verksamhet: { name: 'Eken Health Centre', type: 'vardcentral' }, date, mode: 'self-assessment', answers,
  };
  const file = path.join(dir, `${id}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

async function openFile(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'saved.import')]);
  await chooser.setFiles(file);
  await raf(page, 3);
  await settle(page);
}

export const tests = {
  'a Swedish browser switches to English in Settings, and every screen and dialog is in English': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-lang-');
    await withApp(browser, baseUrl, { locale: 'sv-SE' }, async ({ page, errors }) => {
      await waitStorage(page);
      let s = await state(page);
      assert(s.language === 'sv' && await htmlLang(page) === 'sv', `starts in the browser's Swedish: ${s.language}`);

      await click(page, 'nav.settings');
      s = await state(page);
      assert(s.labels['settings.language.sv'] === 'Svenska' && s.labels['settings.language.en'] === 'English',
        `each language named in itself: ${s.labels['settings.language.sv']}, ${s.labels['settings.language.en']}`);
      await click(page, 'settings.language.en');
      s = await state(page);
      assert(s.language === 'en', `switched: ${s.language}`);
      assert(await htmlLang(page) === 'en', `<html lang> is ${await htmlLang(page)}`);
      // The title names the screen too (the screen-reader mirror sets it, docs/accessibility.md).
      const title = en['a11y.page_title'].replace('{0}', en['a11y.screen.settings']).replace('{1}', en['app.title']);
      assert(await page.title() === title, `title "${await page.title()}", expected "${title}"`);
      checkEnglish(s, 'settings', { 'nav.settings': 'nav.settings', 'settings.help_open.no': 'settings.help_open.no' });
      await screenshot(page, 'settings');

      // Remembered: a reload keeps English although the browser says Swedish.
      await page.reload();
      await waitStorage(page);
      s = await state(page);
      assert(s.language === 'en' && await htmlLang(page) === 'en', `after a reload: ${s.language}`);
      checkEnglish(s, 'start', { 'nav.saved': 'nav.saved', 'nav.settings': 'nav.settings' });
      assert(s.labels[`start.instrument.${INSTRUMENT_ID}`].includes(instrument.title.en), 'the instrument title in English');
      await screenshot(page, 'start');
      await reveal(page, 'start.begin', { top: true });
      checkEnglish(await state(page), 'start form', { 'start.begin': 'start.begin' });
      await screenshot(page, 'start-form');

      // The start form's errors, in English.
      await click(page, 'start.begin');
      s = await state(page);
      await reveal(page, 'start.begin', { top: true });
      await screenshot(page, 'start-errors');

      await click(page, `start.instrument.${INSTRUMENT_ID}`);
      await click(page, 'start.unit_name');
      await typeText(page, 'Eken Health Centre');
      await click(page, 'start.begin');
      s = await state(page);
      assert(s.screen === 'answer', `not on the answer screen: ${JSON.stringify(s.error_messages)}`);
      const first = s.item;
      checkEnglish(s, 'answer', { [`answer.item.${first}.vet_ej`]: 'answer.vet_ej', 'nav.answer': 'nav.answer' });
      const level = instrument.scales[0].levels[2];
      assert(s.labels[`answer.item.${first}.level.2`] === (level.label.en || level.label.sv),
        `scale level in English: ${s.labels[`answer.item.${first}.level.2`]}`);
      await screenshot(page, 'answer');
      await click(page, `answer.item.${first}.level.2`);
      await click(page, 'answer.next_area');
      await screenshot(page, 'answer-area-2');

      await click(page, 'nav.results');
      s = await state(page);
      await screenshot(page, 'results');
      await checkScreen(page, 'results', { 'results.to_export': 'results.to_export' });
      await screenshot(page, 'results-lower');

      await click(page, 'nav.export');
      s = await state(page);
      await checkScreen(page, 'export', { 'export.json': 'export.json', 'export.csv': 'export.csv', 'export.html': 'export.html' });
      await screenshot(page, 'export');

      // Saved list, with files opened, a summary and a comparison.
      const files = [1, 2, 3].map((seed) => assessmentFile(dir, { id: `lang-${seed}`, date: `2026-0${seed}-10`, seed }));
      await click(page, 'nav.saved');
      for (const f of files) await openFile(page, f);
      s = await state(page);
      if (s.modal) {
        checkEnglish(s, 'import message');
        await screenshot(page, 'import-message');
        await click(page, 'modal.close');
      }
      s = await state(page);
      await checkScreen(page, 'saved', { 'saved.import': 'start.import' });
      await screenshot(page, 'saved');
      for (const f of ['lang-1', 'lang-2', 'lang-3']) await click(page, `saved.select.${f}`);
      s = await state(page);
      assert(s.group.selected.length === 3, `selected: ${JSON.stringify(s.group.selected)}`);
      await reveal(page, 'saved.aggregate');
      await screenshot(page, 'saved-selected');
      await click(page, 'saved.aggregate');
      s = await state(page);
      assert(s.screen === 'group', `aggregate: ${JSON.stringify(s.error_messages)}`);
      await screenshot(page, 'aggregate');
      await checkScreen(page, 'aggregate', { 'group.back': 'group.back' });
      await wheel(page, 640, 500, 2500);
      await settle(page);
      checkEnglish(await state(page), 'aggregate, further down');
      await screenshot(page, 'aggregate-lower');
      await click(page, 'group.back');
      await click(page, 'saved.select.lang-3');
      await click(page, 'saved.compare');
      s = await state(page);
      assert(s.screen === 'group' && s.group.comparing, `compare: ${JSON.stringify(s.error_messages)}`);
      await checkScreen(page, 'compare', { 'group.back': 'group.back' });
      await screenshot(page, 'compare');
      await click(page, 'group.back');

      // Dialogs: delete, copy for follow-up, and a file that is refused.
      await click(page, 'saved.delete.lang-1');
      s = await state(page);
      assert(s.modal === 'confirm_delete', `delete dialog: ${s.modal}`);
      checkEnglish(s, 'delete dialog', { 'modal.delete.confirm': 'modal.delete.confirm', 'modal.cancel': 'modal.cancel' });
      await screenshot(page, 'modal-delete');
      await click(page, 'modal.cancel');
      await click(page, 'saved.duplicate.lang-1');
      s = await state(page);
      checkEnglish(s, 'duplicate dialog', { 'modal.duplicate.keep': 'modal.duplicate.keep' });
      await screenshot(page, 'modal-duplicate');
      await click(page, 'modal.cancel');
      const broken = path.join(dir, 'broken.json');
      fs.writeFileSync(broken, '{"format": "strategispegeln-assessment", "answers": ');
      await openFile(page, broken);
      s = await state(page);
      assert(s.modal === 'error', `a broken file is refused: ${s.modal}`);
      assert(s.error_messages.includes(en['error.import_title'].replace('{0}', 'broken.json')),
        `the error title in English: ${JSON.stringify(s.error_messages)}`);
      await screenshot(page, 'modal-error');
      await click(page, 'modal.close');

      // And back: Swedish again at once.
      await click(page, 'nav.settings');
      await click(page, 'settings.language.sv');
      s = await state(page);
      assert(s.language === 'sv' && s.labels['nav.settings'] === sv['nav.settings'] && await htmlLang(page) === 'sv',
        `back to Swedish: ${s.language} ${s.labels['nav.settings']}`);
      assert(errors.length === 0, `console errors: ${errors.join('; ')}`);
    });
  },

  'an English browser starts in English, a German one in Swedish': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, { locale: 'en-GB' }, async ({ page }) => {
      await waitStorage(page);
      const s = await state(page);
      assert(s.language === 'en' && await htmlLang(page) === 'en', `en-GB: ${s.language}`);
      checkEnglish(s, 'start', { 'nav.saved': 'nav.saved' });
    });
    await withApp(browser, baseUrl, { locale: 'de-DE' }, async ({ page }) => {
      await waitStorage(page);
      const s = await state(page);
      assert(s.language === 'sv' && s.labels['nav.saved'] === sv['nav.saved'], `de-DE: ${s.language}`);
    });
  },

  'a phone in English: the header menu and the answer screen fit': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, { locale: 'en-US', viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true },
      async ({ page }) => {
        await waitStorage(page);
        let s = await state(page);
        assert(s.language === 'en', `en-US: ${s.language}`);
        await screenshot(page, 'phone-start');
        await click(page, `start.instrument.${INSTRUMENT_ID}`, { touch: true });
        await click(page, 'start.unit_name', { touch: true });
        await typeText(page, 'Eken');
        await click(page, 'start.begin', { touch: true });
        s = await state(page);
        assert(s.screen === 'answer', `answer: ${JSON.stringify(s.error_messages)}`);
        checkEnglish(s, 'phone answer');
        const width = page.viewportSize().width * 2;
        const outside = Object.entries(s.widgets).filter(([, r]) => r[0] < 0 || r[0] + r[2] > width + 0.5).map(([id]) => id);
        assert(outside.length === 0, `widgets outside the screen: ${outside.join(', ')}`);
        await screenshot(page, 'phone-answer');
      });
  },
};
