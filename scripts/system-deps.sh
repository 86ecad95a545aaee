#!/bin/sh
# Debian packages the demo needs (Chromium, and fonts for Urdu and emoji). Installs what is missing
# when run as root, so `npm install && npm start` is the whole set-up on a fresh machine; otherwise
# prints the command to run. .ci/run installs these and the test-only packages itself.
set -eu
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -f /usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf ] || missing="$missing fonts-noto-core"
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing="$missing fonts-noto-color-emoji"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "basirat: installing$missing"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
else
  echo "basirat: missing Debian packages:$missing" >&2
  echo "run: sudo apt-get install$missing" >&2
  exit 1
fi
