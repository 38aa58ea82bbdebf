"""The origin rule per credential kind over real sockets with Debian's python3-websockets (an independent client).

Usage: origin_client.py BASE_URL USER PASSWORD COOKIE
  1. BASE_URL/basic with valid Basic credentials from Origin https://evil.example: expects 403
  2. the same from the server's own origin: connects, prints the user the server saw
  3. BASE_URL/open (anonymous) with the session cookie from Origin https://evil.example: connects as "anonymous"
  4. the same from the server's own origin: connects, prints the cookie's user
Each step prints one "key: value" line; exit code 0 when every step behaved as expected.
"""
import asyncio
import base64
import sys
from urllib.parse import urlparse

import websockets
from websockets.exceptions import InvalidStatusCode

EVIL = "https://evil.example"


async def main(base: str, user: str, password: str, cookie: str) -> int:
    own = "http://" + urlparse(base).netloc
    basic = {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}
    try:
        async with websockets.connect(base + "/basic", compression=None, origin=EVIL, extra_headers=basic):
            print("FAIL: cross-site page opened /basic with cached Basic credentials")
            return 1
    except InvalidStatusCode as error:
        print(f"cross-site basic status: {error.status_code}")

    async with websockets.connect(base + "/basic", compression=None, origin=own, extra_headers=basic) as ws:
        print(f"same-origin basic user: {await ws.recv()}")

    session = {"Cookie": "sid=" + cookie}
    async with websockets.connect(base + "/open", compression=None, origin=EVIL, extra_headers=session) as ws:
        print(f"cross-site open user: {await ws.recv()}")

    async with websockets.connect(base + "/open", compression=None, origin=own, extra_headers=session) as ws:
        print(f"same-origin open user: {await ws.recv()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    sys.exit(asyncio.run(asyncio.wait_for(main(*sys.argv[1:]), 30)))
