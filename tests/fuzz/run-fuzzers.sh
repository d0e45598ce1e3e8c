#!/usr/bin/env bash
# Fuzzes Voxnote's input readers with libFuzzer (clang, address and undefined
# sanitizers) and prints, per harness, the executions, the coverage and
# whether it crashed.
#
#   tests/fuzz/run-fuzzers.sh [-t SECONDS] [-j JOBS] [HARNESS…]
#
# -t  seconds per harness (default 3600, one hour); -j  build jobs (default 2).
# Harnesses: change_codec change_file image_document audio_decoder
# transcript_export search_query (default: all). Builds in build/fuzz; new
# inputs libFuzzer finds collect in build/fuzz/corpus/HARNESS, crashes in
# build/fuzz/crashes/HARNESS (copy one into tests/fuzz/HARNESS/ as a
# regression input once fixed: the test suite replays it from then on).
# Needs clang-14 and libclang-rt-14-dev (libFuzzer); the test suite itself
# does not (it replays the corpora with GCC).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=3600
jobs=2
while getopts "t:j:" option; do
    case "$option" in
    t) seconds="$OPTARG" ;;
    j) jobs="$OPTARG" ;;
    *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(change_codec change_file image_document audio_decoder transcript_export search_query)

if ! command -v clang++-14 >/dev/null || [ ! -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ]; then
    echo "Fuzzing needs clang 14 with libFuzzer: apt-get install clang-14 libclang-rt-14-dev" >&2
    exit 1
fi

build="$root/build/fuzz"
targets=()
for harness in "${harnesses[@]}"; do
    [ -d "$here/$harness" ] || { echo "No harness $harness (no folder $here/$harness)." >&2; exit 2; }
    targets+=("${harness}_fuzzer")
done
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DVOXNOTE_BUILD_BENCH=OFF \
    -DVOXNOTE_FUZZ=ON -DVOXNOTE_SANITIZE=address,undefined,fuzzer-no-link >/dev/null
nice cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_LOGGING_RULES="*=false" QT_QPA_PLATFORM=offscreen
summary=()
failed=0
for harness in "${harnesses[@]}"; do
    corpus="$build/corpus/$harness"
    crashes="$build/crashes/$harness"
    log="$build/$harness.log"
    mkdir -p "$corpus" "$crashes"
    echo "==> fuzzing $harness for $seconds s (log: $log)" >&2
    status=0
    nice "$build/tests/fuzz/${harness}_fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
        -rss_limit_mb=2560 -timeout=30 -max_len=1048576 -artifact_prefix="$crashes/" \
        "$corpus" "$here/$harness" >"$log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    coverage=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    found=$(find "$crashes" -type f | wc -l)
    [ "$status" -eq 0 ] && [ "$found" -eq 0 ] || failed=1
    summary+=("$(printf '%-18s %12s %8s/s  %-22s corpus %5s  crashes %s (exit %s)' "$harness" \
        "${executions:-?}" "${speed:-?}" "${coverage:-cov: ?}" "$(ls "$corpus" | wc -l)" "$found" "$status")")
done
printf '\n%-18s %12s %10s  %-22s\n' harness executions speed coverage
printf '%s\n' "${summary[@]}"
exit "$failed"
