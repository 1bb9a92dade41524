#!/usr/bin/env bash
# Runs every test of the solution in Release, after installing what the tests need.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The report test needs a headless browser and the cluster test a single-node Slurm: install them first.
"$root/scripts/ensure-native-deps.sh" chromium slurm
cd "$root"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Simulation.sln -c Release -nologo "$@" 2>&1 | tee "$log" || status=$?

# One plain summary line over all test projects, added up from each project's own line.
read -r passed failed skipped < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*/\2 \1 \3/p' "$log" |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "error: no test ran" >&2
  exit 1
fi
exit "$status"
