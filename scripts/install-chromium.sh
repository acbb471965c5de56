#!/usr/bin/env sh
# Installs Debian's Chromium for the builder's end-to-end test (playwright-core drives it).
# `.ci/run` calls this when /usr/bin/chromium is missing; CHROMIUM_PATH points elsewhere.
set -eu
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO apt-get install -y chromium
