#!/usr/bin/env bash
# Installs Debian's Chromium when no browser is available. Browser tests drive it through
# playwright-core, which cannot download its own browser on our machines.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then
  echo "Chromium: ${CHROME_PATH}"; exit 0
fi
if command -v chromium >/dev/null 2>&1; then
  echo "Chromium: $(command -v chromium)"; exit 0
fi
echo "Chromium not found; installing Debian's chromium package…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "Chromium: $(command -v chromium)"
