#!/usr/bin/env bash
# Solves OR-Library capa/capb/capc at every capacity listed in optima.csv with a time limit and
# reports, per instance: status, best cost, gap reached, and from CBC's log the time at which
#   - the incumbent first came within 0.1% of the known optimum ("inc<=0.1%"), and
#   - the proven gap (incumbent vs best bound) first reached 0.1% or less ("gap<=0.1%"; "<=T"
#     when only the final gap shows it, at T seconds).
# CBC checks its time limit only between phases: the root LP and feasibility-pump passes of these
# 100 x 1000 models can overrun a short limit by minutes (see "seconds").
# "-" means not reached within the limit. Usage:
#   benchmarks/cflp-capabc.sh [TIME_LIMIT_SECONDS=600] [THREADS=2] [OUT_DIR=${TMPDIR:-/tmp}/cflp-capabc] [ONLY=regex]
# ONLY picks rows of optima.csv, for example 'capa,8000|capb,6000'.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
limit="${1:-600}"
threads="${2:-2}"
out="${3:-${TMPDIR:-/tmp}/cflp-capabc}"
only="${4:-.}"
data="$root/tests/data/orlib-cflp"
sim="$root/src/Sim.Runner/bin/Release/net10.0/sim"
[[ -x "$sim" ]] || dotnet build "$root/src/Sim.Runner" -c Release >/dev/null
mkdir -p "$out"
printf '%-6s %6s %-22s %16s %16s %10s %10s %10s %10s\n' instance cap status objective optimum gap seconds 'inc<=0.1%' 'gap<=0.1%'
grep -E '^cap[abc],[0-9]' "$data/optima.csv" | grep -E "$only" | while IFS=, read -r name cap optimum _; do
  log="$out/$name-$cap.log"
  json="$("$sim" optimise --orlib-cflp "$data/$name.txt" --capacity "$cap" --time-limit "$limit" --threads "$threads" --verbose 2>"$log" || true)"
  echo "$json" >"$out/$name-$cap.json"
  read -r status objective gap seconds < <(jq -r '[.status, (.objective // "-"), (.gap // "-"), .seconds] | @tsv' <<<"$json")
  inc="$(awk -v opt="$optimum" '/Cbc00(04|12)I Integer solution of/ { v = $5; if (v <= opt * 1.001) { for (i = 1; i <= NF; i++) if ($i ~ /^\(/) { t = substr($i, 2); print t; exit } } }' "$log")"
  gp="$(awk '/Cbc0010I After/ { for (i = 1; i <= NF; i++) { if ($i == "best" && $(i+1) == "solution,") s = $(i-1); if ($i == "possible") b = $(i+1); if ($i ~ /^\(/) t = substr($i, 2) } if (s + 0 > 0 && (s - b) / s <= 0.001) { print t; exit } }' "$log")"
  # No progress line crossed 0.1% but the final gap did: it was reached by the end (an upper bound).
  if [[ -z "$gp" ]] && awk -v g="$gap" 'BEGIN { exit !(g != "-" && g + 0 <= 0.001) }'; then gp="<=$seconds"; fi
  printf '%-6s %6s %-22s %16s %16s %10s %10s %10s %10s\n' "$name" "$cap" "$status" "$objective" "$optimum" "$gap" "$seconds" "${inc:--}" "${gp:--}"
done
