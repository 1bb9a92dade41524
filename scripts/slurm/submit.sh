#!/usr/bin/env bash
# Runs a sim study on a Slurm cluster: a job array of N shards, then a merge job that starts only
# when every shard succeeded (--dependency=afterok). Prints the two job ids.
#   scripts/slurm/submit.sh STUDY OUT N [extra sbatch options...]
# OUT must be on a file system every node sees; the merged sweep ends up in OUT/merged.
# Environment: SIM, how to run sim on the nodes (default: this checkout's ./sim); sbatch options
# such as --partition, --time or --account go after N and apply to both jobs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
study=${1:?usage: submit.sh STUDY OUT N [sbatch options...]}
out=${2:?usage: submit.sh STUDY OUT N [sbatch options...]}
count=${3:?usage: submit.sh STUDY OUT N [sbatch options...]}
shift 3
[[ "$count" =~ ^[1-9][0-9]*$ ]] || { echo "error: N must be a whole number of shards, at least 1" >&2; exit 2; }
study=$(realpath "$study")
mkdir -p "$out"
out=$(realpath "$out")
export SIM_REPOSITORY
SIM_REPOSITORY=$(cd "$here/../.." && pwd)
# Build once here, so that the array's tasks do not all try to build at once on a shared checkout.
if [ -z "${SIM:-}" ]; then "$SIM_REPOSITORY/sim" --help >/dev/null; fi
array=$(sbatch --parsable --chdir="$out" --array="1-$count" "$@" "$here/sweep-shard.sbatch" "$study" "$out")
array=${array%%;*}
merge=$(sbatch --parsable --chdir="$out" --dependency="afterok:$array" --kill-on-invalid-dep=yes "$@" "$here/merge.sbatch" "$out")
merge=${merge%%;*}
echo "array $array"
echo "merge $merge"
