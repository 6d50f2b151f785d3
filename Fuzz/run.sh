#!/usr/bin/env bash
# Builds the libFuzzer targets with address sanitizer and runs each for N seconds (default 60),
# with the committed corpus in Fuzz/corpus/<target>; new crashes land in fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --scratch-path ../.build-fuzz
binary="$(swift build -c debug --scratch-path ../.build-fuzz --show-bin-path)/ModerationKitFuzz"
mkdir -p ../fuzz-artifacts
for target in moderate scanner normalizer lexicon; do
  mkdir -p "corpus/$target"
  echo "== $target ($seconds s)"
  MK_FUZZ_TARGET="$target" "$binary" "corpus/$target" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="../fuzz-artifacts/$target-" -print_final_stats=1 2>&1 | grep -E "stat::|Done|ERROR|SUMMARY|crash" || true
done
