#!/usr/bin/env bash
# Two chat nodes on one local Redis: `bash samples/Chat/two-nodes.sh` (needs redis-server: apt-get install redis-server).
# Starts redis-server on a free port, then node-1 on http://127.0.0.1:5001/ and node-2 on http://127.0.0.1:5002/ with
# --redis; open one in each browser tab, sign in as two users, join the same room. Ctrl+C stops everything.
#   PORT_A, PORT_B   the nodes' ports (default 5001, 5002; 0 = any free port)
#   SKIP_BUILD=1     use the existing Release build (the tests set it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT_A="${PORT_A:-5001}"
PORT_B="${PORT_B:-5002}"
command -v redis-server >/dev/null || { echo "redis-server not found: apt-get install redis-server" >&2; exit 1; }

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  dotnet build "$ROOT/samples/Chat" -c Release -v quiet -nologo >/dev/null
fi
DLL="$ROOT/samples/Chat/bin/Release/net10.0/Chat.dll"

REDIS_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
REDIS_DIR="$(mktemp -d)"
pids=()
stop() {
  trap - INT TERM EXIT
  # The nodes first (they close their connections with 1001), then redis-server.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  rm -rf "$REDIS_DIR"
  echo "stopped"
}
trap stop INT TERM EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$REDIS_DIR" --daemonize no >"$REDIS_DIR/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null; then break; fi
  sleep 0.1
done
echo "redis-server on 127.0.0.1:$REDIS_PORT"

dotnet "$DLL" --port "$PORT_A" --redis "127.0.0.1:$REDIS_PORT" --node node-1 &
pids+=($!)
dotnet "$DLL" --port "$PORT_B" --redis "127.0.0.1:$REDIS_PORT" --node node-2 &
pids+=($!)
wait -n "${pids[@]}"
