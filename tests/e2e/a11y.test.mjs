// a11y.test.mjs — the app as a keyboard user and a screen-reader user meet it
// (issue 7, docs/accessibility.md):
//  * every screen and dialog has an accessibility tree (the mirror of the
//    canvas, web/shell/a11y.js): headings, named controls, a page title per
//    screen, <html lang>; axe-core (WCAG 2.1 A/AA) finds no violations;
//  * the app is driven through the mirror by role and name, as a screen reader
//    does (getByRole + the element's own click/focus);
//  * complete flows with the keyboard alone: a self-assessment and its export,
//    a brukarrevision entry, a group import; Escape closes a dialog and gives
//    focus back to the button that opened it; status messages reach the
//    aria-live region.
import fs from 'node:fs';
import path from 'node:path';
import { assert, openApp, pressKey, raf, ROOT, settle, state, tempDir, typeText, waitStorage } from './lib.mjs';

const AXE = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
const SELF = 'skane-2025-sjalvskattning';
const AUDIT = 'skane-2025-brukarrevision';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${SELF}.json`), 'utf8'));
// A new assessment is for a vårdcentral (the default unit kind): only the items that apply to one, in its wording.
const applies = (item) => !item.unit_kinds || item.unit_kinds.includes('vardcentral');
const order = instrument.areas.flatMap((a) => instrument.items.filter((i) => i.area === a.id && applies(i)));
const textOf = (item) => ((item.text_for && item.text_for.vardcentral) || item.text).sv;
const topOf = (item) => Math.max(...instrument.scales.find((s) => s.id === item.scale).levels.map((l) => l.value));

// axe is injected as a script tag, which the page's CSP refuses: such pages are opened with bypassCSP.
async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

// The mirror's key of the element with DOM focus ('' when focus is elsewhere).
const focusedKey = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (el && el.id === 'textproxy') {
    const t = window.spegelnA11y.tree();
    const find = (ns) => { for (const n of ns) { if (n.item === t.focused) return n; const f = n.children && find(n.children); if (f) return f; } return null; };
    const n = find(t.nodes);
    return n ? `${n.key}(editing)` : '(editing)';
  }
  return (el && el.dataset && el.dataset.key) || '';
});

// A quick press: ImGui 1.92 queues input, so a press shorter than a frame is
// still seen (one frame down, the next up).
async function tap(page, k) {
  await page.keyboard.press(k);
  await raf(page, 3);
}

// Tab (or Shift+Tab) until the element with mirror key `key` has DOM focus.
async function tabTo(page, key, { back = false, max = 200 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    const k = await focusedKey(page);
    if (k === key || k === `${key}(editing)`) return;
    seen.push(k);
    await tap(page, back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${key}; went through: ${seen.join(' → ')}`);
}

async function key(page, combo) {
  await pressKey(page, combo);
  await settle(page);
}


// Names of all named controls must be non-empty; returns the ARIA snapshot.
async function checkTree(page, where) {
  const snap = await page.locator('#a11y').ariaSnapshot();
  for (const role of ['button', 'radio', 'checkbox', 'textbox']) {
    const unnamed = await page.locator('#a11y').getByRole(role).evaluateAll((els) =>
      els.filter((e) => !(e.getAttribute('aria-label') || e.textContent || '').trim()).map((e) => e.dataset.key));
    assert(unnamed.length === 0, `${where}: ${role} without a name: ${unnamed.join(', ')}`);
  }
  assert(/heading "[^"]+" \[level=1\]/.test(snap) || /dialog/.test(snap), `${where}: no level-1 heading:\n${snap.slice(0, 400)}`);
  // Headings in reading order never skip a level going down (a section's h3 before the screen's h2
  // reads as a sub-section of the page title).
  const levels = await page.locator('#a11y').evaluate((m) => [...m.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((h) => [Number(h.tagName[1]), h.textContent]));
  for (let i = 1; i < levels.length; i++)
    assert(levels[i][0] <= levels[i - 1][0] + 1,
      `${where}: heading "${levels[i][1]}" (h${levels[i][0]}) follows "${levels[i - 1][1]}" (h${levels[i - 1][0]})`);
  const violations = await axe(page);
  assert(violations.length === 0, `${where}: axe violations:\n  ${violations.join('\n  ')}`);
  return snap;
}

// A saved self-assessment file with a few answers, for imports.
function assessmentFile(dir, id, seed) {
  const answers = {};
  instrument.items.forEach((item, i) => { answers[item.id] = { level: (i + seed) % (topOf(item) + 1) }; });
  const doc = {
    format: 'strategispegeln-assessment', format_version: 1, id,
    instrument: { id: SELF, version: instrument.version },
    verksamhet: { name: 'Fallet Vårdcentralen Ek', type: 'vardcentral' }, date: '2026-03-10',
    respondent_role: `Deltagare ${seed}`, mode: 'workshop', answers,
  };
  const file = path.join(dir, `${id}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

export const tests = {
  'every screen and dialog has a named accessibility tree, a title and lang, and axe finds no violations': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-a11y-');
    const { context, page } = await openApp(browser, baseUrl, { bypassCSP: true, acceptDownloads: true });
    try {
      await waitStorage(page);
      assert(await page.evaluate(() => document.documentElement.lang) === 'sv', 'html lang sv');
      const titles = new Set();
      const visit = async (where) => {
        await settle(page);
        const snap = await checkTree(page, where);
        titles.add(await page.title());
        await screenshot(page, where);
        return snap;
      };
      let snap = await visit('start');
      assert(snap.includes('radiogroup "1.'), 'the instrument choice is a named radio group');
      assert(snap.includes('textbox "3.'), 'the unit name field is named by its label');

      // Through the mirror, as a screen reader acts: element.click() / focus().
      const mirror = page.locator('#a11y');
      await mirror.getByRole('radio', { name: 'Workshop', exact: true }).evaluate((e) => e.click());
      await settle(page);
      assert((await state(page)).start.mode === 'workshop', 'the Workshop radio, clicked in the mirror, chose workshop');
      assert(await mirror.getByRole('radio', { name: 'Workshop', exact: true }).getAttribute('aria-checked') === 'true', 'checked state follows');
      await mirror.getByRole('textbox', { name: /Verksamhetens namn/ }).focus();
      await typeText(page, 'Vårdcentralen Lönnen');
      await mirror.getByRole('button', { name: 'Starta bedömningen' }).evaluate((e) => e.click());
      await settle(page);
      let s = await state(page);
      assert(s.screen === 'answer' && s.assessment.verksamhet.name === 'Vårdcentralen Lönnen', `started: ${s.screen}`);

      snap = await visit('answer');
      const first = order[0];
      const group = mirror.getByRole('radiogroup', { name: textOf(first) });
      assert(await group.count() === 1, 'the current item is a radio group named by its text');
      await group.getByRole('radio', { name: /^2 / }).evaluate((e) => e.click());
      await settle(page);
      s = await state(page);
      assert(s.assessment.answers[first.id] && s.assessment.answers[first.id].level === 2, `answered through the mirror: ${JSON.stringify(s.assessment.answers[first.id])}`);
      assert(await group.getByRole('radio', { name: /^2 / }).getAttribute('aria-checked') === 'true', 'the chosen level is checked');

      for (const [nav, where] of [['nav.results', 'results'], ['nav.export', 'export'], ['nav.saved', 'saved'], ['nav.settings', 'settings']]) {
        await mirror.locator(`[data-key="${nav}"]`).evaluate((e) => e.click());
        snap = await visit(where);
        assert((await state(page)).screen === where, `on ${where}`);
        assert(await mirror.locator(`[data-key="${nav}"]`).getAttribute('aria-current') === 'page', `${nav} marks the page shown`);
      }
      assert(titles.size >= 6, `a title per screen: ${[...titles].join(' | ')}`);

      // The group screen: three imported participants, aggregated.
      await mirror.locator('[data-key="nav.saved"]').evaluate((e) => e.click());
      await settle(page);
      for (let i = 1; i <= 3; i++) {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
          mirror.getByRole('button', { name: /Läs in fil/ }).evaluate((e) => e.click())]);
        await chooser.setFiles(assessmentFile(dir, `deltagare-${i}`, i));
        await raf(page, 3);
        await settle(page);
        if ((await state(page)).modal) {
          await visit(`import-message-${i}`);
          await mirror.getByRole('button', { name: 'Stäng' }).evaluate((e) => e.click());
          await settle(page);
        }
      }
      for (let i = 1; i <= 3; i++) {
        await mirror.locator(`[data-key="saved.select.deltagare-${i}"]`).evaluate((e) => e.click());
        await settle(page);
      }
      await mirror.locator('[data-key="saved.aggregate"]').evaluate((e) => e.click());
      await settle(page);
      assert((await state(page)).screen === 'group', 'on the group screen');
      await visit('group');

      // A dialog: the delete confirmation is all a screen reader finds, named by its heading.
      await mirror.locator('[data-key="nav.saved"]').evaluate((e) => e.click());
      await settle(page);
      await mirror.locator('[data-key="saved.delete.deltagare-1"]').evaluate((e) => e.click());
      snap = await visit('dialog-delete');
      assert(/dialog "[^"]+"/.test(snap) && !snap.includes('Sparade ('), `only the dialog:\n${snap.slice(0, 300)}`);

      // English: lang and titles follow.
      await key(page, 'Escape');
      await mirror.locator('[data-key="nav.settings"]').evaluate((e) => e.click());
      await settle(page);
      await mirror.getByRole('radio', { name: 'English' }).evaluate((e) => e.click());
      await settle(page);
      assert(await page.evaluate(() => document.documentElement.lang) === 'en', 'html lang en');
      assert(/Settings/.test(await page.title()), `English title: ${await page.title()}`);
      await visit('settings-en');
    } finally {
      await context.close();
    }
  },

  'a complete self-assessment and its export with the keyboard alone': async ({ browser, baseUrl, screenshot }) => {
    const { context, page } = await openApp(browser, baseUrl, { acceptDownloads: true });
    try {
      await waitStorage(page);
      await tabTo(page, `start.instrument.${SELF}`);
      await key(page, 'Space');
      await tabTo(page, 'start.unit_name');
      await typeText(page, 'Vårdcentralen Tangent');
      await tabTo(page, 'start.begin');
      await screenshot(page, 'focus-on-start-button');
      await key(page, 'Enter');
      let s = await state(page);
      assert(s.screen === 'answer', `Enter on the button started: ${s.screen} ${JSON.stringify(s.error_messages)}`);
      for (let i = 0; i < order.length; i++) {
        const item = order[i];
        if (i % 9 === 0) {
          s = await state(page);
          assert(s.item === item.id, `at ${item.id}, is at ${s.item}`);
        }
        await tap(page, String(i % (topOf(item) + 1)));
        if (i === 0) { await settle(page); await screenshot(page, 'answer-focus-ring'); }
        await tap(page, 'Enter');
      }
      await settle(page);
      s = await state(page);
      for (const [i, item] of order.entries())
        assert(s.assessment.answers[item.id] && s.assessment.answers[item.id].level === i % (topOf(item) + 1), `answer ${item.id}`);
      await tabTo(page, 'nav.results', { back: true });
      await key(page, 'Enter');
      assert((await state(page)).screen === 'results', 'results by keyboard');
      await tabTo(page, 'nav.export');
      await key(page, 'Enter');
      assert((await state(page)).screen === 'export', 'export by keyboard');
      await tabTo(page, 'export.json');
      const [download] = await Promise.all([page.waitForEvent('download'), key(page, 'Enter')]);
      assert(/\.json$/.test(download.suggestedFilename()), `downloaded ${download.suggestedFilename()}`);
      const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert(Object.keys(saved.answers).length === order.length, 'the file has every answer');
      await page.waitForFunction(() => document.getElementById('status').textContent.length > 0, null, { timeout: 5000 });
      const status = await page.evaluate(() => document.getElementById('status').textContent);
      assert(/JSON|nedladdad|hämtad/i.test(status), `the export is announced: "${status}"`);
      await screenshot(page, 'exported');
    } finally {
      await context.close();
    }
  },

  'a brukarrevision entry, a judgement chosen by keys, and a dialog closed with Escape, keyboard only': async ({ browser, baseUrl, screenshot }) => {
    const { context, page } = await openApp(browser, baseUrl);
    try {
      await waitStorage(page);
      await tabTo(page, `start.instrument.${AUDIT}`);
      await key(page, 'Space');
      assert((await state(page)).start.instrument === AUDIT, 'Space chose the brukarrevision checklist');
      await tabTo(page, 'start.unit_name');
      await typeText(page, 'Psykiatriska mottagningen Syd');
      await tabTo(page, 'start.begin');
      await key(page, 'Enter');
      let s = await state(page);
      assert(s.screen === 'audit_setup' && s.audit.open, `audit started: ${s.screen}`);
      await tabTo(page, 'audit.nav.items');
      await key(page, 'Enter');
      s = await state(page);
      assert(s.screen === 'audit_items', `Enter on the navigation opened the findings: ${s.screen}`);
      const level0 = Object.keys(s.widgets).find((id) => /^audit\.item\.[^.]+\.judgement\.level\.0$/.test(id));
      assert(level0, `a judgement scale on the findings screen: ${Object.keys(s.widgets).join(', ')}`);
      const first = level0.split('.')[2];
      await tabTo(page, level0);
      await key(page, 'Space');
      s = await state(page);
      assert(s.audit.open.items[first]?.level === 0, `Space chose Nej: ${JSON.stringify(s.audit.open.items[first])}`);
      await tabTo(page, `audit.item.${first}.judgement.level.1`);
      await key(page, 'Space');
      s = await state(page);
      assert(s.audit.open.items[first]?.level === 1, `Tab then Space chose Delvis: ${JSON.stringify(s.audit.open.items[first])}`);
      await screenshot(page, 'audit-answered');

      // A dialog opened from a button; Escape closes it and focus returns to that button.
      await tabTo(page, 'nav.saved', { back: true });
      await key(page, 'Enter');
      s = await state(page);
      const id = s.audit.saved[0].id;
      await tabTo(page, `audit.saved.delete.${id}`);
      await key(page, 'Enter');
      assert((await state(page)).modal === 'confirm_delete', 'the delete dialog is open');
      assert((await page.locator('#a11y').ariaSnapshot()).includes('dialog'), 'the mirror shows the dialog');
      await screenshot(page, 'dialog');
      await key(page, 'Escape');
      s = await state(page);
      assert(!s.modal && s.audit.saved.length === 1, 'Escape closed it and deleted nothing');
      assert(await focusedKey(page) === `audit.saved.delete.${id}`, `focus is back on the delete button: ${await focusedKey(page)}`);
    } finally {
      await context.close();
    }
  },

  'a trainer imports participants and aggregates them with the keyboard alone': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir('spegeln-a11y-group-');
    const { context, page } = await openApp(browser, baseUrl);
    try {
      await waitStorage(page);
      await tabTo(page, 'nav.saved');
      await key(page, 'Enter');
      for (let i = 1; i <= 3; i++) {
        await tabTo(page, 'saved.import');
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), key(page, 'Enter')]);
        await chooser.setFiles(assessmentFile(dir, `deltagare-${i}`, i));
        await raf(page, 3);
        await settle(page);
        if ((await state(page)).modal) await key(page, 'Escape');
      }
      assert((await state(page)).saved.length === 3, 'three imported');
      for (let i = 1; i <= 3; i++) {
        await tabTo(page, `saved.select.deltagare-${i}`);
        await key(page, 'Space');
      }
      assert((await state(page)).group.selected.length === 3, 'three ticked with Space');
      await tabTo(page, 'saved.aggregate');
      await key(page, 'Enter');
      const s = await state(page);
      assert(s.screen === 'group' && s.group.respondents === 3, `aggregated: ${s.screen}`);
      await screenshot(page, 'group');
    } finally {
      await context.close();
    }
  },
};
