// Real-client scenarios with Node's ws (Debian node-ws, /usr/share/nodejs/ws).
// Usage: node node_client.js SCENARIO PORT -> prints one JSON object with what the client saw.
'use strict';
const WebSocket = require('/usr/share/nodejs/ws');
const crypto = require('crypto');

const [scenario, port] = process.argv.slice(2);
const base = `ws://127.0.0.1:${port}`;

function open(path, protocols, options) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(base + path, protocols, options);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (req, res) => reject({ status: res.statusCode }));
    ws.once('error', reject);
  });
}

const next = (ws) => new Promise((resolve) => ws.once('message', (data, isBinary) => resolve({ data, isBinary })));
const closed = (ws) => new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));

async function run() {
  switch (scenario) {
    case 'echo': {
      const ws = await open('/echo', undefined, { perMessageDeflate: false });
      ws.send('hello from node');
      const text = await next(ws);
      ws.send(Buffer.from([0, 1, 0xfe, 0xff]));
      const binary = await next(ws);
      ws.close();
      return { text: text.data.toString(), textIsBinary: text.isBinary, binary: binary.data.toString('hex'), binaryIsBinary: binary.isBinary };
    }
    case 'subprotocol': {
      const ws = await open('/chat', ['v1.chat', 'v2.chat']);
      ws.close();
      return { subprotocol: ws.protocol };
    }
    case 'deflate': {
      const ws = await open('/deflate', undefined, { perMessageDeflate: true });
      const payload = 'compress me '.repeat(10000);
      ws.send(payload);
      const echoed = await next(ws);
      ws.close();
      return { extensions: ws.extensions, intact: echoed.data.toString() === payload };
    }
    case 'large': {
      const ws = await open('/echo', undefined, { perMessageDeflate: false, maxPayload: 2 * 1024 * 1024 });
      const payload = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < payload.length; i++) payload[i] = (i * 7 + 3) % 256;
      ws.send(payload);
      const echoed = await next(ws);
      ws.close();
      const hash = (b) => crypto.createHash('sha256').update(b).digest('hex');
      return { length: echoed.data.length, sha256_equal: hash(echoed.data) === hash(payload) };
    }
    case 'client-close': {
      const ws = await open('/echo');
      const done = closed(ws);
      ws.close(4000, 'bye from node');
      return await done;
    }
    case 'server-close': {
      const ws = await open('/close');
      const done = closed(ws);
      ws.send('one');
      const echoed = await next(ws);
      const result = await done;
      return { echo: echoed.data.toString(), ...result };
    }
    default:
      if (scenario.startsWith('reject:')) {
        try {
          const ws = await open(scenario.slice('reject:'.length));
          ws.close();
          return { status: 101 };
        } catch (error) {
          return { status: error.status ?? String(error) };
        }
      }
      throw new Error('unknown scenario ' + scenario);
  }
}

const timer = setTimeout(() => { console.log(JSON.stringify({ error: 'timeout' })); process.exit(1); }, 20000);
run().then((result) => { clearTimeout(timer); console.log(JSON.stringify(result)); process.exit(0); },
  (error) => { clearTimeout(timer); console.log(JSON.stringify({ error: String(error && error.message || error) })); process.exit(1); });
