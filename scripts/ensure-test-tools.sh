#!/usr/bin/env bash
# Makes sure the end-to-end tests have what they drive: Debian's Chromium at /usr/bin/chromium
# (Playwright's own browser download is unreachable here) and a python3 that can `import requests`
# (for the API document's Python examples). Installs what is missing with apt when running as root.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! python3 -c 'import requests' 2>/dev/null && ! /usr/bin/python3 -c 'import requests' 2>/dev/null; then
  missing+=(python3-requests)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing for the end-to-end tests: ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
