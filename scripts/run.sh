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

# The token goes to the OS keychain. Without a Secret Service (a server, a bare Xvfb), start a private D-Bus session
# with a throw-away gnome-keyring for this run.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${PACKBENCH_RUN_IN_KEYRING:-}" ]; then
  echo "No D-Bus session: starting a private one with a throw-away keyring for this run."
  export PACKBENCH_RUN_IN_KEYRING=1
  exec dbus-run-session -- bash scripts/lib/with-keyring.sh bash scripts/run.sh
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

# Connect the demo profile to the sandbox. The sandbox's token travels on stdin into the keychain: never in a file or
# a command line. The port changes from run to run, so an existing connection gets the new API Path.
PB=("$BUILD_DIR/bin/packbench" --profile "$PROFILE_DIR")
if "${PB[@]}" store list --json | grep -q '"name": "Sandbox"'; then
  "${PB[@]}" store set Sandbox --api-path "$API_PATH" >/dev/null
  printf 'sandbox-token\n' | "${PB[@]}" store token Sandbox >/dev/null
else
  printf 'sandbox-token\n' | "${PB[@]}" store add --name Sandbox --api-path "$API_PATH" --client-id sandbox-client \
    --channel-tags on --pickup-in-store on --auto-import 5
fi
"${PB[@]}" store test Sandbox
# Something real to work on: the orders ready to ship from the last 30 days.
"${PB[@]}" import --store Sandbox --days 30

echo "Starting Packbench (profile $PROFILE_DIR)"
"${PB[@]}" --station "Bench 1"
