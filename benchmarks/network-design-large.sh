#!/usr/bin/env bash
# Issue 10's performance figure: a generated instance of 30 markets x 5 product classes x 7 modes x 15
# warehouses, planned by `sim optimise` on CBC within a time limit (default 60 s) and a gap (default
# 1%). The generator writes no planning section, so one is appended: in every market at least 90% of
# the orders delivered within 15 days, a day of delivery worth 0.3 and a late parcel 2. Prints the
# solve's status, gap and nodes (solve.json) and the wall-clock time of the whole command (route
# compilation, the MIP, stock levels, and simulating the scenario and the plan with R replications,
# default 2).
#   bash benchmarks/network-design-large.sh [TIME_LIMIT_SECONDS] [GAP] [REPLICATIONS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
limit="${1:-60}"
gap="${2:-0.01}"
replications="${3:-2}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/sim" generate --markets 30 --classes 5 --modes 7 --warehouses 15 --seed 1 --out "$work/scenario" >/dev/null
{
  echo
  echo "planning:"
  echo "  value_of_time_per_parcel_day: 0.3"
  echo "  late_penalty_per_parcel: 2"
  echo "  service_levels:"
  sed -n 's/^  - code: \([A-Z][A-Z]\)$/    - {market: \1, share: 0.9, within_days: 15}/p' "$work/scenario/scenario.yaml"
} >> "$work/scenario/scenario.yaml"

start=$(date +%s%N)
"$root/sim" optimise "$work/scenario/scenario.yaml" --time-limit "$limit" --gap "$gap" -t 2 -r "$replications" -q -o "$work/plan" | tail -1
end=$(date +%s%N)
grep -E '"(status|proven_optimal|gap|nodes|variables|integer_variables|constraints)"' "$work/plan/solve.json"
echo "wall clock: $(( (end - start) / 1000000 )) ms (load: $(cut -d' ' -f1-3 /proc/loadavg))"
