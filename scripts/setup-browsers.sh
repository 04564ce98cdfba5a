#!/usr/bin/env bash
# Installs what the real-browser tests, `npm start` and `npm run demo` need on Debian/Ubuntu:
# Chromium, Firefox ESR and a CJK font (without it Chinese renders as boxes in screenshots). Never
# downloads browsers from anywhere but apt. `npm start`, `npm run demo`, `npm test` and `.ci/run`
# run it when something is missing (scripts/ensure-browsers.mjs); run it yourself with
# `npm run setup:browsers`.
#
#   bash scripts/setup-browsers.sh                  all three packages
#   bash scripts/setup-browsers.sh chromium ...     only these (of the three)
set -euo pipefail
all=(chromium firefox-esr fonts-wqy-microhei)
packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=("${all[@]}")
for p in "${packages[@]}"; do
  case " ${all[*]} " in
    *" $p "*) ;;
    *)
      echo "setup:browsers: unknown package '$p' (expected some of: ${all[*]})" >&2
      exit 2
      ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  # `dpkg -s` also succeeds for a removed package whose config files remain: ask for its status.
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup:browsers: ${packages[*]} already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:browsers: no apt-get here (not Debian or Ubuntu): install Chromium, Firefox ESR and a CJK font with your system's package manager, and point CHROMIUM_BIN and FIREFOX_BIN at the browsers if they are not /usr/bin/chromium and /usr/bin/firefox-esr." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup:browsers: installing ${missing[*]} with apt-get${sudo:+ (through sudo)}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
echo "setup:browsers: installed ${missing[*]}"
