#!/usr/bin/env bash
# Import benchmark: the real packbench binary importing from the real sandbox store over HTTP.
#   bash bench/import_bench.sh [BUILD_DIR] [RUNS]      (default build/release, 3 runs; medians are printed)
# Cases:
#   full      10,000 orders, no quota, all 15 statuses, 61 days      targets: < 10 s, < 300 MB, budget, zero 429
#   standard  2,000 orders, Standard quota 150/30 s, 50 ms latency per request
#   quota     3,000 orders, --quota 5 --window-ms 2000: how close to the time the quota allows (target 1.2x)
# Runs inside its own D-Bus session with a throw-away keyring (the token goes to the keychain as always).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build/release}
RUNS=${2:-3}
if [ -z "${PACKBENCH_BENCH_IN_KEYRING:-}" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target packbench packbench-sandbox >/dev/null
  export PACKBENCH_BENCH_IN_KEYRING=1
  exec dbus-run-session -- bash scripts/lib/with-keyring.sh bash bench/import_bench.sh "$BUILD_DIR" "$RUNS"
fi
PB=$BUILD_DIR/bin/packbench
SB=$BUILD_DIR/tests/sandbox/packbench-sandbox
ALL_STATUSES=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# run_case NAME "sandbox args" "import args" -> prints one line per run: seconds requests orders 429s peakMB
run_once() {
  local sandbox_args=$1 import_args=$2 work
  work=$(mktemp -d)
  # shellcheck disable=SC2086
  "$SB" --port 0 $sandbox_args >"$work/sandbox.log" 2>&1 &
  local sandbox_pid=$!
  local api=""
  for _ in $(seq 1 200); do
    api=$(sed -n 's/^API path: //p' "$work/sandbox.log" | head -1)
    [ -n "$api" ] && break
    sleep 0.05
  done
  printf 'sandbox-token\n' | "$PB" --profile "$work/profile" store add --name Bench --api-path "$api" \
    --client-id bench >/dev/null
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time.txt" "$PB" --profile "$work/profile" import --store Bench $import_args --json \
    >"$work/report.json"
  kill "$sandbox_pid" 2>/dev/null || true
  wait "$sandbox_pid" 2>/dev/null || true
  python3 - "$work/report.json" "$work/time.txt" <<'PY'
import json, re, sys
report = json.load(open(sys.argv[1]))
timing = open(sys.argv[2]).read()
peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
orders = report["new"] + report["updated"] + report["unchanged"] + report["skipped"]
print(f'{report["elapsed_ms"]/1000:.2f} {report["requests"]} {orders} {report["rate_limited"]} {peak_kb/1024:.0f}')
PY
  rm -rf "$work"
}

run_case() {
  local name=$1 sandbox_args=$2 import_args=$3 results=()
  for _ in $(seq 1 "$RUNS"); do results+=("$(run_once "$sandbox_args" "$import_args")"); done
  local secs reqs orders tooMany peak
  secs=$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)
  reqs=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
  orders=$(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)
  tooMany=$(printf '%s\n' "${results[@]}" | awk '{s+=$4} END {print s}')
  peak=$(printf '%s\n' "${results[@]}" | awk '{print $5}' | median)
  printf '%-9s %8s %9s %9s %12s %8s %10s\n' "$name" "$orders" "$reqs" "$secs" \
    "$(awk -v o="$orders" -v s="$secs" 'BEGIN {printf "%.0f", o/s}')" "$tooMany" "$peak"
  LAST_SECS=$secs
  LAST_REQS=$reqs
}

echo "Import benchmark: median of $RUNS runs ($(nproc) cores, $(date -u +%Y-%m-%d))"
printf '%-9s %8s %9s %9s %12s %8s %10s\n' case orders requests seconds orders/s 429s peak-MB
run_case full "--orders 10000 --quota 0" "--days 61 --statuses $ALL_STATUSES"
run_case standard "--orders 2000 --quota 150 --window-ms 30000 --latency-ms 50" \
  "--days 61 --statuses $ALL_STATUSES"
run_case quota "--orders 3000 --quota 5 --window-ms 2000" "--days 61 --statuses 9,11"
# The quota allows `quota` requests per window: N requests need at least ceil(N/quota)-1 full windows of waiting.
awk -v r="$LAST_REQS" -v s="$LAST_SECS" 'BEGIN {
  windows = int((r + 4) / 5) - 1; ideal = windows * 2.0; if (ideal < 0.001) ideal = 0.001
  printf "quota case: %d requests need at least %.1f s at 5 per 2 s; took %.2f s = %.2fx (target 1.2x)\n", r, ideal, s, s / ideal }'
