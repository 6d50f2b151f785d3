#!/usr/bin/env bash
# Checks the committed allocation thresholds (Thresholds/*.json: mallocCountTotal p90 per
# benchmark) against a fresh run. Fails only on a regression beyond the tolerance configured in
# the benchmarks (package-benchmark also exits non-zero when a run is *better* than a threshold,
# which here means the harness happened to allocate a little less: not a failure).
# Update after an intended change: swift package --allow-writing-to-package-directory \
#   benchmark thresholds update --path Thresholds   (then keep only mallocCountTotal in each file)
set -uo pipefail
cd "$(dirname "$0")"
out="$(swift package benchmark thresholds check --path Thresholds 2>&1 | tr -d '\r')"
printf '%s\n' "$out" | grep -av 'ETA:' | grep -aE 'Deviations|p90  |EQUAL|BETTER|WORSE'
if printf '%s\n' "$out" | grep -aq 'WORSE than the defined thresholds'; then
  echo "allocation check: FAILED (more allocations than the committed thresholds)"; exit 1
fi
if printf '%s\n' "$out" | grep -aqE 'EQUAL to the defined thresholds|BETTER than the defined thresholds'; then
  echo "allocation check: passed"; exit 0
fi
echo "allocation check: could not run"; printf '%s\n' "$out" | tail -20; exit 2
