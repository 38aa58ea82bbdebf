// Shared by the chat browser scripts: Debian's headless Chromium through playwright-core, and page helpers.
'use strict';
const { chromium } = require('playwright-core');
const WebSocket = require('ws');

const TIMEOUT = 15000;

async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

// A page in its own browser context (its own cookie jar), signed in through the page's login form, in `room`.
async function signInAndJoin(browser, base, user, room) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(base);
  await page.fill('#login-user', user);
  await page.fill('#login-password', user);
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('#pick:not([hidden])');
  await page.fill('#room', room);
  await page.click('#join-form button[type=submit]');
  await waitForText(page, '#members', user + ' (you)');
  page.jsErrors = errors;
  return page;
}

async function waitForText(page, selector, text) {
  try {
    await page.waitForFunction(
      ([s, t]) => { const e = document.querySelector(s); return e !== null && e.textContent.includes(t); },
      [selector, text],
      { timeout: TIMEOUT });
  } catch (error) {
    const actual = await page.evaluate((s) => document.querySelector(s)?.textContent, selector);
    throw new Error(`${selector} never contained '${text}'; it has '${actual}'`);
  }
}

async function say(page, text) {
  await page.fill('#text', text);
  await page.click('#send-form button[type=submit]');
}

async function login(base, user) {
  const response = await fetch(new URL('/login', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user, password: user }),
  });
  if (!response.ok) throw new Error('login ' + user + ': ' + response.status);
  return (await response.json()).access_token;
}

// Opens a WebSocket with Node's ws; resolves { socket, messages } when open, or { status } when the handshake is refused.
// The inbox is attached before the handshake: ws emits a message sent with the 101 in the same tick as 'open'.
function open(url, protocols) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols);
    const messages = inbox(socket);
    const timer = setTimeout(() => reject(new Error('no answer from ' + url)), TIMEOUT);
    socket.on('open', () => { clearTimeout(timer); resolve({ socket, messages }); });
    socket.on('unexpected-response', (request, response) => { clearTimeout(timer); resolve({ status: response.statusCode }); socket.terminate(); });
    socket.on('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

// Collects a ws client's text messages; next(predicate) waits (bounded) for the first one that matches.
function inbox(socket) {
  const received = [];
  const waiters = [];
  socket.on('message', (data) => {
    const text = data.toString();
    received.push(text);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(text)) { waiters.splice(waiters.indexOf(waiter), 1); clearTimeout(waiter.timer); waiter.resolve(text); }
    }
  });
  return {
    received,
    next(predicate, what) {
      const found = received.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiter.timer = setTimeout(() => reject(new Error('never received ' + what + '; got ' + JSON.stringify(received))), TIMEOUT);
        waiters.push(waiter);
      });
    },
  };
}

module.exports = { launch, signInAndJoin, waitForText, say, login, open, inbox };
