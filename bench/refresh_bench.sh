#!/usr/bin/env bash
# Refresh benchmark: what an automatic refresh costs against the quota that every app on the store shares.
#   bash bench/refresh_bench.sh [BUILD_DIR] [ORDERS] [CHANGED]     (default build/release, 5000 orders, 100 changed)
# Imports every order of the sandbox store (61 days, the store's import statuses), changes CHANGED orders as a
# merchant would (POST /__sandbox/orders/{id}: a third cancelled, a third shipped, a third given a note), then runs
# `packbench import --refresh` and prints its requests by endpoint (from the sandbox's own counters) and its time.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build/release}
ORDERS=${2:-5000}
CHANGED=${3:-100}
if [ -z "${PACKBENCH_BENCH_IN_KEYRING:-}" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target packbench packbench-sandbox >/dev/null
  export PACKBENCH_BENCH_IN_KEYRING=1
  exec dbus-run-session -- bash scripts/lib/with-keyring.sh bash bench/refresh_bench.sh "$BUILD_DIR" "$ORDERS" "$CHANGED"
fi
PB=$BUILD_DIR/bin/packbench
SB=$BUILD_DIR/tests/sandbox/packbench-sandbox
work=$(mktemp -d)
trap 'kill "$sandbox_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$SB" --port 0 --orders "$ORDERS" --quota 0 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
api=""
for _ in $(seq 1 200); do
  api=$(sed -n 's/^API path: //p' "$work/sandbox.log" | head -1)
  [ -n "$api" ] && break
  sleep 0.05
done
root=${api%%/stores/*}
hash=$(echo "$api" | sed 's#.*/stores/\([^/]*\)/v3/#\1#')
printf 'sandbox-token\n' | "$PB" --profile "$work/profile" store add --name Bench --api-path "$api" --client-id bench \
  >/dev/null
"$PB" --profile "$work/profile" import --store Bench --days 61 --json >"$work/import.json"
python3 - "$work/import.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f'full import: {r["new"]} orders, {r["shipments_new"]} shipments, {r["requests"]} requests, {r["elapsed_ms"]/1000:.1f} s')
PY
# CHANGED orders that were imported, changed now.
ids=$("$PB" --profile "$work/profile" shipments --state to-ship --json | python3 -c "
import json, sys
seen = []
for row in json.load(sys.stdin):
    if row['order_id'] not in seen:
        seen.append(row['order_id'])
print(' '.join(str(i) for i in seen[:$CHANGED]))")
n=0
for id in $ids; do
  case $((n % 3)) in
    0) body='{"status_id":5}' ;;
    1) body='{"status_id":2}' ;;
    2) body='{"customer_message":"Leave at the back door"}' ;;
  esac
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d "$body" "$root/__sandbox/orders/$id"
  n=$((n + 1))
done
before=$(curl -s "$root/__sandbox/stats")
"$PB" --profile "$work/profile" import --store Bench --refresh --json >"$work/refresh.json"
after=$(curl -s "$root/__sandbox/stats")
python3 - "$work/refresh.json" "$before" "$after" "$n" "$ORDERS" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
before, after = json.loads(sys.argv[2]), json.loads(sys.argv[3])
print(f'refresh after {sys.argv[4]} of {sys.argv[5]} orders changed: {r["updated"]} updated, {r["new"]} new, '
      f'{r["requests"]} requests in {r["elapsed_ms"]/1000:.2f} s')
for endpoint, count in sorted(after["by_endpoint"].items()):
    delta = count - before["by_endpoint"].get(endpoint, 0)
    if delta:
        print(f'  {endpoint}: {delta}')
PY
