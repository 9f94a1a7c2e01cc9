#!/bin/sh
# The demo behind `make demo`: extract the bundled example pages into normalized articles.
# Usage: Scripts/demo.sh PITH_BINARY OUTPUT_FOLDER
set -eu
pith="$1"
out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
pages="$here/Fixtures/demo/pages"

rm -rf "$out"
mkdir -p "$out/text" "$out/json" "$out/markdown"
echo "== Extracting the articles from $(ls "$pages" | wc -l) bundled pages in $pages"
"$pith" extract --output-dir "$out/text" "$pages"
"$pith" extract --format json --output-dir "$out/json" "$pages"
"$pith" extract --format markdown --output-dir "$out/markdown" "$pages"
echo
echo "== Normalized articles are in $out:"
find "$out" -type f | sort | sed 's/^/   /'
first="$(find "$out/text" -type f | sort | head -n 1)"
echo
echo "== $first (the article only: no menus, banners, sign-up boxes, share bars or comments):"
echo
cat "$first"

# The same pages as a URL list, the way `pith scrape` takes the web: file:// URLs here, so no
# network is needed. Files land under DIR/HOST/PATH (file URLs under _file/) with an index.
list="$out/urls.txt"
{
  echo "# Bundled pages as file:// URLs (a real list holds https:// URLs, one per line)."
  for page in "$pages"/*.html; do echo "file://$page"; done
} > "$list"
echo
echo "== pith scrape $list (the URL list: one file per URL and an index.jsonl)"
"$pith" scrape --format json --output-dir "$out/scrape" "$list"
echo "   index: $out/scrape/index.jsonl"
sed 's/^/   /' "$out/scrape/index.jsonl"
