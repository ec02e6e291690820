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
import { pathToFileURL } from 'node:url';
import { ARTIFACTS_DIR, assert, ROOT, tempDir } from './lib.mjs';

const NATIVE = process.env.SPEGELN_NATIVE_BUILD || path.join(ROOT, 'build/native');
const CLI = path.join(NATIVE, 'native/cli/spegeln');
const AXE = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
const KINDS = ['patient', 'narstaende', 'fokusgrupp', 'observation'];
// A4 is 210 mm wide; the guides' @page margins are 16 mm, the audit report's 16 mm too.
const MM = 96 / 25.4;
const PRINTABLE_WIDTH = Math.floor((210 - 2 * 16) * MM);  // 672 CSS px
const A4_POINTS = [595.92, 842.88];  // what Chromium writes in a PDF's MediaBox for A4

function need(file, how) {
  assert(fs.existsSync(file), `${file} saknas: ${how}`);
}

async function open(browser, file) {
  // axe is injected as a script, which the pages' CSP rightly refuses.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  return { context, page };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

// Elements that reach past the printable width or whose content overflows them.
async function cutElements(page, width) {
  return page.evaluate((w) => {
    const bad = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${(el.textContent || '').trim().slice(0, 40)}"`;
      if (r.right > w + 0.5 || r.left < -0.5) bad.push(`${name} spans ${Math.round(r.left)}–${Math.round(r.right)}`);
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth > 0)
        bad.push(`${name} content ${el.scrollWidth} in ${el.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > w) bad.push(`page ${document.documentElement.scrollWidth} px wide`);
    return bad.slice(0, 5);
  }, width);
}

// Every page of the PDF is A4 (portrait).
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [+m[1], +m[2]]);
  return boxes;
}

async function checkPage(browser, file, name, lang) {
  const { context, page } = await open(browser, file);
  try {
    assert(await page.evaluate(() => document.documentElement.lang) === lang, `${name}: lang is not ${lang}`);
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1')].length);
    assert(headings === 1, `${name}: ${headings} h1 elements`);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-screen.png`), fullPage: true });
    const violations = await axeViolations(page);
    assert(violations.length === 0, `${name}: axe found ${violations.join(' | ')}`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
    const cut = await cutElements(page, PRINTABLE_WIDTH);
    assert(cut.length === 0, `${name}: cut on A4: ${cut.join(' | ')}`);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-print.png`), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    fs.writeFileSync(path.join(ARTIFACTS_DIR, `${name}.pdf`), pdf);
    const pages = pdfPages(pdf);
    assert(pages.length >= 1, `${name}: the PDF has no pages`);
    for (const [w, h] of pages)
      assert(Math.abs(w - A4_POINTS[0]) < 2 && Math.abs(h - A4_POINTS[1]) < 2, `${name}: a PDF page is ${w} × ${h} pt, not A4`);
    return pages.length;
  } finally {
    await context.close();
  }
}

export const tests = {
  'every guide passes axe (WCAG 2.1 A/AA), prints on A4 without cut text, in sv and en': async ({ browser }) => {
    need(CLI, 'bygg spegeln (cmake --build build/native --target spegeln)');
    need(AXE, 'kör scripts/setup.sh (axe-core i tests/e2e)');
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
    const { context, page } = await open(browser, file);
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
    need(CLI, 'bygg spegeln');
    const dir = tempDir('spegeln-guides-');
    const example = path.join(ROOT, 'docs/examples/brukarrevision-exempel.json');
    for (const lang of ['sv', 'en']) {
      const file = path.join(dir, `rapport-${lang}.html`);
      fs.writeFileSync(file, execFileSync(CLI, ['report', example, '--format', 'html', '--lang', lang]));
      await checkPage(browser, file, `guide-audit-report-${lang}`, lang);
    }
  },
};
