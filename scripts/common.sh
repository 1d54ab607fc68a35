#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Idempotent: a second run with nothing changed only asks dpkg and ninja.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${RUNBOOK_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  libmd4c-dev libmd4c-html0-dev libyaml-cpp-dev libtomlplusplus-dev zlib1g-dev libvectorscan-dev ripgrep hyperfine qtkeychain-qt6-dev
  curl postgresql prometheus prometheus-alertmanager prometheus-pushgateway apache2-utils
  xvfb xauth imagemagick fonts-dejavu-core poppler-utils
  help2man desktop-file-utils appstream lintian bash-completion file
)

ensure_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  echo "Installing: ${missing[*]}"
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_project() {
  local extra=("$@")
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
  elif [ ${#extra[@]} -gt 0 ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" "${extra[@]}" >/dev/null
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
