#!/usr/bin/env bash
# Whole-process speed-up with 2 threads over 1 (hyperfine, medians): sim sweep on the 20-cell
# example study, and sim run -r 60 on the baseline (the case the scaling issue measured).
#   bash benchmarks/sweep-scaling.sh [RUNS]        (needs hyperfine: sudo apt-get install hyperfine)
# Measure on a quiet machine: other processes on the same cores make the 2-thread runs look worse.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/sim" --help >/dev/null
study="$root/scenarios/studies/postal-loss-grid.yaml"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/sweep.md" \
  -n 'sweep, 1 thread' "$root/sim sweep $study --out $work/one --threads 1 --quiet --force" \
  -n 'sweep, 2 threads' "$root/sim sweep $study --out $work/two --threads 2 --quiet --force"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/run.md" \
  -n 'run -r 1' "$root/sim run -r 1 -t 1 -o $work/r1 -q" \
  -n 'run -r 60, 1 thread' "$root/sim run -r 60 -t 1 -o $work/r60a -q" \
  -n 'run -r 60, 2 threads' "$root/sim run -r 60 -t 2 -o $work/r60b -q"
cat "$work/sweep.md" "$work/run.md"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
