#!/usr/bin/env bash
# Installs what the real-browser tests and `npm start` need on Debian/Ubuntu: Chromium, Firefox ESR
# and a CJK font (without it Chinese renders as boxes in screenshots). Never downloads browsers
# from anywhere but apt.
set -euo pipefail
packages=(chromium firefox-esr fonts-wqy-microhei)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup:browsers: ${packages[*]} already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup:browsers: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
