#!/usr/bin/env python3
"""Real-client scenarios with python-websockets (Debian python3-websockets 10.x).

Usage: python_client.py SCENARIO PORT -> prints one JSON object with what the client saw.
"""
import asyncio
import hashlib
import json
import sys

import websockets


async def scenario(name, port):
    base = f"ws://127.0.0.1:{port}"
    if name == "echo":
        async with websockets.connect(base + "/echo", compression=None) as ws:
            await ws.send("hello from python")
            text = await ws.recv()
            await ws.send(b"\x00\x01\xfe\xff")
            binary = await ws.recv()
            return {"text": text, "binary": binary.hex()}
    if name == "subprotocol":
        async with websockets.connect(base + "/chat", subprotocols=["v1.chat", "v2.chat"]) as ws:
            return {"subprotocol": ws.subprotocol}
    if name == "deflate":
        async with websockets.connect(base + "/deflate", compression="deflate") as ws:
            payload = "compress me " * 10000
            await ws.send(payload)
            echoed = await ws.recv()
            header = ws.response_headers.get("Sec-WebSocket-Extensions", "")
            return {"extensions": header, "intact": echoed == payload}
    if name == "large":
        async with websockets.connect(base + "/echo", max_size=2 ** 21, compression=None) as ws:
            payload = bytes((i * 7 + 3) % 256 for i in range(1024 * 1024))
            await ws.send(payload)
            echoed = await ws.recv()
            return {"length": len(echoed), "sha256_equal": hashlib.sha256(echoed).digest() == hashlib.sha256(payload).digest()}
    if name == "client-close":
        ws = await websockets.connect(base + "/echo")
        await ws.close(code=4000, reason="bye from python")
        return {"code": ws.close_code, "reason": ws.close_reason}
    if name == "server-close":
        async with websockets.connect(base + "/close") as ws:
            await ws.send("one")
            echoed = await ws.recv()
            try:
                await ws.recv()
                return {"error": "no close"}
            except websockets.exceptions.ConnectionClosed as closed:
                return {"echo": echoed, "code": closed.rcvd.code if closed.rcvd else None, "reason": closed.rcvd.reason if closed.rcvd else None}
    if name.startswith("reject:"):
        try:
            async with websockets.connect(base + name[len("reject:"):]):
                return {"status": 101}
        except websockets.exceptions.InvalidStatusCode as error:
            return {"status": error.status_code}
    raise SystemExit("unknown scenario " + name)


result = asyncio.run(asyncio.wait_for(scenario(sys.argv[1], int(sys.argv[2])), timeout=20))
print(json.dumps(result))
