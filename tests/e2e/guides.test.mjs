// guides.test.mjs — the brukarrevision's printable pages in headless Chromium:
// the four guides (`spegeln guide patient|narstaende|fokusgrupp|observation`,
// core/audit_guides.cpp) and the brukarrevisionsrapport of the example audit
// (`spegeln report … --format html`). Each page
//  * passes axe-core (WCAG 2.1 A and AA) with no violations;
//  * prints on A4 without cut text: in print media at the printable width of an
//    A4 page (210 mm less the template's 2 × 16 mm margins), no element's box
//    reaches past the right edge and no element's content is wider than its box;
//  * prints to a PDF whose pages are A4;
//  * is screenshot on screen and in print (build/e2e-artifacts/guide-*.png).
// The pages come from the native build (build/native); the app is not needed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTIFACTS_DIR, assert, assertNoAxeViolations, assertPrintsOnA4, AXE, needFile, openPrintable, ROOT, tempDir,
} from './lib.mjs';

const NATIVE = process.env.SPEGELN_NATIVE_BUILD || path.join(ROOT, 'build/native');
const CLI = path.join(NATIVE, 'native/cli/spegeln');
const KINDS = ['patient', 'narstaende', 'fokusgrupp', 'observation'];

async function checkPage(browser, file, name, lang) {
  const { context, page } = await openPrintable(browser, file);
  try {
    assert(await page.evaluate(() => document.documentElement.lang) === lang, `${name}: lang is not ${lang}`);
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1')].length);
    assert(headings === 1, `${name}: ${headings} h1 elements`);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-screen.png`), fullPage: true });
    await assertNoAxeViolations(page, name);
    const { pdf, pages } = await assertPrintsOnA4(page, name);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-print.png`), fullPage: true });
    fs.writeFileSync(path.join(ARTIFACTS_DIR, `${name}.pdf`), pdf);
    return pages;
  } finally {
    await context.close();
  }
}

export const tests = {
  'every guide passes axe (WCAG 2.1 A/AA), prints on A4 without cut text, in sv and en': async ({ browser }) => {
    needFile(CLI, 'bygg spegeln (cmake --build build/native --target spegeln)');
    needFile(AXE, 'kör scripts/setup.sh (axe-core i tests/e2e)');
    const dir = tempDir('spegeln-guides-');
    for (const lang of ['sv', 'en']) {
      for (const kind of KINDS) {
        const file = path.join(dir, `${kind}-${lang}.html`);
        execFileSync(CLI, ['guide', kind, '-o', file, '--lang', lang]);
        const html = fs.readFileSync(file, 'utf8');
        assert(html.includes('@page { size: A4'), `${kind}: no A4 page size`);
        const pages = await checkPage(browser, file, `guide-${kind}-${lang}`, lang);
        // Every guide is a real handful of questions, not a blank page.
        assert(pages >= 2, `guide-${kind}-${lang}: only ${pages} printed page(s)`);
      }
    }
  },

  'the interview guide has a box per answer, the read-out text and a count sheet on its own page': async ({ browser }) => {
    const dir = tempDir('spegeln-guides-');
    const file = path.join(dir, 'patient.html');
    execFileSync(CLI, ['guide', 'patient', '-o', file]);
    const { context, page } = await openPrintable(browser, file);
    try {
      const dom = await page.evaluate(() => ({
        questions: document.querySelectorAll('section.q').length,
        boxes: document.querySelectorAll('section.q .box').length,
        headers: [...document.querySelector('section.q').querySelectorAll('th')].map((t) => t.textContent),
        readOut: document.querySelector('.read')?.innerText || '',
        sheetRows: document.querySelectorAll('.sheet tr').length,
        sheetBreak: getComputedStyle(document.querySelector('.sheet')).breakBefore,
      }));
      assert(dom.questions >= 8, `${dom.questions} questions`);
      assert(dom.boxes === 4 * dom.questions, `${dom.boxes} boxes for ${dom.questions} questions`);
      assert(dom.headers.join('|') === 'Ja|Delvis|Nej|Vet ej', `tally headers ${dom.headers.join('|')}`);
      assert(/frivilligt/.test(dom.readOut) && /anonym/.test(dom.readOut), 'the read-out text says voluntary and anonymous');
      assert(dom.sheetRows === dom.questions + 1, `count sheet has ${dom.sheetRows} rows for ${dom.questions} questions`);
      assert(dom.sheetBreak === 'page', `the count sheet starts a page (${dom.sheetBreak})`);
    } finally {
      await context.close();
    }
  },

  'the brukarrevision report of the example passes axe and prints on A4 without cut text': async ({ browser }) => {
    needFile(CLI, 'bygg spegeln');
    const dir = tempDir('spegeln-guides-');
    const example = path.join(ROOT, 'docs/examples/brukarrevision-exempel.json');
    for (const lang of ['sv', 'en']) {
      const file = path.join(dir, `rapport-${lang}.html`);
      fs.writeFileSync(file, execFileSync(CLI, ['report', example, '--format', 'html', '--lang', lang]));
      await checkPage(browser, file, `guide-audit-report-${lang}`, lang);
    }
  },
};
