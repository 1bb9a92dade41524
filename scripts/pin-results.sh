#!/usr/bin/env bash
# Rewrites tests/data/pinned/results.sha256: the SHA-256 of every data file that `sim run` (the baseline,
# and under the example plan), `sim sweep` of each example study and `sim optimise --pareto 3` write, as
# PinnedResultsTests (tests/Sim.Runner.Tests/Pinned) runs them.
#
# Use it ONLY when a change of results is intended (a model or scenario change that should move the
# numbers), never to make a failing PinnedResultsTests pass otherwise. Commit the new pin file together
# with the change that moves the results, and say in the commit message which files changed and why.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/ensure-native-deps.sh"
cd "$root"
SIM_PIN_RESULTS=write dotnet test tests/Sim.Runner.Tests -c Release -nologo \
  --filter "FullyQualifiedName=Sim.Runner.Tests.Pinned.PinnedResultsTests.ExampleResults_EveryDataFile_MatchesItsPinnedHash"
git --no-pager diff --stat -- tests/data/pinned/results.sha256
