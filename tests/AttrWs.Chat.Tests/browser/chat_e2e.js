// The flagship's browser test (run by ChatBrowserTests): alice and bob in headless Chromium, carol as a chat.v1 client
// (Node's ws), admin in a third page. Usage: node chat_e2e.js BASE_URL SCREENSHOT_DIR
// Prints one JSON line of what was seen; exit code 0 only when every step was seen.
'use strict';
const path = require('path');
const { launch, signInAndJoin, waitForText, say, login, open } = require('./chat_common');

async function main() {
  const [base, shots] = process.argv.slice(2);
  const room = 'lobby';
  const seen = {};
  const browser = await launch();
  try {
    const alice = await signInAndJoin(browser, base, 'alice', room);
    const bob = await signInAndJoin(browser, base, 'bob', room);

    // Presence: alice learns of bob's arrival; bob's list starts with alice.
    await waitForText(alice, '#members', 'bob');
    await waitForText(bob, '#members', 'alice');
    seen.aliceMembers = await alice.textContent('#members');

    // Typing indicator, then messages both ways.
    await bob.type('#text', 'hel', { delay: 50 });
    await waitForText(alice, '#typing', 'bob is typing');
    seen.aliceTyping = await alice.textContent('#typing');
    await bob.fill('#text', '');
    await say(alice, 'Hi bob, welcome to the lobby!');
    await waitForText(bob, '#messages', 'Hi bob, welcome to the lobby!');
    await say(bob, 'Thanks alice, the compiler checked my route.');
    await waitForText(alice, '#messages', 'Thanks alice, the compiler checked my route.');

    // A chat.v1 client (plain text lines) in the same room.
    const carolToken = await login(base, 'carol');
    const wsBase = base.replace(/^http/, 'ws');
    const carol = await open(`${wsBase}chat/${room}?access_token=${encodeURIComponent(carolToken)}`, ['chat.v1']);
    if (!carol.socket) throw new Error('chat.v1 refused: ' + carol.status);
    seen.v1Protocol = carol.socket.protocol;
    const carolInbox = carol.messages;
    seen.v1Welcome = await carolInbox.next((t) => t.startsWith('* welcome'), 'the welcome line');
    await waitForText(alice, '#members', 'carol');
    await say(alice, 'Hello carol on chat.v1');
    seen.v1Line = await carolInbox.next((t) => t === 'alice: Hello carol on chat.v1', "alice's line");
    carol.socket.send('hello from a text client');
    await waitForText(alice, '#messages', 'hello from a text client');
    await waitForText(bob, '#messages', 'hello from a text client');
    seen.pagesSawV1 = true;
    await alice.screenshot({ path: path.join(shots, 'chat-alice.png') });
    await bob.screenshot({ path: path.join(shots, 'chat-bob.png') });

    // A member is refused on /admin/{room}: 403 for bob's token, and bob's page cannot open it either.
    const bobToken = await login(base, 'bob');
    seen.adminStatusForBob = (await open(`${wsBase}admin/${room}?access_token=${encodeURIComponent(bobToken)}`)).status;
    seen.adminFromBobsPage = await bob.evaluate((target) => new Promise((resolve) => {
      const ws = new WebSocket(target);
      ws.onopen = () => resolve('opened');
      ws.onclose = (event) => resolve('closed ' + event.code);
    }), `${wsBase}admin/${room}`);

    // The admin kicks bob from the member list; bob's page shows the reason.
    const admin = await signInAndJoin(browser, base, 'admin', room);
    await admin.waitForSelector('#members button[data-user=bob]');
    await admin.fill('#kick-reason', 'spamming the lobby');
    await admin.click('#members button[data-user=bob]');
    await waitForText(bob, '#notice', 'spamming the lobby');
    await waitForText(bob, '#notice', '(close 4000)');
    seen.bobNotice = await bob.textContent('#notice');
    await waitForText(alice, '#messages', 'bob was kicked by admin: spamming the lobby');
    await waitForText(admin, '#messages', 'Kicked bob (1 connection(s) on this node)');
    await waitForText(alice, '#messages', 'bob left.');
    seen.v1Kick = await carolInbox.next((t) => t.startsWith('* bob was kicked'), 'the kick notice');
    await bob.screenshot({ path: path.join(shots, 'chat-bob-kicked.png') });
    await admin.screenshot({ path: path.join(shots, 'chat-admin.png') });
    carol.socket.close(1000);
    seen.jsErrors = [...alice.jsErrors, ...bob.jsErrors, ...admin.jsErrors];
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify(seen));
}

main().catch((error) => { console.error(error.stack || String(error)); process.exit(1); });
