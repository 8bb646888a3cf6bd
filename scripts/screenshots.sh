#!/usr/bin/env bash
# The README's pictures, from real windows under Xvfb: scripts/screenshots.sh [OUT_DIR] (default docs/screenshots).
#   main-window.png   the packbench binary with a new profile (also checks it closes cleanly on SIGTERM)
#   integrations.png  Settings > Integrations connected to a sandbox store through the real keychain
#   shipments.png     the main window after importing that store's orders of the last 30 days
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots}
BUILD_DIR=${PACKBENCH_BUILD_DIR:-build/release}
mkdir -p "$OUT"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACKBENCH_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target packbench packbench-screenshots

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
PACKBENCH_BIN=$BUILD_DIR/bin/packbench bash scripts/screenshot.sh "$OUT/main-window.png" --profile "$profile" \
  --station "Bench 1"
dbus-run-session -- bash scripts/lib/with-keyring.sh \
  xvfb-run -a -s '-screen 0 1600x1000x24' "$BUILD_DIR/tests/screenshots/packbench-screenshots" "$OUT"
