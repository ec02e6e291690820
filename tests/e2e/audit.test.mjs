// audit.test.mjs — a small brukarrevision end to end in headless Chromium:
// set-up, method, tallies / judgement / finding / quote on two items (users and
// staff disagree on one), a recommendation, sending (confirmed; the findings
// lock and the screen stops offering changes), the unit's response, the HTML
// report (it holds the finding, the recommendation and the response), and the
// follow-up, which shows the earlier recommendation with its status. A
// personnummer typed into a finding is warned about under the field and listed,
// masked, in the dialog before the export. A screenshot of every screen; axe
// finds no violations on the findings screen and its dialog.
import fs from 'node:fs';
import path from 'node:path';
import { assert, click, openApp, raf, reveal, ROOT, settle, state, typeText, waitStorage } from './lib.mjs';

const INSTRUMENT_ID = 'skane-2025-brukarrevision';
const AXE = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
const FINDING = 'Få patienter har fått samtal om levnadsvanor.';
const QUOTE = 'Ingen har frågat mig om sömnen.';
const REC = 'Inför samtal om levnadsvanor vid nybesök.';
const ACTION = 'Samtalsmall vid nybesök';
const PNR = '19811218-9876';  // a valid personnummer (check digit correct)

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

async function type(page, id, text) {
  await click(page, id);
  await typeText(page, text);
  await raf(page, 2);
  await settle(page);
}

const audit = async (page) => (await state(page)).audit.open;

export const tests = {
  'a team runs a small brukarrevision from set-up to report and follow-up': async ({ browser, baseUrl, screenshot }) => {
    // Reduced motion: a steady caret, so the app goes idle while a field is active (settle()).
    const { context, page, errors } = await openApp(browser, baseUrl, { bypassCSP: true, viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    try {
      await waitStorage(page);
      // Start: the brukarrevision instrument, a psychiatric outpatient unit.
      await click(page, `start.instrument.${INSTRUMENT_ID}`);
      await type(page, 'start.unit_name', 'Mottagningen Eken');
      await click(page, 'start.unit_kind.psykiatri-oppenvard');
      await click(page, 'start.begin');
      let s = await state(page);
      assert(s.screen === 'audit_setup', `set-up screen after start, got ${s.screen}`);
      assert(s.assessment === null, 'no assessment was made');
      assert(s.audit.open.header.verksamhet.name === 'Mottagningen Eken', JSON.stringify(s.audit.open.header));

      // Set-up.
      await type(page, 'audit.setup.period_to', '2026-12-20');
      await type(page, 'audit.setup.association', 'Brukarföreningen Exempel');
      await click(page, 'audit.setup.voluntary');
      let a = await audit(page);
      assert(a.header.period.to === '2026-12-20', `period: ${JSON.stringify(a.header.period)}`);
      assert(a.header.voluntary_explained === true, 'voluntariness ticked');
      await screenshot(page, '1-setup');

      // Method: patient interviews, 8 people on one date.
      await click(page, 'audit.nav.method');
      await click(page, 'audit.method.intervju-patient.used');
      await type(page, 'audit.method.intervju-patient.informants', '8');
      await type(page, 'audit.method.intervju-patient.dates', '2026-03-09');
      a = await audit(page);
      assert(a.method.length === 1 && a.method[0].informants === 8 && a.method[0].dates[0] === '2026-03-09',
        `method: ${JSON.stringify(a.method)}`);
      await screenshot(page, '2-method');

      // The paper guide for the patient interviews: the core's page, with the text to read out
      // and boxes to tick, in the app's language.
      const [guide] = await Promise.all([page.waitForEvent('download'), click(page, 'audit.guide.patient')]);
      const guideHtml = fs.readFileSync(await guide.path(), 'utf8');
      assert(/^<!DOCTYPE html>/i.test(guideHtml) && guideHtml.includes('lang="sv"'), 'a Swedish HTML page');
      assert(/frivillig/i.test(guideHtml) && guideHtml.includes('class="box"'),
        `the guide has the consent text and answer boxes: ${guideHtml.slice(0, 300)}`);

      // Findings on the first area's two items.
      await click(page, 'audit.nav.items');
      await type(page, 'audit.item.hf-01.tally.patient.ja', '1');
      await type(page, 'audit.item.hf-01.tally.patient.delvis', '2');
      await type(page, 'audit.item.hf-01.tally.patient.nej', '5');
      await type(page, 'audit.item.hf-01.tally.personal.ja', '4');
      await click(page, 'audit.item.hf-01.judgement.level.0');
      await type(page, 'audit.item.hf-01.finding', FINDING);
      await type(page, 'audit.item.hf-01.quote_draft', QUOTE);
      await click(page, 'audit.item.hf-01.quote_add');
      await click(page, 'audit.item.hf-02.judgement.inte_undersokt');
      await type(page, 'audit.item.hf-02.finding', `Patienten ${PNR} ville inte svara.`);
      s = await state(page);
      a = s.audit.open;
      assert(a.items['hf-01'].tallies.patient.nej === 5 && a.items['hf-01'].tallies.personal.ja === 4,
        `tallies: ${JSON.stringify(a.items['hf-01'])}`);
      assert(a.items['hf-01'].level === 0 && a.items['hf-01'].finding === FINDING, JSON.stringify(a.items['hf-01']));
      assert(a.items['hf-01'].quotes[0] === QUOTE, 'quote added');
      assert(a.items['hf-02'].status === 'inte-undersokt', JSON.stringify(a.items['hf-02']));
      assert(s.audit.disagreements.includes('hf-01'), 'users and staff disagree on hf-01');
      assert(s.audit.not_investigated === 1, `not investigated: ${s.audit.not_investigated}`);
      await reveal(page, 'audit.item.hf-02.finding.personal_data');  // a warning under the finding
      s = await state(page);
      assert(/19811218-\*\*\*\*/.test(s.labels['audit.item.hf-02.finding.personal_data']) &&
        !s.labels['audit.item.hf-02.finding.personal_data'].includes(PNR), 'the warning names it, masked');
      await reveal(page, 'audit.item.hf-01.disagreement');  // shown on the card (throws if never drawn)
      await click(page, 'audit.item.hf-01.guide');
      await click(page, 'audit.item.hf-01.tally.patient.ja');
      await screenshot(page, '3-items');
      await click(page, 'audit.item.hf-02.finding');
      await screenshot(page, '3b-items-personal-data');
      const itemsViolations = await axe(page);
      assert(itemsViolations.length === 0, `axe on the findings screen:\n  ${itemsViolations.join('\n  ')}`);

      // A recommendation tied to hf-01.
      await click(page, 'audit.nav.recommendations');
      await click(page, 'audit.recs.add');
      await type(page, 'audit.rec.r1.text', REC);
      await click(page, 'audit.rec.r1.priority.hog');
      await click(page, 'audit.rec.r1.item.hf-01');
      a = await audit(page);
      assert(a.recommendations[0].text === REC && a.recommendations[0].priority === 'hog' &&
        a.recommendations[0].items[0] === 'hf-01', JSON.stringify(a.recommendations));
      await screenshot(page, '4-recommendations');

      // Send: asks first, then the findings lock.
      await click(page, 'audit.nav.report');
      await screenshot(page, '5-report-draft');
      await click(page, 'audit.report.send');
      s = await state(page);
      assert(s.modal === 'audit_send' && s.audit.open.state === 'utkast', 'a confirmation before sending');
      await screenshot(page, '5b-send-dialog');
      await click(page, 'modal.audit_send.confirm');
      assert((await audit(page)).state === 'skickad', 'sent');
      await click(page, 'audit.nav.items');
      s = await state(page);
      const offered = Object.keys(s.widgets).filter((id) => /^audit\.item\.[^.]+\.(judgement|tally|finding$|quote_)/.test(id));
      assert(offered.length === 0, `a sent audit offers no changes: ${offered.join(', ')}`);
      await screenshot(page, '6-items-locked');

      // The unit's response.
      await click(page, 'audit.nav.response');
      await type(page, 'audit.response.r1.action', ACTION);
      await type(page, 'audit.response.r1.role', 'Enhetschef');
      await type(page, 'audit.response.r1.date', '2026-09-30');
      await click(page, 'audit.response.r1.status.pagar');
      a = await audit(page);
      assert(a.recommendations[0].response && a.recommendations[0].response.status === 'pagar',
        JSON.stringify(a.recommendations[0]));
      await click(page, 'audit.response.received');
      assert((await audit(page)).state === 'svar-mottaget', 'response received');
      await screenshot(page, '7-response');

      // The report: the personal-data dialog first, then the download.
      await click(page, 'audit.nav.report');
      await click(page, 'audit.report.html');
      s = await state(page);
      assert(s.modal === 'personal_data', `the personal-data dialog before the export, got ${s.modal}`);
      assert(s.modal_lines.some((l) => l.includes('hf-02') && l.includes('19811218-****')) &&
        !s.modal_lines.some((l) => l.includes(PNR)), `lines: ${JSON.stringify(s.modal_lines)}`);
      await screenshot(page, '8-personal-data-dialog');
      const dialogViolations = await axe(page);
      assert(dialogViolations.length === 0, `axe on the dialog:\n  ${dialogViolations.join('\n  ')}`);
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'modal.pd.export_anyway')]);
      assert(/brukarrevision-rapport\.html$/.test(download.suggestedFilename()), download.suggestedFilename());
      const html = fs.readFileSync(await download.path(), 'utf8');
      for (const t of [FINDING, REC, ACTION]) assert(html.includes(t), `the report holds "${t}"`);
      await screenshot(page, '9-report-answered');

      // Follow-up: a new audit that shows the earlier recommendation and its status.
      await click(page, 'audit.follow_up.start');
      s = await state(page);
      assert(s.screen === 'audit_setup' && s.audit.open.state === 'utkast' && s.audit.open.previous,
        `follow-up: ${s.screen} ${JSON.stringify(s.audit.open && s.audit.open.previous)}`);
      assert(s.audit.open.previous.recommendations[0].response.status === 'pagar', 'carries the status');
      await click(page, 'audit.nav.recommendations');
      await screenshot(page, '10-follow-up-recommendations');

      await click(page, 'nav.saved');
      s = await state(page);
      assert(s.audit.saved.length === 2, `two audits saved: ${JSON.stringify(s.audit.saved)}`);
      assert(s.audit.saved.some((e) => e.state === 'svar-mottaget'), `the first keeps its state: ${JSON.stringify(s.audit.saved)}`);
      await screenshot(page, '11-saved');
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  },

  'two views: a saved self-assessment of the unit beside its brukarrevision, per principle and item': async ({ browser, baseUrl, screenshot }) => {
    const { context, page } = await openApp(browser, baseUrl, { viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    try {
      await waitStorage(page);
      // The staff's view: a self-assessment of the unit with one item at the top of the scale.
      await click(page, 'start.instrument.skane-2025-sjalvskattning');
      await type(page, 'start.unit_name', 'Mottagningen Eken');
      await click(page, 'start.unit_kind.psykiatri-oppenvard');
      await click(page, 'start.begin');
      let s = await state(page);
      assert(s.screen === 'answer', `self-assessment started: ${s.screen}`);
      const selfId = s.assessment.id;
      const top = Object.keys(s.widgets).find((id) => /^answer\.item\.[^.]+\.level\.4$/.test(id));
      await click(page, top);
      // The users' view: a brukarrevision of the same unit, its first item judged Nej.
      await click(page, 'nav.start');
      await click(page, `start.instrument.${INSTRUMENT_ID}`);
      await type(page, 'start.unit_name', 'Mottagningen Eken');
      await click(page, 'start.unit_kind.psykiatri-oppenvard');
      await click(page, 'start.begin');
      s = await state(page);
      assert(s.screen === 'audit_setup', `audit started: ${s.screen} ${JSON.stringify(s.error_messages)}`);
      await click(page, 'audit.nav.items');
      s = await state(page);
      const nej = Object.keys(s.widgets).find((id) => /^audit\.item\.[^.]+\.judgement\.level\.0$/.test(id));
      await click(page, nej);
      await click(page, 'audit.nav.report');
      await click(page, `audit.two_views.pick.${selfId}`);
      await reveal(page, 'audit.two_views.pick.' + selfId, { top: true, topFraction: 0.2 });
      const tree = await page.locator('#a11y').ariaSnapshot();
      for (const t of ['Två bilder av verksamheten', 'Sammantaget', 'Personcentrering'])
        assert(tree.includes(t), `the mirror shows "${t}"`);
      await screenshot(page, 'two-views');
    } finally {
      await context.close();
    }
  },
};
