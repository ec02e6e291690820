import * as lib from './lib.mjs';
const server = await lib.startServer();
const browser = await lib.launchBrowser();
const { page, errors } = await lib.openApp(browser, server.url);
await lib.waitStorage(page);
const focusedKey = () => page.evaluate(() => { const t = spegelnA11y.tree(); const f = (ns) => { for (const n of ns) { if (n.item === t.focused) return (n.key||n.name) + ' vis=' + t.focusVisible; if (n.children) { const r = f(n.children); if (r) return r; } } return null; }; return f(t.nodes) + ' active=' + (document.activeElement.dataset.key || document.activeElement.id); });
console.log('initial', await focusedKey());
for (let i = 0; i < 8; i++) { await lib.pressKey(page, 'Tab'); await lib.settle(page); console.log('Tab', i, await focusedKey()); }
for (let i = 0; i < 3; i++) { await lib.pressKey(page, 'Shift+Tab'); await lib.settle(page); console.log('S-Tab', i, await focusedKey()); }
await page.screenshot({ path: '/tmp/a11y/start.png' });
console.log('errors', errors);
await browser.close(); process.exit(0);
