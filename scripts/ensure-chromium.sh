#!/bin/sh
# Browser tests run in Debian's Chromium; Playwright's own browser download is not reachable here.
set -e
[ -x /usr/bin/chromium ] && exit 0
echo "Installing Debian's chromium for the browser tests (once per machine)…"
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
