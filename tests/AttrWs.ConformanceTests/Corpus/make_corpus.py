#!/usr/bin/env python3
"""Writes the handshake corpus: corpus/NNN-name.http (raw request bytes, CRLF as sent) and expectations.txt.

The .http files are the source of truth and are committed; this script documents how each was made and regenerates
them (python3 make_corpus.py). expectations.txt columns (tab-separated):
  file  mode  status  checks
mode: whole (one write), bytes (one byte per write), eof (one write, then half-close; the server must close without a
response). status: the expected status code, or - for no response. checks (;-separated): Name=value (header present
with that value, case-insensitive), Name (present), !Name (absent), @close=CODE (after the 101, the server's next frame
is a close frame with CODE).
"""
import os

KEY = "dGhlIHNhbXBsZSBub25jZQ=="
cases = []


def req(path="/echo", method="GET", version="HTTP/1.1", headers=None, extra=(), drop=(), line=None):
    hs = headers if headers is not None else [
        ("Host", "localhost"), ("Upgrade", "websocket"), ("Connection", "Upgrade"),
        ("Sec-WebSocket-Key", KEY), ("Sec-WebSocket-Version", "13")]
    hs = [h for h in hs if h[0] not in drop] + list(extra)
    first = line if line is not None else f"{method} {path} {version}"
    text = first + "\r\n" + "".join(f"{n}: {v}\r\n" for n, v in hs) + "\r\n"
    return text.encode("latin-1")


def case(name, data, status, checks="", mode="whole"):
    cases.append((name, data if isinstance(data, bytes) else data.encode("latin-1"), mode, status, checks))


OK = "Upgrade=websocket;Connection=Upgrade;Sec-WebSocket-Accept"
# --- accepted requests -------------------------------------------------------------------------------------------
case("valid-minimal", req(), "101", OK + ";!Sec-WebSocket-Protocol;!Sec-WebSocket-Extensions")
case("header-names-lowercase", req(headers=[("host", "localhost"), ("upgrade", "websocket"), ("connection", "upgrade"), ("sec-websocket-key", KEY), ("sec-websocket-version", "13")]), "101", OK)
case("header-names-uppercase", req(headers=[("HOST", "localhost"), ("UPGRADE", "WEBSOCKET"), ("CONNECTION", "UPGRADE"), ("SEC-WEBSOCKET-KEY", KEY), ("SEC-WEBSOCKET-VERSION", "13")]), "101", OK)
case("upgrade-value-mixed-case", req(drop=("Upgrade",), extra=[("Upgrade", "WebSocket")]), "101", OK)
case("connection-list-keep-alive-upgrade", req(drop=("Connection",), extra=[("Connection", "keep-alive, Upgrade")]), "101", OK)
case("upgrade-list-h2c-websocket", req(drop=("Upgrade",), extra=[("Upgrade", "h2c, websocket")]), "101", OK)
case("unknown-extra-headers", req(extra=[("X-Trace", "abc"), ("User-Agent", "corpus/1.0"), ("Accept", "*/*")]), "101", OK)
case("ows-around-values", b"GET /echo HTTP/1.1\r\nHost:localhost\r\nUpgrade: \t websocket \t\r\nConnection:Upgrade   \r\nSec-WebSocket-Key:  " + KEY.encode() + b"\t\r\nSec-WebSocket-Version:13\r\n\r\n", "101", OK)
case("query-string", req(path="/echo?room=1&x=%20y"), "101", OK)
case("trailing-slash", req(path="/echo/"), "101", OK)
case("route-parameter", req(path="/rooms/lobby"), "101", OK)
case("route-parameter-percent-encoded", req(path="/rooms/a%20b"), "101", OK)
case("path-literal-case-insensitive", req(path="/ECHO"), "101", OK)
case("host-with-port", req(drop=("Host",), extra=[("Host", "localhost:8080")]), "101", OK)
case("origin-present-no-policy", req(extra=[("Origin", "https://example.com")]), "101", OK)
case("obs-text-in-unknown-header", req(extra=[("X-Name", "caf\u00e9")]), "101", OK)
case("empty-unknown-header-value", req(extra=[("X-Empty", "")]), "101", OK)
case("valid-one-byte-writes", req(), "101", OK, mode="bytes")
case("utf8-bytes-in-header-value", req(extra=[("X-Name", "caf\u00c3\u00a9 \u00e2\u0082\u00ac")]), "101", OK)
case("version-with-ows", req(drop=("Sec-WebSocket-Version",), extra=[("Sec-WebSocket-Version", "  13  ")]), "101", OK)
case("key-with-trailing-ows", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", KEY + "   ")]), "101", OK)
case("upgrade-header-repeated", req(drop=("Upgrade",), extra=[("Upgrade", "h2c"), ("Upgrade", "websocket")]), "101", OK)
case("connection-header-repeated", req(drop=("Connection",), extra=[("Connection", "keep-alive"), ("Connection", "Upgrade")]), "101", OK)
case("head-just-under-16k", req(extra=[("X-Pad", "a" * (16384 - 200))]), "101", OK)
case("exactly-100-headers", req(extra=[(f"X-H{i}", "v") for i in range(95)]), "101", OK)
# --- pipelined bytes after the head ------------------------------------------------------------------------------
case("pipelined-garbage-after-valid-head", req() + b"XYZ garbage that is not a frame\r\n", "101", OK + ";@close=1002")
case("pipelined-second-request-after-valid-head", req() + req(), "101", OK + ";@close=1002")
case("pipelined-unmasked-frame-after-valid-head", req() + b"\x81\x02hi", "101", OK + ";@close=1002")
case("pipelined-garbage-after-404-head", req(path="/nowhere") + b"\x00\xff garbage \r\n\r\n", "404", "Connection=close")
case("pipelined-garbage-after-405-head", req(method="POST") + b"POST / HTTP/1.1\r\n\r\n", "405", "Allow=GET")
# --- subprotocols --------------------------------------------------------------------------------------------------
case("subprotocol-single-offer", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "v1.chat")]), "101", OK + ";Sec-WebSocket-Protocol=v1.chat")
case("subprotocol-server-preference", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "v1.chat, v2.chat")]), "101", OK + ";Sec-WebSocket-Protocol=v2.chat")
case("subprotocol-offers-in-two-headers", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "v1.chat"), ("Sec-WebSocket-Protocol", "v2.chat")]), "101", OK + ";Sec-WebSocket-Protocol=v2.chat")
case("subprotocol-required-none-offered", req(path="/chat"), "400", "Connection=close")
case("subprotocol-required-unknown-offered", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "v3.chat, mqtt")]), "400", "")
case("subprotocol-list-with-empty-elements", req(path="/chat", extra=[("Sec-WebSocket-Protocol", ",, v1.chat ,,")]), "101", OK + ";Sec-WebSocket-Protocol=v1.chat")
case("subprotocol-case-differs", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "V1.CHAT")]), "400", "")
case("subprotocol-offered-to-endpoint-without-any", req(extra=[("Sec-WebSocket-Protocol", "v1.chat")]), "101", OK + ";!Sec-WebSocket-Protocol")
case("subprotocol-optional-none-offered", req(path="/opt"), "101", OK + ";!Sec-WebSocket-Protocol")
case("subprotocol-optional-offered", req(path="/opt", extra=[("Sec-WebSocket-Protocol", "mqtt")]), "101", OK + ";Sec-WebSocket-Protocol=mqtt")
case("subprotocol-empty-header", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "")]), "400", "")
case("subprotocol-not-a-token-list", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "v1 chat")]), "400", "")
case("subprotocol-quoted-value", req(path="/chat", extra=[("Sec-WebSocket-Protocol", "\"v1.chat\"")]), "400", "")
# --- extensions ----------------------------------------------------------------------------------------------------
case("deflate-offered", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate")]), "101", OK + ";Sec-WebSocket-Extensions")
case("deflate-with-client-max-window-bits", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")]), "101", OK + ";Sec-WebSocket-Extensions")
case("extension-unknown-only", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "x-webkit-deflate-frame")]), "101", OK + ";!Sec-WebSocket-Extensions")
case("deflate-invalid-window-bits-declined", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits=7")]), "101", OK + ";!Sec-WebSocket-Extensions")
case("deflate-unknown-parameter-declined", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate; foo=bar")]), "101", OK + ";!Sec-WebSocket-Extensions")
case("deflate-offered-where-disabled", req(extra=[("Sec-WebSocket-Extensions", "permessage-deflate")]), "101", OK + ";!Sec-WebSocket-Extensions")
case("deflate-second-offer-acceptable", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits=99, permessage-deflate")]), "101", OK + ";Sec-WebSocket-Extensions")
case("extensions-garbled-list", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", ";;;,,,=;")]), "101", OK + ";!Sec-WebSocket-Extensions")
case("deflate-no-context-takeover-both", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate; server_no_context_takeover; client_no_context_takeover")]), "101", OK + ";Sec-WebSocket-Extensions")
case("deflate-duplicate-parameter-declined", req(path="/deflate", extra=[("Sec-WebSocket-Extensions", "permessage-deflate; server_no_context_takeover; server_no_context_takeover")]), "101", OK + ";!Sec-WebSocket-Extensions")
# --- request line --------------------------------------------------------------------------------------------------
case("method-lowercase-get", req(method="get"), "405", "Allow=GET")
case("method-post", req(method="POST"), "405", "Allow=GET")
case("method-put", req(method="PUT"), "405", "Allow=GET")
case("method-head", req(method="HEAD"), "405", "Allow=GET")
case("method-options-asterisk", req(line="OPTIONS * HTTP/1.1"), "400", "")
case("method-connect-authority-form", req(line="CONNECT localhost:80 HTTP/1.1"), "400", "")
case("target-absolute-form", req(path="http://localhost/echo"), "400", "")
case("version-http-1-0", req(version="HTTP/1.0"), "400", "")
case("version-http-2-0", req(version="HTTP/2.0"), "400", "")
case("version-lowercase", req(version="http/1.1"), "400", "")
case("request-line-missing-version", req(line="GET /echo"), "400", "")
case("request-line-double-space", req(line="GET  /echo HTTP/1.1"), "400", "")
case("request-line-trailing-space", req(line="GET /echo HTTP/1.1 "), "400", "")
case("request-line-tab-separated", req(line="GET\t/echo\tHTTP/1.1"), "400", "")
case("request-line-empty", b"\r\n" + req()[req().index(b"\r\n") + 2:], "400", "")
case("leading-empty-line-before-request", b"\r\n" + req(), "400", "")
case("target-raw-utf8", req(path="/echo/caf\u00c3\u00a9"), "400", "")
case("target-control-character", req(path="/echo\x01"), "400", "")
case("method-with-nul", req(method="G\x00ET"), "400", "")
case("method-non-ascii", req(method="\u00ff\u00feGET"), "400", "")
case("unknown-path", req(path="/nowhere"), "404", "Connection=close")
# --- line endings --------------------------------------------------------------------------------------------------
case("bare-lf-everywhere", req().replace(b"\r\n", b"\n"), "400", "")
case("bare-lf-one-header", req().replace(b"Upgrade: websocket\r\n", b"Upgrade: websocket\n"), "400", "")
case("bare-cr-in-value", req(extra=[("X-Bad", "a\rb")]), "400", "")
case("cr-cr-lf", req().replace(b"Upgrade: websocket\r\n", b"Upgrade: websocket\r\r\n"), "400", "")
case("bare-lf-final-blank-line", req()[:-2] + b"\n", "400", "")
case("bare-lf-one-byte-writes", req().replace(b"\r\n", b"\n"), "400", "", mode="bytes")
# --- header syntax -------------------------------------------------------------------------------------------------
case("obs-fold-space", req().replace(b"Upgrade: websocket\r\n", b"Upgrade:\r\n websocket\r\n"), "400", "")
case("obs-fold-tab", req(extra=[("X-A", "one")]).replace(b"X-A: one\r\n", b"X-A: one\r\n\ttwo\r\n"), "400", "")
case("space-before-colon", req().replace(b"Host: ", b"Host : "), "400", "")
case("tab-before-colon", req().replace(b"Upgrade: ", b"Upgrade\t: "), "400", "")
case("header-without-colon", req(extra=[("X-A", "b")]).replace(b"X-A: b", b"X-A b"), "400", "")
case("header-empty-name", req().replace(b"Host: localhost\r\n", b"Host: localhost\r\n: value\r\n"), "400", "")
case("header-name-not-token", req(extra=[("X(bad)", "1")]), "400", "")
case("header-name-non-ascii", req(extra=[("X-Caf\u00e9", "1")]), "400", "")
case("header-value-nul", req(extra=[("X-A", "a\x00b")]), "400", "")
case("header-value-del", req(extra=[("X-A", "a\x7fb")]), "400", "")
case("duplicate-host", req(extra=[("Host", "localhost")]), "400", "")
case("duplicate-host-different-values", req(extra=[("Host", "evil.example")]), "400", "")
case("missing-host", req(drop=("Host",)), "400", "")
case("host-not-allowed", req(drop=("Host",), extra=[("Host", "evil.example")]), "400", "")
case("host-empty", req(drop=("Host",), extra=[("Host", "")]), "400", "")
case("leading-whitespace-first-header", req().replace(b"HTTP/1.1\r\nHost", b"HTTP/1.1\r\n Host"), "400", "")
# --- limits --------------------------------------------------------------------------------------------------------
case("head-17k-one-header", req(extra=[("X-Pad", "a" * (17 * 1024))]), "431", "Connection=close")
case("head-64k", req(extra=[(f"X-Pad{i}", "b" * 1000) for i in range(64)]), "431", "")
case("header-count-101", req(extra=[(f"X-H{i}", "v") for i in range(96)]), "431", "")
case("header-count-1000", req(extra=[(f"X-H{i}", "v") for i in range(995)]), "431", "")
case("request-line-20k", req(path="/echo?" + "q" * 20000), "431", "")
# --- upgrade headers -----------------------------------------------------------------------------------------------
case("plain-get-to-endpoint", req(headers=[("Host", "localhost")]), "426", "Upgrade=websocket")
case("upgrade-h2c-only", req(drop=("Upgrade",), extra=[("Upgrade", "h2c")]), "400", "")
case("connection-missing", req(drop=("Connection",)), "400", "")
case("connection-keep-alive-only", req(drop=("Connection",), extra=[("Connection", "keep-alive")]), "400", "")
case("upgrade-with-protocol-version", req(drop=("Upgrade",), extra=[("Upgrade", "websocket/13")]), "400", "")
case("upgrade-empty", req(drop=("Upgrade",), extra=[("Upgrade", "")]), "400", "")
case("upgrade-to-unknown-path", req(path="/missing"), "404", "")
case("plain-get-unknown-path", req(path="/missing", headers=[("Host", "localhost")]), "404", "")
case("connection-upgrade-without-upgrade", req(drop=("Upgrade",)), "426", "Upgrade=websocket")
# --- version -------------------------------------------------------------------------------------------------------
case("version-missing", req(drop=("Sec-WebSocket-Version",)), "426", "Sec-WebSocket-Version=13")
case("version-8", req(drop=("Sec-WebSocket-Version",), extra=[("Sec-WebSocket-Version", "8")]), "426", "Sec-WebSocket-Version=13")
case("version-14", req(drop=("Sec-WebSocket-Version",), extra=[("Sec-WebSocket-Version", "14")]), "426", "Sec-WebSocket-Version=13")
case("version-list", req(drop=("Sec-WebSocket-Version",), extra=[("Sec-WebSocket-Version", "13, 8")]), "426", "Sec-WebSocket-Version=13")
case("version-repeated", req(extra=[("Sec-WebSocket-Version", "13")]), "426", "Sec-WebSocket-Version=13")
case("version-leading-zero", req(drop=("Sec-WebSocket-Version",), extra=[("Sec-WebSocket-Version", "013")]), "426", "Sec-WebSocket-Version=13")
# --- key -----------------------------------------------------------------------------------------------------------
case("key-missing", req(drop=("Sec-WebSocket-Key",)), "400", "")
case("key-15-bytes", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "AAAAAAAAAAAAAAAAAAAA")]), "400", "")
case("key-17-bytes", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "AAAAAAAAAAAAAAAAAAAAAAA=")]), "400", "")
case("key-invalid-alphabet", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25j*Q==")]), "400", "")
case("key-unpadded", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", KEY.rstrip("="))]), "400", "")
case("key-repeated", req(extra=[("Sec-WebSocket-Key", KEY)]), "400", "")
case("key-empty", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "")]), "400", "")
case("key-url-safe-alphabet", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "-_-_-_-_-_-_-_-_-_-_-w==")]), "400", "")
case("key-inner-space", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "dGhlIHNhbXBs ZSBub25jZQ==")]), "400", "")
case("key-non-ascii", req(drop=("Sec-WebSocket-Key",), extra=[("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25j\u00e9Q==")]), "400", "")
# --- truncated heads (the peer closes first: no response) ----------------------------------------------------------
case("truncated-head-then-eof", req()[:-2], "-", "", mode="eof")
case("request-line-only-then-eof", b"GET /echo HTTP/1.1\r\n", "-", "", mode="eof")
case("no-bytes-then-eof", b"", "-", "", mode="eof")
case("tls-client-hello-on-plain-port", bytes([0x16, 0x03, 0x01, 0x00, 0x2f, 0x01, 0x00, 0x00, 0x2b, 0x03, 0x03]) + bytes(range(32, 64)), "-", "", mode="eof")

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "corpus")
for f in os.listdir(out):
    os.remove(os.path.join(out, f))
with open(os.path.join(here, "expectations.txt"), "w", newline="\n") as exp:
    exp.write("# file\tmode\tstatus\tchecks  (generated by make_corpus.py; see its docstring)\n")
    for i, (name, data, mode, status, checks) in enumerate(cases, 1):
        fname = f"{i:03d}-{name}.http"
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(data)
        exp.write(f"{fname}\t{mode}\t{status}\t{checks}\n")
print(len(cases), "cases")
