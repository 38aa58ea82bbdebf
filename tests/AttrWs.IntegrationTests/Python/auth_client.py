"""[Authorize] over real sockets with Debian's python3-websockets (an independent client).

Usage: auth_client.py BASE_URL USER PASSWORD TOKEN
  1. BASE_URL/basic without credentials: expects 401 and prints the WWW-Authenticate header(s)
  2. BASE_URL/basic with Basic credentials: connects, prints the user the server saw
  3. BASE_URL/bearer offering subprotocols ["bearer.TOKEN", "chat.v1"]: connects, prints the negotiated subprotocol
Each step prints one "key: value" line; exit code 0 when every step behaved as expected.
"""
import asyncio
import base64
import sys

import websockets
from websockets.exceptions import InvalidStatusCode


async def main(base: str, user: str, password: str, token: str) -> int:
    try:
        async with websockets.connect(base + "/basic", compression=None):
            print("FAIL: connected without credentials")
            return 1
    except InvalidStatusCode as error:
        print(f"status: {error.status_code}")
        for value in error.headers.get_all("WWW-Authenticate"):
            print(f"www-authenticate: {value}")

    credentials = base64.b64encode(f"{user}:{password}".encode()).decode()
    async with websockets.connect(base + "/basic", compression=None, extra_headers={"Authorization": "Basic " + credentials}) as ws:
        print(f"basic user: {await ws.recv()}")

    async with websockets.connect(base + "/bearer", compression=None, subprotocols=["bearer." + token, "chat.v1"]) as ws:
        print(f"subprotocol: {ws.subprotocol}")
        print(f"response protocol header: {ws.response_headers.get('Sec-WebSocket-Protocol')}")
        print(f"bearer user: {await ws.recv()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    sys.exit(asyncio.run(asyncio.wait_for(main(*sys.argv[1:]), 30)))
