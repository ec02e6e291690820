// group-report.test.mjs — the printable report of a group (core/group_report.cpp,
// assets/templates/group-report.html.mustache) as `spegeln aggregate --format html`
// writes it, in headless Chromium: axe-core (WCAG 2.1 A/AA) finds nothing in sv
// and en, one dot per participant with a score, no participant's name anywhere,
// every text inside its figure and the page within A4 when printed, and below the
// anonymity threshold no results at all. Needs only the native build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  A4_PX, ARTIFACTS_DIR, assert, assertNoAxeViolations, assertPrintsOnA4, AXE, needFile, openPrintable, ROOT, tempDir,
} from './lib.mjs';

const NATIVE = process.env.SPEGELN_NATIVE_BUILD || path.join(ROOT, 'build/native');
const CLI = path.join(NATIVE, 'native/cli/spegeln');
const SECRET = 'Hemligt Deltagarnamn';

// `count` participants from the sample, each answering a little differently.
function participants(dir, count) {
  const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/skane-sample.json'), 'utf8'));
  const files = [];
  for (let k = 0; k < count; k++) {
    const a = structuredClone(sample);
    a.id = `deltagare-${k}`;
    a.respondent_role = `${SECRET} ${k}`;
    a.verksamhet.name = `${SECRET} VC ${k}`;
    let i = 0;
    for (const ans of Object.values(a.answers)) {
      delete ans.comment;
      // Never above the original level, so it stays on the item's scale.
      if (typeof ans.level === 'number') ans.level = (ans.level * (k + i++ + 1)) % (ans.level + 1);
    }
    const file = path.join(dir, `deltagare-${k}.json`);
    fs.writeFileSync(file, JSON.stringify(a, null, 2));
    files.push(file);
  }
  return files;
}

// Texts of the figures outside their viewBox, and table cells whose text overflows them.
async function cutText(page) {
  return page.evaluate(() => {
    const out = [];
    for (const svg of document.querySelectorAll('figure svg')) {
      const vb = svg.viewBox.baseVal;
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBBox();
        if (b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width || b.y + b.height > vb.y + vb.height)
          out.push(`svg text ${t.textContent}`);
      }
    }
    for (const cell of document.querySelectorAll('th, td'))
      if (cell.scrollWidth > cell.clientWidth + 1) out.push(`cell ${cell.textContent.slice(0, 40)}`);
    return out;
  });
}

export const tests = {
  'the group report passes axe in sv and en, has a dot per score and no names, and prints on A4 without cut text': async ({ browser }) => {
    needFile(CLI, 'bygg spegeln (cmake --build build/native --target spegeln)');
    needFile(AXE, 'kör scripts/setup.sh (axe-core i tests/e2e)');
    const dir = tempDir('spegeln-group-report-');
    const files = participants(dir, 8);
    const stats = JSON.parse(execFileSync(CLI, ['aggregate', ...files, '--format', 'json']));
    const dots = [stats.overall, ...stats.principles, ...stats.areas].reduce((sum, d) => sum + d.n, 0);
    for (const lang of ['sv', 'en']) {
      const file = path.join(dir, `group-${lang}.html`);
      fs.writeFileSync(file, execFileSync(CLI, ['aggregate', ...files, '--format', 'html', '--lang', lang]));
      const html = fs.readFileSync(file, 'utf8');
      assert(!html.includes(SECRET), `${lang}: a participant's name or role is in the report`);
      const { context, page } = await openPrintable(browser, file);
      try {
        const dom = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dots: document.querySelectorAll('circle.dot').length,
          figures: [...document.querySelectorAll('svg[role="img"]')].map((s) => s.getAttribute('aria-label')),
          captions: document.querySelectorAll('table > caption').length,
          tables: document.querySelectorAll('table').length,
          rowHeaders: document.querySelectorAll('th[scope="row"]').length,
        }));
        assert(dom.lang === lang, `lang is ${dom.lang}`);
        assert(dom.dots === dots, `${lang}: ${dom.dots} dots, the aggregate has ${dots} scores`);
        assert(dom.figures.length === 1 + stats.principles.length + stats.areas.length, `${dom.figures.length} figures`);
        assert(dom.figures.every((l) => l && /\d/.test(l)), `${lang}: a figure without numbers in its label`);
        assert(dom.captions === dom.tables, `${lang}: ${dom.tables} tables, ${dom.captions} captions`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `group-report-${lang}-screen.png`), fullPage: true });
        await assertNoAxeViolations(page, lang);
        // At the printable width inside the 16 mm margins (672 px): print media narrows the tables' cells.
        const { pdf } = await assertPrintsOnA4(page, lang);
        const cut = await cutText(page);
        assert(cut.length === 0, `${lang}: cut text: ${cut.slice(0, 5).join(' | ')}`);
        fs.writeFileSync(path.join(ARTIFACTS_DIR, `group-report-${lang}.pdf`), pdf);
        await page.setViewportSize(A4_PX);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `group-report-${lang}-print-top.png`),
          clip: { x: 0, y: 0, ...A4_PX } });
      } finally {
        await context.close();
      }
    }
  },

  'below the anonymity threshold the group report holds a note and no results': async ({ browser }) => {
    needFile(CLI, 'bygg spegeln');
    const dir = tempDir('spegeln-group-report-');
    const files = participants(dir, 2);
    const file = path.join(dir, 'two.html');
    fs.writeFileSync(file, execFileSync(CLI, ['aggregate', ...files, '--format', 'html']));
    const { context, page } = await openPrintable(browser, file);
    try {
      const dom = await page.evaluate(() => ({
        svgs: document.querySelectorAll('svg').length,
        tables: document.querySelectorAll('table').length,
        note: document.querySelector('.note')?.textContent || '',
      }));
      assert(dom.svgs === 0 && dom.tables === 1, `${dom.svgs} figures and ${dom.tables} tables below the threshold`);
      assert(/minst 3 deltagare/.test(dom.note), `no threshold note: ${dom.note}`);
      await assertNoAxeViolations(page, 'the short report');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'group-report-below-threshold.png') });
    } finally {
      await context.close();
    }
  },
};
