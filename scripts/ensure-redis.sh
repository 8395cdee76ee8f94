#!/bin/sh
# The magic-link store tests run against a real redis-server on 127.0.0.1 (Debian's package).
set -e
command -v redis-server >/dev/null 2>&1 && exit 0
echo "Installing Debian's redis-server for the token store tests (once per machine)…"
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
# Only the binary is needed: each test run starts its own server on a free port.
$SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true
