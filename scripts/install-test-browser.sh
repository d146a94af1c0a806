#!/usr/bin/env bash
# Makes sure what the tests need is on this machine: a Chromium for the browser tests and the
# bench, Chromium's headless shell (the same engine without the browser's interface, which the
# browser tests run in), redis-server for the room server's relay test, and LibreOffice Impress,
# which opens the PowerPoint deck as a reader without PowerPoint would (with poppler-utils to read
# the result). Tests use $CHROME_PATH, or /usr/bin/chromium, or (elsewhere) Playwright's own
# Chromium; the relay test starts `redis-server` from the PATH.
set -euo pipefail

has_apt=false
if command -v apt-get >/dev/null 2>&1; then has_apt=true; fi
# What is missing, installed with one apt-get run at the end.
packages=()

chrome="${CHROME_PATH:-/usr/bin/chromium}"
chromium_from_apt=false
if [ -x "$chrome" ]; then
  echo "Chromium found at $chrome"
elif $has_apt; then
  packages+=(chromium fonts-liberation poppler-utils)
  chromium_from_apt=true
else
  echo "No apt-get here: installing Playwright's Chromium instead."
  npx playwright install chromium
fi

shell="${CHROME_HEADLESS_SHELL_PATH:-/usr/bin/chromium-headless-shell}"
if [ -x "$shell" ]; then
  echo "Chromium's headless shell found at $shell"
elif $has_apt; then
  packages+=(chromium-headless-shell)
else
  echo "No apt-get here: the browser tests run in the full Chromium."
fi

redis_missing=false
redis_from_apt=false
if command -v redis-server >/dev/null 2>&1; then
  echo "redis-server found at $(command -v redis-server)"
elif $has_apt; then
  packages+=(redis-server)
  redis_from_apt=true
else
  redis_missing=true
fi

office_missing=false
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  echo "LibreOffice found at $(command -v soffice)"
elif $has_apt; then
  packages+=(libreoffice-impress poppler-utils)
else
  office_missing=true
fi

if [ "${#packages[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing from the system packages: ${packages[*]}..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
  if $chromium_from_apt; then echo "Chromium installed at /usr/bin/chromium"; fi
  if $redis_from_apt; then echo "redis-server installed at $(command -v redis-server)"; fi
fi

if $office_missing; then
  echo "No apt-get here: install LibreOffice (Impress) and poppler's pdftotext with this" \
    "system's package manager; the deck test opens the PowerPoint file with them." >&2
  exit 1
fi

if $redis_missing; then
  echo "No apt-get here: install redis-server with this system's package manager" \
    "(for example 'brew install redis'); the relay test needs it." >&2
  exit 1
fi
