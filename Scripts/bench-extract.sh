#!/bin/sh
# Extraction benchmark: the whole `pith extract --jobs 1 --output-dir` process over a folder of
# pages, pinned to one core, as pages/s and MB/s; then the same with all cores. When the shared
# corpora are beside the project, it also scores the output with ../shared/eval and, with
# PEERS=1, times resiliparse (and other peers) on the same machine in the same run.
#
# Usage: Scripts/bench-extract.sh PITH_BINARY [FOLDER...]
set -eu
pith="$1"; shift
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared"
if [ "$#" -eq 0 ]; then
  if [ -d "$shared/corpus" ]; then set -- "$shared/corpus/trafilatura" "$shared/corpus/readability"
  else echo "usage: $0 PITH_BINARY FOLDER..." >&2; exit 64; fi
fi
# Output goes to memory (tmpfs) when the machine has it: creating thousands of files on a disk
# file system measures the file system, not the extractor. BENCH_TMP overrides.
if [ -z "${BENCH_TMP:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_TMP=/dev/shm; fi
work="$(mktemp -d "${BENCH_TMP:-/tmp}/pith-bench-extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT
core="$(($(nproc) - 1))"

for folder in "$@"; do
  name="$(basename "$folder")"
  pages="$(ls "$folder"/*.html "$folder"/*.htm 2>/dev/null | wc -l)"
  bytes="$(cat "$folder"/*.htm* | wc -c)"
  best=""
  for round in 1 2 3; do
    rm -rf "$work/$name"
    start="$(date +%s.%N)"
    taskset -c "$core" "$pith" extract --jobs 1 --output-dir "$work/$name" "$folder" 2>/dev/null || true
    end="$(date +%s.%N)"
    seconds="$(awk "BEGIN { print $end - $start }")"
    if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best="$seconds"; fi
  done
  printf '%-14s one core: %5d pages in %6.2f s = %7.1f pages/s, %6.2f MB/s (best of 3)\n' \
    "$name" "$pages" "$best" "$(awk "BEGIN { print $pages / $best }")" "$(awk "BEGIN { print $bytes / $best / 1000000 }")"
  rm -rf "$work/$name-all"
  start="$(date +%s.%N)"
  "$pith" extract --output-dir "$work/$name-all" "$folder" 2>/dev/null || true
  end="$(date +%s.%N)"
  seconds="$(awk "BEGIN { print $end - $start }")"
  printf '%-14s %d cores: %5d pages in %6.2f s = %7.1f pages/s\n' "$name" "$(nproc)" "$pages" "$seconds" "$(awk "BEGIN { print $pages / $seconds }")"
  if [ -f "$shared/eval/score.py" ] && [ -f "$folder/$(ls "$folder" | grep '\.json$' | head -n 1)" ]; then
    python3 "$shared/eval/score.py" "$folder" "$work/$name" | tail -n 1
  fi
  if [ "${PEERS:-0}" = 1 ] && [ -f "$shared/eval/run_peers.py" ]; then
    taskset -c "$core" python3 "$shared/eval/run_peers.py" --dataset "$folder" --out "$work/peers-$name" \
      --peers "${PEER_LIST:-resiliparse}" 2>/dev/null | tail -n 3
  fi
done
