#!/usr/bin/env bash
# Installs Kiln's Debian packages (DESIGN.md §10) when any is missing,
# configures and builds into build/. Idempotent: a second run only rebuilds.
#   ./bootstrap.sh            install, build
#   ./bootstrap.sh --sanitize an ASan/UBSan build into build-asan/
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ llvm-19-dev llvm-19-tools libcli11-dev
          libgc-dev libgmp-dev libgtest-dev python3)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

build_dir=build
extra=()
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  extra=(-DKILN_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -G Ninja -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "${extra[@]}"
fi
ninja -C "$build_dir" -j2
