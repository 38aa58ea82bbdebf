// Real-client scenarios in headless Chromium (the system /usr/bin/chromium) through playwright-core.
// Usage: node browser_client.js SCENARIO PORT -> prints one JSON object with what the page saw.
// playwright-core is installed next to this project's package.json (Clients/browser, `npm ci`).
'use strict';
const path = require('path');
const { chromium } = require(process.env.ATTRWS_PLAYWRIGHT_CORE || path.join(__dirname, '..', 'browser', 'node_modules', 'playwright-core'));

const [scenario, port] = process.argv.slice(2);

// Runs inside the page: plain browser WebSocket API only.
async function inPage({ scenario, base }) {
  const open = (path, protocols) => new Promise((resolve, reject) => {
    const ws = new WebSocket(base + path, protocols);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error('error event'));
  });
  const next = (ws) => new Promise((resolve) => { ws.onmessage = (e) => resolve(e.data); });
  const closed = (ws) => new Promise((resolve) => { ws.onclose = (e) => resolve({ code: e.code, reason: e.reason, wasClean: e.wasClean }); });
  // about:blank is not a secure context (no crypto.subtle): compare byte by byte.
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  switch (scenario) {
    case 'echo': {
      const ws = await open('/echo');
      ws.send('hello from chromium');
      const text = await next(ws);
      ws.send(new Uint8Array([0, 1, 0xfe, 0xff]));
      const binary = new Uint8Array(await next(ws));
      ws.close();
      return { text, binary: Array.from(binary, (b) => b.toString(16).padStart(2, '0')).join('') };
    }
    case 'subprotocol': {
      const ws = await open('/chat', ['v1.chat', 'v2.chat']);
      ws.close();
      return { subprotocol: ws.protocol };
    }
    case 'deflate': {
      const ws = await open('/deflate');
      const payload = 'compress me '.repeat(10000);
      ws.send(payload);
      const echoed = await next(ws);
      ws.close();
      return { extensions: ws.extensions, intact: echoed === payload };
    }
    case 'large': {
      const ws = await open('/echo');
      const payload = new Uint8Array(1024 * 1024);
      for (let i = 0; i < payload.length; i++) payload[i] = (i * 7 + 3) % 256;
      ws.send(payload);
      const echoed = await next(ws);
      ws.close();
      return { length: echoed.byteLength, sha256_equal: same(new Uint8Array(echoed), payload) };
    }
    case 'client-close': {
      const ws = await open('/echo');
      const done = closed(ws);
      ws.close(4000, 'bye from chromium');
      return await done;
    }
    case 'server-close': {
      const ws = await open('/close');
      const done = closed(ws);
      ws.send('one');
      const echo = await next(ws);
      return { echo, ...(await done) };
    }
    default: {
      // Rejections: the page only sees an error and close 1006; the status is in Chromium's console message.
      const ws = new WebSocket(base + scenario.slice('reject:'.length));
      return await new Promise((resolve) => { ws.onclose = (e) => resolve({ code: e.code }); });
    }
  }
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.ATTRWS_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const console = [];
    page.on('console', (message) => console.push(message.text()));
    const result = await page.evaluate(inPage, { scenario, base: `ws://127.0.0.1:${port}` });
    if (scenario.startsWith('reject:')) {
      await page.waitForTimeout(200);
      const text = console.join('\n');
      const match = /Unexpected response code: (\d{3})/.exec(text);
      result.status = match ? Number(match[1]) : null;
      result.console = text;
    }
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await browser.close();
  }
})().catch((error) => {
  process.stdout.write(JSON.stringify({ error: String(error && error.message || error) }) + '\n');
  process.exit(1);
});
