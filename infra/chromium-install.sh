#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing. Never downloads a
# browser build of Playwright's own.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Chromium (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
echo "== $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium: version unknown')"
