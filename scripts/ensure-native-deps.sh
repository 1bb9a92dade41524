#!/usr/bin/env bash
# Installs the native tools sim calls when they are missing: COIN-OR CBC and gnuplot (with the
# DejaVu fonts its charts use) always, and with the arguments `chromium` (headless browser for the
# report test) and `slurm` (slurm-wlm and munge for the cluster test) what those tests need.
# Uses apt-get as root or through sudo; otherwise stops with the exact command to run.
# Safe to call from several processes at once.
set -euo pipefail

# Charts name DejaVu Sans, so that they render the same on every machine.
packages=(coinor-libcbc-dev coinor-cbc gnuplot-nox fonts-dejavu-core)
for extra in "$@"; do
  case "$extra" in
    chromium) packages+=(chromium) ;;
    slurm) packages+=(slurm-wlm munge) ;;
    *) echo "usage: $0 [chromium] [slurm]" >&2; exit 2 ;;
  esac
done

missing_packages() {
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
}

missing_packages
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo)
else
  echo "error: missing system packages: ${missing[*]}" >&2
  echo "install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

# One installer at a time (tests may call this in parallel); the second finds the work done.
exec 9>"${TMPDIR:-/tmp}/sim-ensure-native-deps.lock"
flock 9
missing_packages
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >&2
