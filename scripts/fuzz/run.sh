#!/usr/bin/env bash
# Builds the fuzz targets (Fuzz/, libFuzzer + AddressSanitizer, in .build-fuzz) and runs each for SECONDS
# (default 600), one after another at the lowest priority, then prints per target the executions, the
# coverage (libFuzzer's final cov/ft) and the crashes found.
#
#   scripts/fuzz/run.sh [SECONDS] [TARGET ...]      (make fuzz [FUZZ_SECONDS=600] [FUZZ_TARGETS="csv dot"])
#
# Files (git-ignored): .fuzz/corpus/TARGET (the growing corpus, kept between runs), .fuzz/seeds/TARGET
# (scripts/fuzz/seeds.sh), .fuzz/crashes/TARGET (crash-*, timeout-*, oom-* inputs), .fuzz/logs/TARGET.log.
# Reproduce a crash: .build-fuzz/release/actormap-fuzz TARGET .fuzz/crashes/TARGET/crash-...
# FUZZ_SKIP_BUILD=1 skips the build. Exit status 1 when a target crashed.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
shift || true
bin=.build-fuzz/release/actormap-fuzz

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    echo "building the fuzz targets (.build-fuzz) ..."
    nice -n 19 swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
        -Xswiftc -enable-testing -Xswiftc -sanitize=fuzzer,address 2>&1 \
        | grep -v "Cannot export local symbol" | tail -n 3 || exit 1
fi
[ -x "$bin" ] || { echo "no fuzz executable at $bin" >&2; exit 1; }

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    # The executable's usage lists its targets: "targets: a, b, c".
    read -r -a targets <<< "$(ASAN_OPTIONS=detect_leaks=0 "$bin" 2>&1 | sed -n 's/^targets: //p' | tr -d ',')"
fi
scripts/fuzz/seeds.sh .fuzz/seeds > /dev/null

# Longest input per target: file formats get room for the seed models, recipes need little.
max_len() {
    case "$1" in
        model | dot) echo 4096 ;;
        *) echo 32768 ;;
    esac
}

# AddressSanitizer without allocation stacks (3 times faster; reproduce a crash for the details), no leak
# check (Graphviz's layouts are left to the process on purpose); Swift's own crash handler off, so that
# libFuzzer sees a Swift trap as a crash and keeps the input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:detect_leaks=0}"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

summary=()
status=0
for t in "${targets[@]}"; do
    corpus=.fuzz/corpus/$t crashes=.fuzz/crashes/$t log=.fuzz/logs/$t.log
    mkdir -p "$corpus" "$crashes" .fuzz/logs .fuzz/seeds/"$t"
    : > "$log"
    before=$(ls "$crashes" | grep -c -E "^(crash|timeout|oom|leak)-")
    start=$(date +%s)
    execs=0
    echo "fuzzing $t for ${seconds}s (log: $log) ..."
    # libFuzzer stops at the first crash; start again until the time is used up.
    while :; do
        left=$((seconds - ($(date +%s) - start)))
        [ "$left" -gt 0 ] || break
        nice -n 19 "$bin" "$t" "$corpus" .fuzz/seeds/"$t" -max_total_time="$left" -print_final_stats=1 \
            -detect_leaks=0 -timeout=120 -rss_limit_mb=3072 -max_len="$(max_len "$t")" \
            -artifact_prefix="$crashes/" >> "$log" 2>&1
        code=$?
        n=$(grep -a 'stat::number_of_executed_units' "$log" | tail -n 1 | awk '{print $2}')
        execs=$((execs + ${n:-0}))
        # libFuzzer exits 0 when the time is up; anything else is a finding (or a harness failure).
        [ "$code" -eq 0 ] && break
        sleep 1
    done
    elapsed=$(($(date +%s) - start))
    found=$(($(ls "$crashes" | grep -c -E "^(crash|timeout|oom|leak)-") - before))
    cov=$(grep -a -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1)
    [ "$found" -gt 0 ] && status=1
    summary+=("$(printf '%-12s %6ss %12s execs  %-22s corpus %5s  crashes %s' "$t" "$elapsed" "$execs" \
        "${cov:-cov: ? ft: ?}" "$(ls "$corpus" | wc -l)" "$found")")
done

echo
echo "target        time       executions  coverage (libFuzzer)   corpus   findings"
for line in "${summary[@]}"; do echo "$line"; done
[ "$status" -eq 0 ] || echo "crash inputs are in .fuzz/crashes/TARGET/; every one becomes a regression test"
exit "$status"
