#!/usr/bin/env bash
# README command 1: install what is missing, build, and start Packbench with something real to work on:
# the sandbox store (a local stand-in for BigCommerce, seeded with orders) in the background and Packbench beside it,
# in a demo profile of its own (build/demo-profile) so your own profile is never touched.
#   PACKBENCH_DEMO_ORDERS  orders in the sandbox (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=build/release
PROFILE_DIR=$PWD/build/demo-profile
ORDERS=${PACKBENCH_DEMO_ORDERS:-500}

bash scripts/setup.sh
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACKBENCH_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target packbench packbench-sandbox

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<'MSG'
Packbench is built, but this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so its window
cannot open. Run the same command inside a virtual display:

  xvfb-run -a -s '-screen 0 1600x1000x24' bash scripts/run.sh

MSG
  exit 1
fi

mkdir -p "$PROFILE_DIR"
SANDBOX_LOG=$PROFILE_DIR/sandbox.log
"$BUILD_DIR/tests/sandbox/packbench-sandbox" --port 0 --orders "$ORDERS" --seed 1 >"$SANDBOX_LOG" 2>&1 &
SANDBOX_PID=$!
trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT

API_PATH=""
for _ in $(seq 1 100); do
  API_PATH=$(sed -n 's/^API path: //p' "$SANDBOX_LOG" | head -1)
  [ -n "$API_PATH" ] && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$SANDBOX_LOG" >&2; echo "the sandbox store did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$API_PATH" ] || { echo "the sandbox store did not report its API path" >&2; exit 1; }
echo "Sandbox store with $ORDERS orders: $API_PATH"

echo "Starting Packbench (profile $PROFILE_DIR)"
"$BUILD_DIR/bin/packbench" --profile "$PROFILE_DIR" --station "Bench 1"
