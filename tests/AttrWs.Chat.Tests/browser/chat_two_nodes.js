// The two-node browser test (run by ChatTwoNodeTests): alice's page on node A, bob's on node B, one room, over Redis.
// Usage: node chat_two_nodes.js BASE_URL_A BASE_URL_B SCREENSHOT_DIR. Prints one JSON line; exit code 0 when all was seen.
'use strict';
const path = require('path');
const { launch, signInAndJoin, waitForText, say } = require('./chat_common');

async function main() {
  const [baseA, baseB, shots] = process.argv.slice(2);
  const room = 'two-nodes';
  const seen = {};
  const browser = await launch();
  try {
    const alice = await signInAndJoin(browser, baseA, 'alice', room);
    const bob = await signInAndJoin(browser, baseB, 'bob', room);
    seen.aliceNode = await alice.textContent('#whoami');
    seen.bobNode = await bob.textContent('#whoami');
    // Presence crosses the nodes: alice (node A) hears that bob joined on node B.
    await waitForText(alice, '#members', 'bob');
    await waitForText(alice, '#count', '2 online');
    await bob.type('#text', 'typ', { delay: 50 });
    await waitForText(alice, '#typing', 'bob is typing');
    await bob.fill('#text', '');
    await say(alice, 'Hello from node A');
    await waitForText(bob, '#messages', 'Hello from node A');
    await say(bob, 'Hello back from node B');
    await waitForText(alice, '#messages', 'Hello back from node B');
    seen.exchanged = true;
    await alice.screenshot({ path: path.join(shots, 'chat-node-a.png') });
    await bob.screenshot({ path: path.join(shots, 'chat-node-b.png') });
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify(seen));
}

main().catch((error) => { console.error(error.stack || String(error)); process.exit(1); });
