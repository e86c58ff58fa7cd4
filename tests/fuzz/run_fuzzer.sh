#!/bin/sh
# Runs one libFuzzer target for CTest: run_fuzzer.sh WORK_DIR FUZZER [OPTIONS] SEED_FOLDER...
# Each run starts from the seeds alone, with WORK_DIR/corpus emptied for what it finds. Runs with
# the same -seed still part ways after a while, so a failure must carry its own evidence: the
# progress lines (NEW, REDUCE, pulse) go to WORK_DIR/last-run.log only, so that CTest shows the
# sanitizer's report instead of cutting it off behind thousands of them, and the input that broke
# the target is kept in WORK_DIR and printed as base64.
work=$1
fuzzer=$2
shift 2
rm -rf "$work"
mkdir -p "$work/corpus"
log="$work/last-run.log"
"$fuzzer" "$work/corpus" -artifact_prefix="$work/" "$@" >"$log" 2>&1
status=$?
grep -Ev '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)[[:space:]]' "$log"
if [ "$status" -ne 0 ]; then
    echo "The fuzzer exited with $status; its whole output: $log"
    for input in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* \
        "$work"/slow-unit-*; do
        [ -f "$input" ] || continue
        echo "Input kept in $input ($(wc -c <"$input") bytes), as base64:"
        base64 "$input"
    done
fi
exit "$status"
