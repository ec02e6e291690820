// platform.test.mjs — the browser platform layer (web/loop_web.cpp,
// web/platform_web.cpp, web/shell/) against the fixes in docs/browser-fixes.md.
// Input tests use the platform test window (web/test_overlay.cpp) so they do
// not depend on what the screens look like.
import fs from 'node:fs';
import path from 'node:path';
import { afterInput, assert, clickWidget, frameCount, overlayState, pressKey, raf, settle, showOverlay, SITE_DIR, state, typeText,
  waitFrames, wheel, widgetRect, withApp } from './lib.mjs';

const overlay = { from: overlayState };

async function clearText(page) {
  await clickWidget(page, 'text', overlay);
  await pressKey(page, 'Control+A');
  await pressKey(page, 'Delete');
}

export const tests = {
  'the page loads without console errors, draws a frame and hides the splash': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, {}, async ({ page, errors }) => {
      assert(await frameCount(page) > 0, 'no frame drawn');
      assert(await page.locator('#splash').isHidden(), 'the splash is still shown after the first frame');
      const canvas = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height, innerWidth, innerHeight]; });
      assert(canvas[0] === canvas[2] && canvas[1] === canvas[3], `canvas ${canvas} does not fill the 1× window`);
      await settle(page);
      await screenshot(page, 'start');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },

  'the page has Swedish no-JavaScript and no-WebGL messages and allows zooming': async () => {
    const html = fs.readFileSync(path.join(SITE_DIR, 'index.html'), 'utf8');
    assert(/<html lang="sv">/.test(html), 'lang="sv" missing');
    assert(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/.test(html), 'no <noscript> message');
    assert(/id="no-webgl"[\s\S]*WebGL 2/.test(html), 'no WebGL 2 message');
    const viewport = html.match(/<meta name="viewport" content="([^"]*)"/);
    assert(viewport && !/user-scalable\s*=\s*no|maximum-scale/.test(viewport[1]), `viewport blocks zoom: ${viewport}`);
  },

  'without WebGL 2 the page says so and does not load the app': async ({ browser, baseUrl, screenshot }) => {
    // A browser without WebGL 2 downloads nothing of the app. One that has it but cannot make a
    // context (a blocklisted GPU) has started app.wasm while trying (web/shell/shell.js), and stops it.
    for (const kind of ['no WebGL 2', 'no context']) {
      const context = await browser.newContext();
      try {
        await context.addInitScript((noApi) => {
          if (noApi) { delete window.WebGL2RenderingContext; return; }
          const get = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
            return type === 'webgl2' ? null : get.call(this, type, ...rest);
          };
        }, kind === 'no WebGL 2');
        const page = await context.newPage();
        const requests = [], stopped = [], finished = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('requestfailed', (r) => stopped.push(r.url()));
        page.on('requestfinished', (r) => finished.push(r.url()));
        await page.goto(baseUrl);
        await page.waitForSelector('#no-webgl', { state: 'visible', timeout: 5000 });
        assert(await page.locator('#splash').isHidden(), `${kind}: the splash is still shown`);
        assert(!requests.some((u) => /app\.js$/.test(u)), `${kind}: app.js was loaded anyway`);
        assert(!await page.evaluate(() => performance.getEntriesByName('spegeln-main').length),
          `${kind}: the app started anyway`);
        if (kind === 'no WebGL 2') {
          assert(!requests.some((u) => /app\.wasm$/.test(u)), `${kind}: app.wasm was downloaded anyway`);
          await screenshot(page, 'no-webgl');
        } else {
          await page.waitForTimeout(300);
          assert(!finished.some((u) => /app\.wasm$/.test(u)) || stopped.some((u) => /app\.wasm$/.test(u)),
            `${kind}: app.wasm was downloaded to the end (requested ${requests.filter((u) => /wasm$/.test(u)).length}, stopped ${stopped.length})`);
        }
      } finally {
        await context.close();
      }
    }
  },

  'at devicePixelRatio 2 the canvas has twice the pixels, text is built at 2× and clicks land': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, { viewport: { width: 900, height: 700 }, deviceScaleFactor: 2 }, async ({ page, errors }) => {
      const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height, c.clientWidth, c.clientHeight]; });
      assert(size[0] === 2 * size[2] && size[1] === 2 * size[3], `backing store ${size[0]}×${size[1]} is not 2 × ${size[2]}×${size[3]}`);
      await showOverlay(page);
      const s = await overlayState(page);
      assert(s.display[0] === size[0] && s.display[1] === size[1], `ImGui display ${s.display} is not the backing store`);
      assert(s.font_px >= 34, `font built at ${s.font_px} px, expected ≥ 34 (17 px × 2)`);
      await clickWidget(page, 'button', overlay);
      await clickWidget(page, 'button', overlay);
      assert((await overlayState(page)).clicks === 2, 'clicks at dpr 2 did not land on the button');
      await screenshot(page, 'hidpi');
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  },

  'a resize or zoom while idle redraws at the new size and pixel ratio': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, { viewport: { width: 1000, height: 700 } }, async ({ page, context }) => {
      await showOverlay(page);
      const backing = () => page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
      await afterInput(page, () => page.setViewportSize({ width: 800, height: 600 }), 1);
      let s = await overlayState(page);
      assert(String(await backing()) === '800,600' && String(s.display) === '800,600', `after a resize: canvas ${await backing()}, ImGui ${s.display}`);
      // Browser zoom and moving to a HiDPI screen change devicePixelRatio.
      const cdp = await context.newCDPSession(page);
      await afterInput(page, () => cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 2, mobile: false }), 1);
      s = await overlayState(page);
      assert(String(await backing()) === '1600,1200', `after a dpr change the canvas is ${await backing()}`);
      assert(s.font_px >= 34, `after a dpr change the font is ${s.font_px} px`);
    });
  },

  'touch taps land on the widget and the pointer is parked after the finger lifts': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, { hasTouch: true, isMobile: true, viewport: { width: 400, height: 760 }, deviceScaleFactor: 2 }, async ({ page }) => {
      await showOverlay(page);
      for (let i = 0; i < 4; i++) await clickWidget(page, 'button', { touch: true, ...overlay });
      const s = await overlayState(page);
      assert(s.clicks === 4, `${s.clicks} of 4 taps registered`);
      assert(!s.button_hovered, 'the button still looks hovered after the finger lifted');
    });
  },

  'the mouse wheel scrolls the way the wheel turns, by a sensible amount': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await showOverlay(page);
      const r = await widgetRect(page, await overlayState(page), 'list');
      await wheel(page, r.x + r.w / 2, r.y + r.h / 2, 100);  // one notch down
      const down = await overlayState(page);
      assert(down.scroll_y > 0, `wheel down did not scroll down (scroll_y ${down.scroll_y})`);
      assert(down.scroll_y < r.h * 2, `one notch scrolled ${down.scroll_y} px, more than a screenful`);
      await wheel(page, r.x + r.w / 2, r.y + r.h / 2, -100);
      assert((await overlayState(page)).scroll_y < down.scroll_y, 'wheel up did not scroll back up');
    });
  },

  'Swedish text typed through the proxy arrives once, exactly': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await showOverlay(page);
      await clickWidget(page, 'text', overlay);
      const text = 'Åsa Öberg – vårdcentral @ €';
      await typeText(page, text);
      const got = (await overlayState(page)).text;
      assert(got === text, `typed "${text}", the field has "${got}"`);
      await screenshot(page, 'typed');
    });
  },

  'Backspace works held across frames and as a press shorter than a frame': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await showOverlay(page);
      await clickWidget(page, 'text', overlay);
      await typeText(page, 'abcd');
      await pressKey(page, 'Backspace');
      assert((await overlayState(page)).text === 'abc', 'held Backspace did not delete one character');
      await afterInput(page, () => page.keyboard.press('Backspace'));  // keydown and keyup before any frame
      assert((await overlayState(page)).text === 'ab', `a quick Backspace was lost: "${(await overlayState(page)).text}"`);
      // A phone keyboard sends no key events, only beforeinput (keyCode 229).
      await afterInput(page, () => page.evaluate(() => document.getElementById('textproxy').dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }))));
      assert((await overlayState(page)).text === 'a', `a virtual Backspace did not delete: "${(await overlayState(page)).text}"`);
    });
  },

  'text composed with an input method arrives once, when committed': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, {}, async ({ page, context }) => {
      await showOverlay(page);
      await clickWidget(page, 'text', overlay);
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy');
      const cdp = await context.newCDPSession(page);
      await afterInput(page, () => cdp.send('Input.imeSetComposition', { text: 'va', selectionStart: 2, selectionEnd: 2 }), 0);
      assert((await overlayState(page)).text === '', 'text arrived before the composition was committed');
      await afterInput(page, () => cdp.send('Input.insertText', { text: 'vårdcentral' }));
      const got = (await overlayState(page)).text;
      assert(got === 'vårdcentral', `composed "vårdcentral", the field has "${got}"`);
    });
  },

  'paste from the clipboard and copy to it': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page }) => {
      await showOverlay(page);
      const pasted = 'Klistrat: Ölandsbro ≥ 3 ✓';
      await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
      await clickWidget(page, 'text', overlay);
      await pressKey(page, 'Control+V');
      const got = (await overlayState(page)).text;
      assert(got === pasted, `pasted "${pasted}", the field has "${got}"`);
      await clearText(page);
      await typeText(page, 'kopiera mig');
      await pressKey(page, 'Control+A');
      await pressKey(page, 'Control+C');
      await raf(page, 2);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied === 'kopiera mig', `copied "${copied}"`);
    });
  },

  'a stored document survives a reload (IndexedDB is flushed after every write)': async ({ browser, baseUrl }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const ready = () => page.waitForFunction(() => window.Module && Module.calledRun && Module._spegeln_test_storage_ready(),
        null, { timeout: 15000 });
      const call = (fn, ret, ...args) => page.evaluate(([f, r, a]) => Module.ccall(f, r, a.map(() => 'string'), a), [fn, ret, args]);
      await page.goto(baseUrl);
      await ready();
      const text = '{"test": "Åsa Öberg – €", "n": 1}';
      assert(await call('spegeln_test_storage_write', 'number', 'e2e-test.json', text) === 1, 'storage_write failed');
      assert(await call('spegeln_test_storage_write', 'number', 'e2e-gone.json', 'x') === 1, 'storage_write failed');
      assert(await call('spegeln_test_storage_remove', 'number', 'e2e-gone.json') === 1, 'storage_remove failed');
      assert(await call('spegeln_test_storage_write', 'number', '../escape', 'x') === 0, 'a name with / was accepted');
      await page.waitForFunction(() => !Module.spegelnSync.busy, null, { timeout: 5000 });
      await page.reload();
      await ready();
      const got = await call('spegeln_test_storage_read', 'string', 'e2e-test.json');
      assert(got === text, `after a reload the document reads "${got}"`);
      assert(await call('spegeln_test_storage_read', 'string', 'e2e-gone.json') === '', 'a removed document came back');
    } finally {
      await context.close();
    }
  },

  'a second tab says the app is open elsewhere, never saves, and takes over when the first closes': async ({ browser, baseUrl, screenshot }) => {
    const context = await browser.newContext();
    try {
      const storageReady = (page) => page.waitForFunction(() => window.Module && Module.calledRun && Module._spegeln_test_storage_ready(),
        null, { timeout: 15000 });
      const call = (page, fn, ret, ...args) => page.evaluate(([f, r, a]) => Module.ccall(f, r, a.map(() => 'string'), a), [fn, ret, args]);
      // What IndexedDB itself holds (IDBFS: database "/spegeln", store "FILE_DATA", keys are paths).
      const idbKeys = (page) => page.evaluate(() => new Promise((resolve, reject) => {
        const req = indexedDB.open('/spegeln');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('FILE_DATA')) { db.close(); resolve([]); return; }
          const keys = db.transaction('FILE_DATA').objectStore('FILE_DATA').getAllKeys();
          keys.onsuccess = () => { db.close(); resolve(keys.result.map(String)); };
          keys.onerror = () => reject(keys.error);
        };
      }));
      const flushed = (page) => page.waitForFunction(() => !Module.spegelnSync.busy, null, { timeout: 5000 });

      const first = await context.newPage();
      await first.goto(baseUrl);
      await storageReady(first);
      assert(await first.locator('#other-tab').isHidden(), 'the first tab shows the other-tab message');
      assert(await call(first, 'spegeln_test_storage_write', 'number', 'e2e-first.json', 'ett') === 1, 'first tab: write failed');
      await flushed(first);

      const second = await context.newPage();
      await second.goto(baseUrl);
      await second.waitForSelector('#other-tab', { state: 'visible', timeout: 10000 });
      const message = await second.locator('#other-tab').innerText();
      assert(/redan öppen i en annan flik/.test(message) && /Ladda om/.test(message), `the message says "${message}"`);
      assert(await second.evaluate(() => Module.spegelnReadOnly === true), 'the second tab is not read-only');
      // The message covers the canvas: a click there lands on the message.
      const hit = await second.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight - 5).closest('#other-tab') !== null);
      assert(hit, 'the canvas can still be clicked in the second tab');
      await storageReady(second);
      await screenshot(second, 'second-tab');
      assert(await call(second, 'spegeln_test_storage_write', 'number', 'e2e-second.json', 'två') === 1, 'second tab: in-memory write failed');
      assert(await call(second, 'spegeln_test_storage_remove', 'number', 'e2e-first.json') === 1, 'second tab: in-memory remove failed');
      await second.waitForTimeout(500);
      let keys = await idbKeys(first);
      assert(!keys.includes('/spegeln/e2e-second.json'), `the second tab's write reached IndexedDB: ${keys}`);
      assert(keys.includes('/spegeln/e2e-first.json'), `the second tab deleted the first tab's document: ${keys}`);

      // The first tab saves more, then closes: the second reloads and sees it all.
      assert(await call(first, 'spegeln_test_storage_write', 'number', 'e2e-first-2.json', 'tre') === 1, 'first tab: write failed');
      await flushed(first);
      const reloaded = second.waitForEvent('load', { timeout: 15000 });
      await first.close();
      await reloaded;
      await storageReady(second);
      assert(await second.locator('#other-tab').isHidden(), 'after taking over the message is still shown');
      assert(await second.evaluate(() => !Module.spegelnReadOnly), 'after taking over the tab is still read-only');
      assert(await call(second, 'spegeln_test_storage_read', 'string', 'e2e-first-2.json') === 'tre', 'the taken-over tab does not see the first tab\'s last save');
      assert(await call(second, 'spegeln_test_storage_read', 'string', 'e2e-second.json') === '', 'a write from the read-only time came back');
      assert(await call(second, 'spegeln_test_storage_write', 'number', 'e2e-second.json', 'fyra') === 1, 'write after taking over failed');
      await flushed(second);
      keys = await idbKeys(second);
      assert(keys.includes('/spegeln/e2e-second.json') && keys.includes('/spegeln/e2e-first.json'), `after taking over IndexedDB holds ${keys}`);
    } finally {
      await context.close();
    }
  },

  'a failed save to IndexedDB shows a banner and the next change tries again': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await page.waitForFunction(() => Module.ccall('spegeln_test_storage_ready', 'number', [], []) === 1);
      const write = (name) => page.evaluate((n) => Module.ccall('spegeln_test_storage_write', 'number', ['string', 'string'], [n, 'x']), name);
      assert(await page.locator('#save-warning').isHidden(), 'the banner is shown before anything failed');
      // IndexedDB refuses the next flush (like a full quota or private mode).
      await page.evaluate(() => {
        const real = FS.syncfs;
        window.spegelnRealSyncfs = real;
        FS.syncfs = (populate, cb) => (populate ? real(populate, cb) : setTimeout(() => cb(new Error('QuotaExceededError')), 0));
      });
      await write('e2e-quota.json');
      await page.waitForSelector('#save-warning', { state: 'visible', timeout: 5000 });
      const banner = page.locator('#save-warning');
      assert(/kunde inte spara – exportera bedömningen som fil nu/.test(await banner.innerText()), `the banner says "${await banner.innerText()}"`);
      assert(await banner.getAttribute('aria-live') === 'assertive', 'the banner is not announced');
      await screenshot(page, 'save-warning');
      await page.waitForFunction(() => !Module.spegelnSync.busy, null, { timeout: 5000 });
      // Storage works again: the next write flushes and the banner goes away.
      await page.evaluate(() => { FS.syncfs = window.spegelnRealSyncfs; });
      await write('e2e-quota-2.json');
      await page.waitForSelector('#save-warning', { state: 'hidden', timeout: 5000 });
      assert(!(await page.evaluate(() => Module.spegelnSync.failed)), 'the flush still counts as failed');
    });
  },

  'a file dropped on the canvas reaches the app (and a broken one is reported by name)': async ({ browser, baseUrl, screenshot }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await page.waitForFunction(() => Module.ccall('spegeln_test_storage_ready', 'number', [], []) === 1);
      await settle(page);
      const before = JSON.stringify(await state(page));
      await afterInput(page, () => page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['{ inte json'], 'trasig-bedömning.json', { type: 'application/json' }));
        const c = document.getElementById('canvas');
        c.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        c.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }));
      const after = JSON.stringify(await state(page));
      assert(after !== before && after.includes('trasig-bedömning.json'), `the app did not report the dropped file: ${after.slice(0, 300)}`);
      await screenshot(page, 'dropped');
    });
  },

  'an idle page draws no frames, and only a few for a blinking caret': async ({ browser, baseUrl }) => {
    await withApp(browser, baseUrl, {}, async ({ page }) => {
      await settle(page);
      const before = await frameCount(page);
      await page.waitForTimeout(2000);
      const after = await frameCount(page);
      assert(after === before, `${after - before} frames drawn during 2 s without input`);
      // With a text field active the caret blinks: ~5 redraws a second, not 60.
      await showOverlay(page);
      await clickWidget(page, 'text', overlay);
      const typing0 = await frameCount(page);
      await page.waitForTimeout(2000);
      const typing = (await frameCount(page)) - typing0;
      assert(typing >= 6 && typing <= 16, `${typing} frames in 2 s with a blinking caret (expected about 10)`);
    });
  },
};
