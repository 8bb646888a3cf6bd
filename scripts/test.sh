#!/usr/bin/env bash
# README command 2: install what is missing, build with warnings as errors, run every test.
# Tests run offscreen, each in a throw-away profile, inside a private D-Bus session with an unlocked throw-away
# gnome-keyring (a real Secret Service), beside a throw-away PostgreSQL cluster on loopback.
#   PACKBENCH_BUILD_DIR   build folder (default build/test)
#   PACKBENCH_CMAKE_ARGS  extra CMake arguments (CI adds -DPACKBENCH_SANITIZE=ON for its sanitizer stage)
#   CTEST_ARGS            extra ctest arguments, e.g. "-L sandbox" or "-R tst_mainwindow"
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${PACKBENCH_BUILD_DIR:-build/test}
read -r -a extra_cmake <<<"${PACKBENCH_CMAKE_ARGS:-}"
read -r -a extra_ctest <<<"${CTEST_ARGS:-}"

bash scripts/setup.sh
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPACKBENCH_WERROR=ON "${extra_cmake[@]}"
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

source scripts/lib/postgres.sh
postgres_start
trap postgres_stop EXIT

export QT_QPA_PLATFORM=offscreen
# Here the keychain and PostgreSQL are there, so tests that need them must fail rather than skip.
export PACKBENCH_REQUIRE_KEYCHAIN=1
[ -n "${PACKBENCH_TEST_POSTGRES_URL:-}" ] && export PACKBENCH_REQUIRE_POSTGRES=1
dbus-run-session -- bash scripts/lib/with-keyring.sh \
  ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 600 "${extra_ctest[@]}"
