// Node `ws` echo server, the peer most users would pick outside .NET: every message comes back as it arrived.
// Prints "LISTENING <port>" once bound (127.0.0.1, port 0); exits when stdin closes (the load client holds it).
'use strict';
const { WebSocketServer } = require('ws');

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/echo' });
server.on('listening', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
server.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('error', () => {});
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
