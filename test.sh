#!/usr/bin/env bash
# README's test command: installs what the tests need, then runs the whole suite.
#   bash test.sh        on a fresh Debian 12 machine with the .NET 10 SDK; TRX results in .ci/out/results (git-ignored)
# Installs the missing apt packages (as root, or through `sudo -n`) and runs `npm ci` in every npm folder under tests/, then
# `dotnet test AttrWs.sln -c Release`. Ends with the line `tests: N passed, N failed` (counted from the TRX files); the exit
# status is 0 only when dotnet test succeeded, results exist and nothing failed. Works with CI=true and no stdin.
set -euo pipefail

# The one list of system packages the tests need (a branch that needs another package appends it here).
#   python3-websockets, nodejs, npm, node-ws, chromium: the real peers; redis-server: the scale-out tests start their own; clang, zlib1g-dev: the Native AOT publish test.
APT_PACKAGES="python3-websockets clang zlib1g-dev nodejs npm node-ws chromium redis-server"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$ROOT/.ci/out"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cd "$ROOT"
exec < /dev/null

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then SUDO="sudo -n"; fi

missing=()
for package in $APT_PACKAGES; do
  # A command that is already there counts (for example nodejs from NodeSource, which bundles npm).
  if [[ "$package" == npm ]] && command -v npm >/dev/null 2>&1; then continue; fi
  if [[ "$package" == nodejs ]] && command -v node >/dev/null 2>&1; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} > 0)); then
  echo "== apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Every npm folder under tests/ (playwright-core drives Debian's /usr/bin/chromium; ws for the load harness), as locked.
while IFS= read -r -d '' lock; do
  folder="$(dirname "$lock")"
  echo "== npm ci $folder"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
done < <(find tests -name package-lock.json -not -path '*/node_modules/*' -print0 | sort -z)

echo "== tool versions"
echo "dotnet $(dotnet --version)"
/usr/bin/python3 -c 'import sys, websockets; print("python", sys.version.split()[0], "websockets", websockets.__version__)'
clang --version | head -n 1
echo "node $(node --version), npm $(npm --version), $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
redis-server --version

rm -rf "$OUT/results"
mkdir -p "$OUT/results"

echo "== dotnet test AttrWs.sln -c Release"
set +e
dotnet test AttrWs.sln -c Release --logger trx --results-directory "$OUT/results"
test_status=$?
set -e

passed=0
failed=0
trx_count=0
while IFS= read -r -d '' trx; do
  trx_count=$((trx_count + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done < <(find "$OUT/results" -name '*.trx' -print0)

status=0
if ((trx_count == 0)); then
  echo "FAIL: no TRX results were produced" >&2
  status=1
fi
if ((test_status != 0 || failed > 0)); then
  echo "FAIL: dotnet test exited with $test_status, $failed test(s) failed" >&2
  status=1
fi
summary="tests: $passed passed, $failed failed"
echo "$summary" > "$OUT/summary"
echo "$summary"
exit "$status"
