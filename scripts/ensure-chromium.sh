#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; Playwright's own browser download is never used.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "✖ /usr/bin/chromium is missing and apt-get is not available to install it." >&2
  echo "  Install Chromium so that /usr/bin/chromium exists, then run the tests again." >&2
  exit 1
fi
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
echo "› installing Debian's chromium for the browser tests"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
