#!/usr/bin/env bash
# All 37 OR-Library cap instances (cap41 ... cap134): `sim optimise` (CBC through its C API) side
# by side with the CBC command-line program (Debian coinor-cbc) solving the LP files that
# `sim optimise --write-lp` writes for the same models. Checks every optimum against optima.csv
# (relative 1e-6) and prints per-instance wall times, the totals and the ratios:
#   sim solve  = seconds reported in sim's JSON (model load into CBC + solve, in-process)
#   sim proc   = wall time of the whole sim process (.NET start, read file, build model, solve)
#   cbc proc   = wall time of the whole `cbc FILE.lp -solve -quit` process (read LP, solve)
#   sim batch  = wall time of one sim process solving all 37 files (`--orlib-cflp FILE...`),
#                so .NET start-up is paid once instead of 37 times
# Usage: benchmarks/cflp-vs-cbc-cli.sh [THREADS=1] [OUT_DIR=${TMPDIR:-/tmp}/cflp-vs-cbc]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
threads="${1:-1}"
out="${2:-${TMPDIR:-/tmp}/cflp-vs-cbc}"
data="$root/tests/data/orlib-cflp"
sim="$root/src/Sim.Runner/bin/Release/net10.0/sim"
for tool in cbc jq bc; do
  command -v "$tool" >/dev/null || { echo "$tool not found: sudo apt-get install coinor-cbc jq bc" >&2; exit 1; }
done
dotnet build "$root/src/Sim.Runner" -c Release >/dev/null
mkdir -p "$out"
cbc_threads=()
if ((threads > 1)); then cbc_threads=(-threads "$threads"); fi
now() { date +%s.%N; }
printf '%-7s %-8s %14s %14s %9s %9s %9s %s\n' instance status sim_obj cbc_obj sim_solve sim_proc cbc_proc match
bad=0
tot_solve=0; tot_sim=0; tot_cbc=0
for name in $(grep -E '^cap[0-9]+,' "$data/optima.csv" | cut -d, -f1); do
  optimum="$(grep -E "^$name,," "$data/optima.csv" | cut -d, -f3)"
  lp="$out/$name.lp"
  "$sim" optimise --orlib-cflp "$data/$name.txt" --write-lp "$lp" --threads "$threads" >/dev/null
  t0="$(now)"; json="$("$sim" optimise --orlib-cflp "$data/$name.txt" --threads "$threads")"; t1="$(now)"
  cbc_log="$(cbc "$lp" "${cbc_threads[@]}" -solve -quit)"; t2="$(now)"
  status="$(jq -r .status <<<"$json")"; sim_obj="$(jq -r .objective <<<"$json")"; solve="$(jq -r .seconds <<<"$json")"
  cbc_obj="$(awk '/^Objective value:/ { print $3 }' <<<"$cbc_log")"
  cbc_ok="$(grep -c '^Result - Optimal solution found' <<<"$cbc_log" || true)"
  sim_proc="$(echo "$t1 - $t0" | bc -l)"; cbc_proc="$(echo "$t2 - $t1" | bc -l)"
  match="$(awk -v a="$sim_obj" -v b="$cbc_obj" -v o="$optimum" -v s="$status" -v c="$cbc_ok" 'BEGIN {
    ok = (s == "Optimal") && (c == 1) && ((a - o) ^ 2 <= (1e-6 * o) ^ 2) && ((b - o) ^ 2 <= (1e-6 * o) ^ 2); print ok ? "ok" : "MISMATCH" }')"
  [[ "$match" == ok ]] || bad=$((bad + 1))
  tot_solve="$(echo "$tot_solve + $solve" | bc -l)"; tot_sim="$(echo "$tot_sim + $sim_proc" | bc -l)"; tot_cbc="$(echo "$tot_cbc + $cbc_proc" | bc -l)"
  printf '%-7s %-8s %14.3f %14.3f %9.3f %9.3f %9.3f %s (optimum %s)\n' "$name" "$status" "$sim_obj" "$cbc_obj" "$solve" "$sim_proc" "$cbc_proc" "$match" "$optimum"
done
printf 'TOTAL   sim solve %.2f s   sim process %.2f s   cbc process %.2f s\n' "$tot_solve" "$tot_sim" "$tot_cbc"
printf 'RATIO   sim solve / cbc process = %.3f   sim process / cbc process = %.3f   mismatches: %d\n' \
  "$(echo "$tot_solve / $tot_cbc" | bc -l)" "$(echo "$tot_sim / $tot_cbc" | bc -l)" "$bad"
files=()
for name in $(grep -E '^cap[0-9]+,' "$data/optima.csv" | cut -d, -f1); do files+=("$data/$name.txt"); done
t0="$(now)"; batch="$("$sim" optimise --orlib-cflp "${files[@]}" --threads "$threads")"; t1="$(now)"
batch_time="$(echo "$t1 - $t0" | bc -l)"
not_optimal="$(grep -vc '"status":"Optimal"' <<<"$batch" || true)"
printf 'BATCH   sim process solving all %d files %.2f s   sim batch / cbc process = %.3f   not optimal: %d\n' \
  "${#files[@]}" "$batch_time" "$(echo "$batch_time / $tot_cbc" | bc -l)" "$not_optimal"
