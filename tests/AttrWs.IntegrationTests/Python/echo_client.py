"""Echo check with Debian's python3-websockets (a second, independent client implementation).

Usage: echo_client.py URL (--deflate | --no-deflate)
  --deflate     offer permessage-deflate (the library default) and require the server to accept it
  --no-deflate  offer no extension (compression=None) and require none in the response
Exit code 0 and a final line "OK <n> echoes" when every message came back unchanged.
"""
import asyncio
import os
import sys

import websockets


async def main(url: str, deflate: bool) -> int:
    compression = "deflate" if deflate else None
    async with websockets.connect(url, compression=compression, max_size=2**21) as ws:
        extensions = ws.response_headers.get("Sec-WebSocket-Extensions")
        print(f"extensions: {extensions}")
        if deflate and (extensions is None or "permessage-deflate" not in extensions):
            print("FAIL: permessage-deflate was not negotiated")
            return 1
        if not deflate and extensions is not None:
            print(f"FAIL: unexpected extension {extensions}")
            return 1

        messages = [
            "",
            "hello",
            "héllo wörld ✓",
            "a" * 70000,
            b"",
            bytes(range(256)),
            os.urandom(65536),
            b"z" * 200000,
        ]
        for message in messages:
            await ws.send(message)
            echoed = await ws.recv()
            if type(echoed) is not type(message) or echoed != message:
                print(f"FAIL: echo mismatch for a {type(message).__name__} of length {len(message)}")
                return 1
        await ws.close()
        print(f"close code: {ws.close_code}")
        print(f"OK {len(messages)} echoes")
        return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in ("--deflate", "--no-deflate"):
        print(__doc__)
        sys.exit(2)
    sys.exit(asyncio.run(asyncio.wait_for(main(sys.argv[1], sys.argv[2] == "--deflate"), 30)))
