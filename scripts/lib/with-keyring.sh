#!/usr/bin/env bash
# Runs a command beside a real Secret Service: an unlocked gnome-keyring in a throw-away HOME. Call it inside
# `dbus-run-session --` so the keyring lives on a private session bus and dies with it.
set -euo pipefail
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
eval "$(printf 'packbench-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
rm -rf "$HOME" "$XDG_RUNTIME_DIR"
exit "$status"
