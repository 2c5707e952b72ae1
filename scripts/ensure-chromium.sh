#!/usr/bin/env bash
# Makes sure the end-to-end suite has a Chromium to drive. Playwright cannot download its own
# browser on machines without general internet access, so Debian's package is the default.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 1
fi
[ -x /usr/bin/chromium ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q chromium >/dev/null
  exit 0
fi

cat >&2 <<'TEXT'
The end-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`),
or point CHROMIUM_PATH at a Chromium or Chrome binary, or run `npx playwright install chromium`.
TEXT
exit 1
