// Drives Debian's headless Chromium (playwright-core, no bundled browser) for BrowserAuthTests.
// Usage: node origin_check.js ALLOWED_PAGE_URL OTHER_PAGE_URL WS_BASE TOKEN
// Prints one JSON line: { cookie, query, crossOrigin, crossOpen } where each is { opened, message, errorFired, closeFired, closeCode }.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

async function attempt(page, url) {
  return page.evaluate((target) => new Promise((resolve) => {
    const result = { opened: false, message: null, errorFired: false, closeFired: false, closeCode: null };
    const ws = new WebSocket(target);
    const timer = setTimeout(() => resolve(result), 10000);
    ws.onopen = () => { result.opened = true; };
    ws.onmessage = (event) => { result.message = event.data; ws.close(1000); };
    ws.onerror = () => { result.errorFired = true; };
    ws.onclose = (event) => { result.closeFired = true; result.closeCode = event.code; clearTimeout(timer); resolve(result); };
  }), url);
}

async function main() {
  const [allowedPage, otherPage, wsBase, token] = process.argv.slice(2);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attrws-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    await page.goto(allowedPage); // its response sets the session cookie
    const cookie = await attempt(page, wsBase + '/cookie');
    const query = await attempt(page, wsBase + '/any?access_token=' + encodeURIComponent(token));
    await page.goto(otherPage); // another origin; the browser still holds (and sends) the cookie
    const crossOrigin = await attempt(page, wsBase + '/cookie');
    const crossOpen = await attempt(page, wsBase + '/open'); // anonymous endpoint: opens, but the cookie must not identify
    console.log(JSON.stringify({ cookie, query, crossOrigin, crossOpen }));
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
