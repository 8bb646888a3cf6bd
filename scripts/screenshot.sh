#!/usr/bin/env bash
# Takes a screenshot of a real Packbench window under Xvfb: scripts/screenshot.sh OUT.png [packbench arguments...]
# Also a smoke test: fails when the window does not come up, or does not close cleanly on SIGTERM.
#   PACKBENCH_BIN  the packbench binary (default build/release/bin/packbench)
#   SCREENSHOT_WINDOW  title of the window to grab (default: the whole screen)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
shift
BIN=${PACKBENCH_BIN:-build/release/bin/packbench}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s '-screen 0 1280x800x24' bash "$0" "$out" "$@"
fi
"$BIN" "$@" &
pid=$!
for _ in $(seq 1 100); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Packbench'; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "packbench exited before its window appeared" >&2; exit 1; }
  sleep 0.1
done
sleep "${SCREENSHOT_SETTLE:-1.5}"
if [ -n "${SCREENSHOT_WINDOW:-}" ]; then
  import -window "$SCREENSHOT_WINDOW" "$out"
else
  import -window root "$out"
fi
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then
  echo "packbench did not close cleanly on SIGTERM (exit status $status)" >&2
  exit 1
fi
echo "screenshot: $out"
