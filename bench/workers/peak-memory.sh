#!/bin/sh
# Peak memory of voxnote and its engine workers on a one-hour transcription.
# Joins the shared recordings (ten times over, 16 kHz mono) into an hour
# with sox, transcribes it with `voxnote transcribe --no-save` (the recogniser
# runs in a worker), samples the resident memory of voxnote and every process
# it started every 0.2 s, and prints the peak of their sum.
#
#   bench/workers/peak-memory.sh BUILD_DIR      (e.g. build/release)
set -eu
build=${1:?usage: peak-memory.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/testdata"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

parts=""
i=0
for round in 1 2 3 4 5 6 7 8 9 10; do
    for wav in "$data"/diarization/*.wav; do
        i=$((i + 1))
        sox "$wav" -r 16000 -c 1 -b 16 "$scratch/part$i.wav"
        parts="$parts $scratch/part$i.wav"
    done
done
# shellcheck disable=SC2086
sox $parts "$scratch/hour.wav"
rm -f $parts
echo "input: $(soxi -D "$scratch/hour.wav") s of audio, $(du -m "$scratch/hour.wav" | cut -f1) MB"

rss_of_tree() { # pid -> sum of VmRSS (kB) of it and its descendants
    total=0
    for pid in $1 $(pgrep -P "$1" 2>/dev/null); do
        kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        total=$((total + ${kb:-0}))
    done
    echo $total
}

start=$(date +%s)
"$build/bin/voxnote" --data-dir "$scratch/data" transcribe --no-save "$scratch/hour.wav" -o "$scratch/hour.txt" &
app=$!
peak=0
while kill -0 $app 2>/dev/null; do
    now=$(rss_of_tree $app)
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.2
done
wait $app
echo "wall time: $(( $(date +%s) - start )) s; words: $(wc -w < "$scratch/hour.txt")"
echo "peak resident memory of voxnote + workers: $((peak / 1024)) MB"
