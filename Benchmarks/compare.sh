#!/usr/bin/env bash
# Side by side, one run, same messages: ModerationKit's moderate(_:), its normaliser, ICU's
# NFKC_Casefold alone, and two filters from PyPI (better-profanity, alt-profanity-check).
# Usage: Benchmarks/compare.sh [english|chat|unicode] [messages]   (MB = 10^6 bytes of UTF-8)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-english}"
count="${2:-20000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product moderate >/dev/null
bin=.build/release/moderate
"$bin" bench --dump-corpus --corpus "$corpus" --messages "$count" > "$work/corpus.txt"

if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q better-profanity alt-profanity-check
fi

mbps() { grep '^throughput:' | sed 's/throughput: \([0-9.]*\) MB\/s/\1/'; }
mk=$("$bin" bench "$work/corpus.txt" | mbps)
norm=$("$bin" bench --normalizer "$work/corpus.txt" | mbps)
icu=$("$bin" bench --icu-only "$work/corpus.txt" | mbps)
peers=$("$work/venv/bin/python" - "$work/corpus.txt" <<'PY'
import sys, time
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
size = sum(len(l.encode()) for l in lines) / 1e6
from better_profanity import profanity
profanity.load_censor_words()
sample = lines[: max(1, len(lines) // 20)]          # better-profanity is slow: a 5% sample
t = time.perf_counter(); [profanity.contains_profanity(l) for l in sample]; bp = time.perf_counter() - t
bp_mbps = sum(len(l.encode()) for l in sample) / 1e6 / bp
from profanity_check import predict
t = time.perf_counter(); predict(lines); batch = time.perf_counter() - t        # one call for all
sample = lines[: max(1, len(lines) // 20)]
t = time.perf_counter()
for l in sample: predict([l])                         # one message per call, as a service would
single = time.perf_counter() - t
print(f"{bp_mbps:.3f} {size / batch:.3f} {sum(len(l.encode()) for l in sample) / 1e6 / single:.3f}")
PY
)
read -r bp apc apc1 <<< "$peers"
printf '%-40s %10s %8s\n' "what ($corpus, $count messages)" "MB/s" "vs ICU"
for row in "ModerationKit moderate(_:), per message|$mk" "ModerationKit normaliser|$norm" \
           "ICU NFKC_Casefold alone, per message|$icu" "better-profanity, per message|$bp" \
           "alt-profanity-check, one batch|$apc" "alt-profanity-check, per message|$apc1"; do
  name=${row%%|*}; value=${row##*|}
  printf '%-40s %10s %8s\n' "$name" "$value" "$(python3 -c "print(f'{$value/$icu:.3f}x')")"
done
