// Headless Chromium (playwright-core, Debian's /usr/bin/chromium) and Node's ws against an /echo endpoint.
// Usage: node echo_check.js WS_URL
// Prints one JSON line: { browser: { opened, text, binary, closeCode }, node: { text, binary, closeCode } }.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const WebSocket = require('ws');
const { chromium } = require('playwright-core');

function nodeEcho(url) {
  return new Promise((resolve, reject) => {
    const result = { text: null, binary: null, closeCode: null };
    const ws = new WebSocket(url);
    const timer = setTimeout(() => reject(new Error('node ws timed out')), 15000);
    ws.on('open', () => ws.send('hello from node'));
    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        result.text = data.toString('utf8');
        ws.send(Buffer.from([0, 1, 2, 254, 255]));
      } else {
        result.binary = Array.from(data);
        ws.close(1000);
      }
    });
    ws.on('close', (code) => { result.closeCode = code; clearTimeout(timer); resolve(result); });
    ws.on('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

async function browserEcho(url) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attrws-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    return await page.evaluate((target) => new Promise((resolve) => {
      const result = { opened: false, text: null, binary: null, closeCode: null };
      const ws = new WebSocket(target);
      ws.binaryType = 'arraybuffer';
      const timer = setTimeout(() => resolve(result), 15000);
      ws.onopen = () => { result.opened = true; ws.send('hello from chromium'); };
      ws.onmessage = (event) => {
        if (typeof event.data === 'string') {
          result.text = event.data;
          ws.send(new Uint8Array([9, 8, 7, 0, 255]));
        } else {
          result.binary = Array.from(new Uint8Array(event.data));
          ws.close(1000);
        }
      };
      ws.onclose = (event) => { result.closeCode = event.code; clearTimeout(timer); resolve(result); };
    }), url);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function main() {
  const [url] = process.argv.slice(2);
  const node = await nodeEcho(url);
  const browser = await browserEcho(url);
  console.log(JSON.stringify({ node, browser }));
}

main().catch((error) => { console.error(error); process.exit(1); });
