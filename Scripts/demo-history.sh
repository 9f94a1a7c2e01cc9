#!/bin/sh
# The history part of `make demo`: a cron-style cycle on bundled pages, no network.
#   1. a first run stores both pages and reports them as new;
#   2. one page gets a real edit (and, like the other page, new banners and counters);
#   3. a second run reports exactly that edit as a word diff, and nothing for the other page.
# Usage: Scripts/demo-history.sh PITH_BINARY WORK_FOLDER
set -eu
pith="$1"
work="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
pages="$here/Fixtures/demo/history"

rm -rf "$work"
mkdir -p "$work/site"
cp "$pages/town-hall.v1.html" "$work/site/town-hall.html"
cp "$pages/ferry.v1.html" "$work/site/ferry.html"
site="$(cd "$work/site" && pwd)"
cat > "$work/jobs.yaml" <<JOBS
# The demo's jobs: two local pages.
jobs:
  - name: town-hall
    url: file://$site/town-hall.html
  - name: ferry
    url: file://$site/ferry.html
JOBS
run() { "$pith" "$@" --config "$work/jobs.yaml" --store "$work/pith.sqlite"; }

echo "== First run: pith run (both pages are new)"
run run
echo
echo "== The town hall page gets a real edit; both pages get new banners, counters and 'updated N minutes ago'"
cp "$pages/town-hall.v2.html" "$work/site/town-hall.html"
cp "$pages/ferry.v2.html" "$work/site/ferry.html"
echo
echo "== Second run: pith run (only the edit is reported; the ferry page's churn is not)"
run run
echo
echo "== A third run with nothing changed prints nothing:"
run run
echo "   (nothing)"
echo
echo "== pith history town-hall"
run history town-hall
echo
echo "== pith diff town-hall (unified)"
run diff town-hall --color never
echo
echo "Jobs file: $work/jobs.yaml   Store: $work/pith.sqlite"
echo "Try: $pith diff town-hall --format json --config $work/jobs.yaml --store $work/pith.sqlite"
