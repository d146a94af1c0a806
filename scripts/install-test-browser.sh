#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is on this machine. Tests use $CHROME_PATH, or
# /usr/bin/chromium, or (elsewhere) Playwright's own Chromium.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then
  echo "Chromium found at $chrome"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing Chromium from the system packages..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-liberation poppler-utils >/dev/null
  echo "Chromium installed at /usr/bin/chromium"
else
  echo "No apt-get here: installing Playwright's Chromium instead."
  npx playwright install chromium
fi
