// plan.test.mjs — the handlingsplan across two rounds in headless Chromium: round one answered,
// two actions added (one from the results, one from the plan screen, an insats and an own
// action), the exported report lists them; "Starta uppföljning" carries the plan into round two,
// where a status is updated next to the item's new answer and the second report shows both the
// new status and the earlier one. The plan screen is named in the screen-reader mirror and axe
// finds no violations. Screenshots: build/e2e-artifacts/plan-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { assert, click, importFiles, openApp, raf, reveal, ROOT, settle, state, tempDir, waitStorage, widgetRect } from './lib.mjs';

const INSTRUMENT_ID = 'skane-2025-sjalvskattning';
const instrument = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`), 'utf8'));
const applies = (item) => !item.unit_kinds || item.unit_kinds.includes('vardcentral');
const order = instrument.areas.flatMap((a) => instrument.items.filter((i) => i.area === a.id && applies(i)));
const AXE = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
const OWN = 'Rutin för första samtalet <b>';
const FOLLOW = 'Journalgranskning i september';

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

// Types into a text field and leaves it with Escape (the text stays: escape_keeps_text). While a
// field has focus its caret blinks, so the app is only waited on once the field is left.
async function typeInto(page, id, text) {
  await reveal(page, id);
  const r = await widgetRect(page, await state(page), id);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy', null,
    { timeout: 5000 });
  await page.keyboard.type(text);
  await raf(page, 3);
  await page.keyboard.press('Escape');
  await raf(page, 3);
  await settle(page);
}

async function reportOf(context, page) {
  await click(page, 'nav.export');
  const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'export.html')]);
  await report.waitForLoadState();
  const html = await report.content();
  return { report, html };
}

// A saved round of "Vårdcentralen Eken" on `version`, every item answered at `level` (or its top).
function roundFile(dir, id, version, date, level) {
  const file = version === instrument.version ? path.join(ROOT, 'assets/instruments', `${INSTRUMENT_ID}.json`)
    : path.join(ROOT, 'assets/instruments/archive', `${INSTRUMENT_ID}-${version}.json`);
  const inst = JSON.parse(fs.readFileSync(file, 'utf8'));
  const answers = {};
  for (const item of inst.items) {
    const top = Math.max(...inst.scales.find((sc) => sc.id === item.scale).levels.map((l) => l.value));
    answers[item.id] = { level: Math.min(level, top) };
  }
  const doc = { format: 'strategispegeln-assessment', format_version: 1, id,
    instrument: { id: INSTRUMENT_ID, version, item_ids: inst.items.map((i) => i.id) },
    verksamhet: { name: 'Vårdcentralen Eken' }, date, respondent_role: 'Teamet', mode: 'self-assessment', answers };
  const out = path.join(dir, `${id}.json`);
  fs.writeFileSync(out, JSON.stringify(doc));
  return out;
}

export const tests = {
  'a baseline and two follow-ups (one on the older version) show a chart over time and what was compared': async ({ browser, baseUrl, screenshot }) => {
    const dir = tempDir();
    const files = [roundFile(dir, 'runda-2026', '1.0.0', '2026-03-01', 1), roundFile(dir, 'runda-2027', instrument.version, '2027-03-01', 2),
      roundFile(dir, 'runda-2028', instrument.version, '2028-03-01', 3)];
    const { context, page, errors } = await openApp(browser, baseUrl, { bypassCSP: true });
    try {
      await waitStorage(page);
      await click(page, 'nav.saved');
      await importFiles(page, files);
      let s = await state(page);
      assert(s.saved.length === 3, `three rounds saved: ${JSON.stringify(s.error_messages)}`);
      for (const id of ['runda-2028', 'runda-2026', 'runda-2027']) await click(page, `saved.select.${id}`);
      await click(page, 'saved.trend');
      s = await state(page);
      assert(s.screen === 'group', `on the trend screen: ${JSON.stringify(s.error_messages)}`);
      const mirror = page.locator('#a11y');
      const text = await mirror.textContent();
      assert(text.includes('Utveckling över tid'), 'heading');
      assert(text.includes('2026-03-01: ') && text.includes(' → 2027-03-01: ') && text.includes(' → 2028-03-01: '), 'every round in date order');
      assert(/frågor jämfördes genom versionernas koppling/.test(text), 'says which items were compared across versions');
      assert(/kunde inte jämföras/.test(text), 'and which were not');
      assert(/Samma version: alla \d+ frågor/.test(text), 'the same-version step');
      await screenshot(page, 'trend');
      const violations = await axe(page);
      assert(violations.length === 0, `axe: ${violations.join(' | ')}`);
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  },

  'a plan made in round one is in its report, carried into round two and updated there': async ({ browser, baseUrl, screenshot }) => {
    const { context, page, errors } = await openApp(browser, baseUrl, { bypassCSP: true });
    try {
      await waitStorage(page);
      await click(page, `start.instrument.${INSTRUMENT_ID}`);
      await typeInto(page, 'start.unit_name', 'Vårdcentralen Planen');
      await click(page, 'start.begin');
      const [first, second, third] = order;
      await click(page, `answer.item.${first.id}.level.1`);
      await click(page, `answer.item.${second.id}.level.0`);
      await click(page, `answer.item.${third.id}.level.2`);

      // From the results: "Lägg till i handlingsplanen" on a lowest item opens the plan with it.
      await click(page, 'nav.results');
      await click(page, `results.plan.${first.id}`);
      let s = await state(page);
      assert(s.screen === 'plan', `on the plan screen: ${s.screen}`);
      let plan = s.assessment.handlingsplan;
      assert(plan && plan.actions.length === 1 && plan.actions[0].items[0] === first.id, JSON.stringify(plan));
      assert(plan.actions[0].insats, 'an insats suggested from the item is chosen');
      await typeInto(page, 'plan.a1.responsible', 'Verksamhetschef');
      await typeInto(page, 'plan.a1.due', '2026-09-30');
      await typeInto(page, 'plan.a1.follow_up', FOLLOW);

      // From the plan screen: a second action, the team's own.
      await click(page, `plan.add.${second.id}`);
      await click(page, 'plan.a2.insats.none');
      await typeInto(page, 'plan.a2.own', OWN);
      await typeInto(page, 'plan.a2.due', '2026-13-01');  // not a date: shown, never saved
      s = await state(page);
      plan = s.assessment.handlingsplan;
      assert(plan.actions.length === 2, 'two actions');
      assert(plan.actions[0].responsible === 'Verksamhetschef' && plan.actions[0].due === '2026-09-30', JSON.stringify(plan.actions[0]));
      assert(plan.actions[1].action === OWN && !plan.actions[1].insats && plan.actions[1].due === '', JSON.stringify(plan.actions[1]));
      // A third one, removed again.
      await click(page, `plan.add.${third.id}`);
      assert((await state(page)).assessment.handlingsplan.actions.length === 3, 'third added');
      await click(page, 'plan.a3.remove');
      assert((await state(page)).assessment.handlingsplan.actions.length === 2, 'third removed');
      await reveal(page, 'plan.a1.insats.none', { top: true, topFraction: 0.9 });
      await screenshot(page, 'round1-top');
      await reveal(page, 'plan.a2.due', { top: true });
      await screenshot(page, 'round1');

      // Named for a screen reader, and axe finds nothing.
      const mirror = page.locator('#a11y');
      assert(await mirror.getByRole('textbox', { name: /Ansvarig roll/ }).count() === 2, 'responsible fields named');
      assert(await mirror.getByRole('radio', { name: 'Pågår' }).count() === 2, 'status radios named');
      const violations = await axe(page);
      assert(violations.length === 0, `axe: ${violations.join(' | ')}`);

      const round1 = (await state(page)).assessment;
      let { report, html } = await reportOf(context, page);
      assert(html.includes('<h2>Handlingsplan</h2>'), 'report has the plan');
      assert(html.includes('Verksamhetschef') && html.includes(FOLLOW), 'the first action is in the report');
      assert(html.includes('Rutin för första samtalet &lt;b&gt;'), 'the own action, escaped');
      await report.screenshot({ path: path.join(ROOT, 'build/e2e-artifacts/plan-report-round1.png'), fullPage: true });
      await report.locator('table.plan').screenshot({ path: path.join(ROOT, 'build/e2e-artifacts/plan-report-round1-table.png') });
      await report.close();

      // Round two: "Starta uppföljning" on the saved card.
      await click(page, 'nav.saved');
      await click(page, `saved.follow_up.${round1.id}`);
      s = await state(page);
      assert(s.screen === 'answer', `follow-up opens on the answer screen: ${JSON.stringify(s.error_messages)}`);
      const round2 = s.assessment;
      assert(round2.id !== round1.id && Object.keys(round2.answers).length === 0, 'a new round without answers');
      assert(round2.handlingsplan.follows.assessment === round1.id, 'linked to round one');
      const carried = round2.handlingsplan.actions;
      assert(carried.length === round1.handlingsplan.actions.length, 'every action carried');
      assert(carried.every((a) => a.carried_from && a.carried_from.status === 'planerad'), JSON.stringify(carried));
      const firstAction = carried.find((a) => a.items.includes(first.id));

      await click(page, `answer.item.${first.id}.level.3`);
      await click(page, 'nav.plan');
      await click(page, `plan.${firstAction.id}.status.pagar`);
      s = await state(page);
      assert(s.assessment.handlingsplan.actions.find((a) => a.id === firstAction.id).status === 'pagar', 'status updated');
      await reveal(page, `plan.${firstAction.id}.insats.none`, { top: true, topFraction: 0.9 });
      await screenshot(page, 'round2');

      ({ report, html } = await reportOf(context, page));
      assert(html.includes('Pågår<br><small>Status förra omgången: Planerad</small>'), 'new status beside the earlier one');
      assert(html.includes(`Uppföljning av omgången ${round1.date}`), 'says which round it follows');
      assert(html.includes(`${first.id}: 3 – `), 'the item\'s new answer beside the action');
      await report.screenshot({ path: path.join(ROOT, 'build/e2e-artifacts/plan-report-round2.png'), fullPage: true });
      await report.locator('table.plan').screenshot({ path: path.join(ROOT, 'build/e2e-artifacts/plan-report-round2-table.png') });
      await report.close();
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  },
};
