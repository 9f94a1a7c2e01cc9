#!/bin/sh
# Fetch benchmark (issue 4's speed target): `pith scrape` against `curl --parallel` on the same
# URL list, served by a local nginx on 50 loopback addresses (127.0.0.2 ... 127.0.0.51, one
# "host" each), so the network is not what is measured.
#
# Usage: Scripts/bench-fetch.sh [--pages DIR] [--keep]
#        make bench-fetch [BENCH_PAGES=DIR]
#
#   --pages DIR  serve copies of DIR's *.html/*.htm files, cycled up to PAGES
#                (e.g. ../shared/corpus/trafilatura); without it, PAGES realistic article pages
#                (30-80 KB: head, nav, article, related links, footer, inline scripts) are
#                generated from SEED, the same bytes on every machine.
#   --keep       leave the pages, outputs and logs in BENCH_DIR (the pages are then reused).
#
# Environment (defaults in brackets):
#   PITH       the pith binary [built here with `swift build -c release`]
#   PAGES      URLs in the list [5000]          RUNS      rounds, best wall time kept [3]
#   HOSTS      loopback hosts [50]              PORT      nginx port on each host [8080]
#   PARALLEL   curl --parallel-max [32]         SEED      page generator seed [1]
#   ORDER      interleaved (host 1, 2, ... 50, 1, 2, ...) or grouped (all of host 1 first) [interleaved]
#   BENCH_DIR  scratch folder [/dev/shm/pith-bench-fetch, or /tmp/pith-bench-fetch]
#
# Each round runs, in this order and on the same URL list (one unmeasured curl pass warms nginx):
#   curl          curl --parallel --parallel-max 32 --config FILE -s: every body to out/curl (flat;
#                 also --no-progress-meter, as curl 7.88 shows the parallel meter despite -s)
#   scrape raw    pith scrape --format raw --delay 0: every body as fetched, to out/raw
#   extract       pith extract --format json over curl's files (out/curl to out/extract)
#   scrape json   pith scrape --format json --delay 0: fetch + extract + write, to out/json
#
# How to read the results:
#   - "wall s" is the best (lowest) of RUNS rounds; "pages/s" is PAGES / wall s; "peak RSS MB"
#     is the highest maximum resident set size over the rounds; "CPU s" is user + system time of
#     the best round (/usr/bin/time -v), steadier than wall time on a shared machine and the
#     first place to look when a ratio fails (curl needs well under a CPU second for the lot).
#   - raw / curl <= 1.30: pith's fetch engine moves bytes nearly as fast as curl's own parallel
#     mode (same libcurl, same 32 transfers in flight; pith also fetches robots.txt per host).
#   - json / (curl + extract) <= 1.10: fetching and extraction overlap in `pith scrape`, so a
#     full scrape costs little more than fetching alone or extracting alone, not their sum plus
#     overhead. On 2 cores extraction is CPU-bound, so this ratio mostly shows the overlap.
#   - peak RSS of both pith scrape runs < 200 MB: pages are streamed, not all held in memory.
#   - checks: pith raw wrote as many files as curl, and a sample of 50 raw bodies is
#     byte-identical to curl's. Any FAIL makes the exit status 1; 2 when pith has no scrape.
#   - On a shared or busy machine the times are noisy: raise RUNS, and compare ratios rather
#     than absolute times.
set -eu

usage() { sed -n '2,/^set -eu$/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }

pages_from=""
keep="${KEEP:-0}"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --pages) [ "$#" -ge 2 ] || { usage >&2; exit 64; }; pages_from="$2"; shift 2 ;;
    --pages=*) pages_from="${1#--pages=}"; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-fetch: unknown argument: $1" >&2; usage >&2; exit 64 ;;
  esac
done

PAGES="${PAGES:-5000}"
RUNS="${RUNS:-3}"
HOSTS="${HOSTS:-50}"
PORT="${PORT:-8080}"
PARALLEL="${PARALLEL:-32}"
SEED="${SEED:-1}"
ORDER="${ORDER:-interleaved}"
if [ -z "${BENCH_DIR:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_DIR=/dev/shm/pith-bench-fetch; else BENCH_DIR=/tmp/pith-bench-fetch; fi
fi
case "$ORDER" in interleaved|grouped) ;; *) echo "bench-fetch: ORDER must be interleaved or grouped" >&2; exit 64 ;; esac
[ "$HOSTS" -ge 1 ] && [ "$HOSTS" -le 254 ] || { echo "bench-fetch: HOSTS must be 1...254" >&2; exit 64; }
if [ -n "$pages_from" ] && ! ls "$pages_from"/*.htm* >/dev/null 2>&1; then
  echo "bench-fetch: no .html or .htm files in $pages_from" >&2; exit 64
fi
here="$(cd "$(dirname "$0")/.." && pwd)"
say() { printf '== %s\n' "$*" >&2; }

# --- 1. Tools: nginx (Debian's nginx-light, else nginx), GNU time for -v, curl. -------------------
# As the Makefile's `deps` target: `apt-get update`, then `apt-get install`, with sudo when not root.
nginx_bin="$(command -v nginx 2>/dev/null || true)"
[ -n "$nginx_bin" ] || [ ! -x /usr/sbin/nginx ] || nginx_bin=/usr/sbin/nginx
missing=""
[ -n "$nginx_bin" ] || missing="nginx"
[ -x /usr/bin/time ] || missing="$missing time"
command -v curl >/dev/null 2>&1 || missing="$missing curl"
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  packages=""
  for tool in $missing; do
    if [ "$tool" = nginx ]; then
      # nginx-light is enough (static files only); older or newer releases may only have nginx.
      if apt-cache show nginx-light >/dev/null 2>&1; then tool=nginx-light; fi
    fi
    packages="$packages $tool"
  done
  say "Installing:$packages"
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $packages
  nginx_bin="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"
fi

# --- 2. The pith binary. -------------------------------------------------------------------------
if [ -z "${PITH:-}" ]; then
  say "Building pith (release)"
  (cd "$here" && swift build -c release >&2)
  PITH="$(cd "$here" && swift build -c release --show-bin-path)/pith"
fi
[ -x "$PITH" ] || { echo "bench-fetch: no executable pith at $PITH" >&2; exit 1; }
has_scrape=1
"$PITH" scrape --help >/dev/null 2>&1 || has_scrape=0

# --- 3. Scratch folder; nginx is stopped and outputs removed on exit. ----------------------------
mkdir -p "$BENCH_DIR"
chmod 755 "$BENCH_DIR"  # nginx's workers may run as another user: they must reach site/
site="$BENCH_DIR/site"
out="$BENCH_DIR/out"
conf="$BENCH_DIR/nginx"
logs="$BENCH_DIR/logs"
rm -rf "$out" "$conf" "$logs"
mkdir -p "$out" "$conf" "$logs"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null || true   # TERM to the master: fast shutdown of all workers
    wait "$nginx_pid" 2>/dev/null || true
  fi
  if [ "$keep" = 1 ]; then say "Kept $BENCH_DIR"; else rm -rf "$out" "$conf" "$logs" "$site"; rmdir "$BENCH_DIR" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 4. The pages: site/articles/00000.html ... (reused while the source and count match). ---------
if [ -n "$pages_from" ]; then source_id="copied $(cd "$pages_from" && pwd) pages=$PAGES"
else source_id="generated seed=$SEED pages=$PAGES v1"; fi
if [ "$(cat "$site/.source" 2>/dev/null || true)" != "$source_id" ]; then
  rm -rf "$site"
  mkdir -p "$site/articles"
  if [ -n "$pages_from" ]; then
    say "Copying $PAGES pages from $pages_from (cycled)"
    ls "$pages_from" | grep -i '\.html\{0,1\}$' | grep -v '^\.' | sort > "$site/.sources"
    awk -v n="$PAGES" -v from="$pages_from" -v to="$site/articles" '
      { file[count++] = $0 }
      END { for (k = 0; k < n; k++) printf "%s/%s\t%s/%05d.html\n", from, file[k % count], to, k }
    ' "$site/.sources" | while IFS="$(printf '\t')" read -r src dst; do cp "$src" "$dst"; done
  else
    say "Generating $PAGES article pages (seed $SEED)"
    LC_ALL=C awk -v n="$PAGES" -v seed="$SEED" -v hosts="$HOSTS" -v dir="$site/articles" -f /dev/stdin <<'AWK'
# Deterministic pages: a Park-Miller generator seeded per page (exact in awk's doubles), so the
# bytes depend only on SEED and the page number, whatever awk runs this.
function rnd() { state = (state * 16807) % 2147483647; return state / 2147483647 }
function ri(lo, hi) { return lo + int(rnd() * (hi - lo + 1)) }
function word() { return words[ri(1, nwords)] }
function cap(s) { return toupper(substr(s, 1, 1)) substr(s, 2) }
function name(   s, i, parts) { s = ""; parts = ri(2, 3); for (i = 0; i < parts; i++) s = s syll[ri(1, nsyll)]; return cap(s) }
function dashed(s) { s = tolower(s); gsub(/ /, "-", s); return s }
function person() { return name() " " name() }
function slug(count,   s, i) { s = word(); for (i = 1; i < count; i++) s = s "-" word(); return s }
function title(   s, i, count) { count = ri(5, 11); s = cap(word()); for (i = 1; i < count; i++) s = s " " (rnd() < 0.15 ? name() : word()); return s }
function sentence(   s, i, count, w) {
  count = ri(8, 26); s = ""
  for (i = 0; i < count; i++) {
    w = rnd() < 0.06 ? name() : word()
    if (i == 0) w = cap(w)
    else if (rnd() < 0.08) w = w ","
    if (i > 0 && rnd() < 0.03) w = "<a href=\"/articles/" slug(3) ".html\">" w "</a>"
    else if (i > 0 && rnd() < 0.02) w = "<em>" w "</em>"
    s = s (i ? " " : "") w
  }
  if (rnd() < 0.05) s = s " \342\200\224 " word() " " word() " \303\251t\303\251"   # some UTF-8: em dash, accents
  return s (rnd() < 0.08 ? "?" : ".")
}
function paragraph(   s, i, count) { count = ri(2, 7); s = sentence(); for (i = 1; i < count; i++) s = s " " sentence(); return s }
function emit(s) { printf "%s", s > file; size += length(s) }
function links(count, cls,   i, s) {
  s = "<ul class=\"" cls "\">"
  for (i = 0; i < count; i++) s = s "<li><a href=\"/" slug(ri(1, 2)) "/\">" cap(word()) (rnd() < 0.5 ? " " cap(word()) : "") "</a></li>"
  return s "</ul>\n"
}
BEGIN {
  nwords = split("the of and to in a is that for it as was with be by on not he this are or his from at which but have an had they you were their one all we can her has there been if more when will would who so no time people year new first last long great little own other old right big high different small large next early young important few public bad same able city country state world school family group company market water government system program question work night point home number part place case week report policy health service music science river street morning council plan price energy center village garden station harbor bridge island museum library theatre festival season winter summer autumn spring weather forest valley mountain coast road train flight ticket budget vote election minister mayor court judge law rule study research data model result change growth rate cost value trade industry factory worker farmer student teacher doctor nurse patient hospital clinic restaurant kitchen recipe bread cheese coffee market shop owner customer visitor neighbor friend parent child story book film song artist writer player team match game goal coach club league fan crowd stadium record history future plan idea reason problem answer decision effort support project network software device phone screen battery engine vehicle bicycle traffic safety police fire storm flood heat drought harvest supply demand export import loan bank tax wage job office building house apartment rent land property owner tenant contract agreement deal talks meeting statement interview survey figure percent million dozen several many most some each every nearly almost about around after before during while since until because although however also still already often never always again later soon today yesterday said says told asked added expected announced reported found showed began opened closed moved grew fell rose kept made took gave went came saw knew thought wanted needed tried used called looked seemed became left brought held stood ran paid met sent built bought sold lost won", words, " ")
  nsyll = split("al an ar be ca da del do el en er fa ga ha ia in ka la le li lo ma mar me mi mo na ne no or pa ra re ri ro sa se si so ta te ti to va ve vi wen ya za", syll, " ")
  nsect = split("news politics business science culture sport travel food opinion technology health local world", sect, " ")
  for (k = 0; k < n; k++) {
    state = (seed * 7919 + k * 104729) % 2147483646 + 1
    for (i = 0; i < 3; i++) rnd()
    file = sprintf("%s/%05d.html", dir, k); size = 0
    target = ri(30000, 80000)
    site = cap(name()) " " (rnd() < 0.5 ? "Herald" : "Daily")
    section = sect[ri(1, nsect)]; headline = title(); author = person()
    date = sprintf("2025-%02d-%02dT%02d:%02d:00Z", ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59))
    emit("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    emit("<title>" headline " | " site "</title>\n<meta name=\"description\" content=\"" sentence() "\">\n")
    emit("<meta property=\"og:title\" content=\"" headline "\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"article:published_time\" content=\"" date "\">\n<meta name=\"author\" content=\"" author "\">\n")
    emit("<link rel=\"canonical\" href=\"https://www." tolower(substr(site, 1, index(site, " ") - 1)) ".example/" section "/" slug(4) "\">\n<link rel=\"stylesheet\" href=\"/static/site.css\">\n<style>\n")
    count = ri(30, 90)
    for (i = 0; i < count; i++) emit(sprintf(".%s-%s{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%d.%dpx}\n", word(), word(), ri(0, 40), ri(0, 40), ri(0, 24), ri(0, 16777215), ri(11, 32), ri(0, 9)))
    emit("</style>\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" headline "\",\"datePublished\":\"" date "\",\"author\":{\"@type\":\"Person\",\"name\":\"" author "\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"" site "\"}}</script>\n</head>\n<body class=\"article-page " section "\">\n")
    emit("<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience. <a href=\"/privacy\">Learn more</a></p><button>Accept</button></div>\n")
    emit("<header class=\"site-header\"><a class=\"logo\" href=\"/\">" site "</a>\n<nav class=\"main-nav\">" links(ri(12, 40), "menu") "</nav>\n<form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Search</button></form></header>\n")
    emit("<nav class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/" section "/\">" cap(section) "</a></nav>\n<main>\n<article class=\"story\">\n")
    emit("<h1 class=\"headline\">" headline "</h1>\n<p class=\"dek\">" sentence() "</p>\n<div class=\"byline\">By <a rel=\"author\" href=\"/authors/" dashed(author) "\">" author "</a> &middot; <time datetime=\"" date "\">" substr(date, 1, 10) "</time></div>\n")
    emit("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\n<div class=\"article-body\">\n")
    count = ri(8, 26)
    for (i = 0; i < count; i++) {
      if (i > 2 && rnd() < 0.12) emit("<h2>" title() "</h2>\n")
      if (i == 3) emit("<figure><img src=\"/images/" slug(2) ".jpg\" alt=\"" title() "\" width=\"1200\" height=\"800\"><figcaption>" sentence() " Photo: " person() "</figcaption></figure>\n")
      if (i == 5) emit("<aside class=\"inline-promo\"><a href=\"/newsletter\">Sign up for our newsletter</a></aside>\n")
      if (rnd() < 0.05) emit("<blockquote><p>" sentence() "</p></blockquote>\n")
      emit("<p>" paragraph() "</p>\n")
    }
    emit("</div>\n<ul class=\"tags\"><li>" word() "</li><li>" word() "</li><li>" word() "</li></ul>\n</article>\n")
    emit("<aside class=\"related\"><h2>Related stories</h2>" links(ri(4, 10), "related-list") "</aside>\n")
    emit("<section class=\"comments\"><h2>Comments</h2>")
    count = ri(0, 6)
    for (i = 0; i < count; i++) emit("<div class=\"comment\"><b>" name() "</b><p>" sentence() "</p></div>")
    emit("</section>\n</main>\n<footer class=\"site-footer\">")
    count = ri(3, 5)
    for (i = 0; i < count; i++) emit("<div class=\"col\"><h3>" cap(word()) "</h3>" links(ri(5, 12), "footer-links") "</div>")
    emit("<p>&copy; 2025 " site ". All rights reserved.</p></footer>\n")
    # The rest of the target size: inline application state, as script-heavy pages carry.
    emit("<script>window.__APP_STATE__={\"section\":\"" section "\",\"items\":[")
    closing = "]};</script>\n<script src=\"/static/app.js\" async></script>\n</body>\n</html>\n"
    first = 1
    while (size + length(closing) < target) {
      emit(sprintf("%s{\"id\":%d,\"slug\":\"%s\",\"score\":%.4f,\"tags\":[\"%s\",\"%s\"]}", first ? "" : ",", ri(1, 999999), slug(3), rnd(), word(), word()))
      first = 0
    }
    emit(closing)
    close(file)
  }
}
AWK
  fi
  printf 'User-agent: *\nAllow: /\n' > "$site/robots.txt"
  chmod -R a+rX "$site"
  echo "$source_id" > "$site/.source"
fi
page_count="$(ls "$site/articles" | wc -l)"
page_bytes="$(cat "$site"/articles/* | wc -c)"

# --- 5. nginx: its own configuration in BENCH_DIR/nginx, one server per loopback address. --------
{
  echo "daemon off;"
  echo "worker_processes auto;"
  echo "pid $conf/nginx.pid;"
  echo "error_log $conf/error.log warn;"
  echo "events { worker_connections 4096; }"
  echo "http {"
  echo "  access_log off;"
  echo "  default_type text/html; charset utf-8;"   # Content-Type: text/html; charset=utf-8
  echo "  types { }"
  echo "  sendfile on; tcp_nopush on; tcp_nodelay on;"
  echo "  keepalive_timeout 65s; keepalive_requests 100000;"
  echo "  gzip off;"
  echo "  open_file_cache max=20000 inactive=120s;"
  for dir in client_body proxy fastcgi uwsgi scgi; do echo "  ${dir}_temp_path $conf/$dir;"; done
  host=2
  while [ "$host" -lt $((HOSTS + 2)) ]; do
    echo "  server { listen 127.0.0.$host:$PORT; root $site; location / { try_files \$uri =404; } }"
    host=$((host + 1))
  done
  echo "}"
} > "$conf/nginx.conf"
say "Starting nginx on 127.0.0.2 ... 127.0.0.$((HOSTS + 1)), port $PORT"
"$nginx_bin" -p "$conf" -e "$conf/error.log" -c "$conf/nginx.conf" &
nginx_pid=$!
ready=0
for attempt in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
  if curl -sf -o /dev/null "http://127.0.0.2:$PORT/robots.txt" \
    && curl -sf -o /dev/null "http://127.0.0.$((HOSTS + 1)):$PORT/robots.txt"; then ready=1; break; fi
  kill -0 "$nginx_pid" 2>/dev/null || break
  sleep 0.25
done
if [ "$ready" != 1 ]; then
  echo "bench-fetch: nginx did not start (port $PORT in use?):" >&2
  cat "$conf/error.log" >&2 2>/dev/null || true
  exit 1
fi

# --- 6. The URL list, and curl's configuration writing the same bodies to flat, unique names. -----
# `pith extract` reads a folder's files but not its subfolders, so curl writes all files flat, as
# HOST_PORT_articles_NNNNN.html; `pith scrape` writes HOST_PORT/articles/NNNNN.html.EXT. names.tsv
# pairs the two for the byte-for-byte check.
list="$conf/urls.txt"
curl_config="$conf/curl.config"
names="$conf/names.tsv"
LC_ALL=C awk -v n="$PAGES" -v hosts="$HOSTS" -v port="$PORT" -v order="$ORDER" -v available="$page_count" \
  -v list="$list" -v config="$curl_config" -v names="$names" -v dir="$out/curl" 'BEGIN {
  for (k = 0; k < n; k++) {
    host = order == "grouped" ? 2 + int(k * hosts / n) : 2 + k % hosts
    page = sprintf("%05d", k % available)
    print "http://127.0.0." host ":" port "/articles/" page ".html" > list
    print "url = \"http://127.0.0." host ":" port "/articles/" page ".html\"" > config
    print "output = \"" dir "/127.0.0." host "_" port "_articles_" page ".html\"" > config
    print "127.0.0." host "_" port "_articles_" page ".html\t127.0.0." host "_" port "/articles/" page ".html.html" > names
  }
}'
if [ "$PAGES" -gt "$page_count" ]; then echo "bench-fetch: only $page_count pages in $site" >&2; exit 1; fi

# --- 7. Measurements. ---------------------------------------------------------------------------
results="$logs/results"   # lines: STEP ROUND WALL_S RSS_KB EXIT_STATUS CPU_S
: > "$results"
# measure STEP ROUND OUTPUT_DIR COMMAND...: runs COMMAND into a fresh OUTPUT_DIR under /usr/bin/time -v.
measure() {
  step="$1"; round="$2"; folder="$3"; shift 3
  rm -rf "$folder"
  mkdir -p "$folder"
  status=0
  start="$(date +%s.%N)"
  /usr/bin/time -v -o "$logs/$step.$round.time" "$@" > "$logs/$step.$round.log" 2>&1 || status=$?
  end="$(date +%s.%N)"
  rss="$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$logs/$step.$round.time")"
  cpu="$(awk -F': *' '/User time|System time/ { cpu += $2 } END { printf "%.2f", cpu }' "$logs/$step.$round.time")"
  wall="$(awk "BEGIN { printf \"%.3f\", $end - $start }")"
  echo "$step $round $wall ${rss:-0} $status $cpu" >> "$results"
  printf '   %-12s round %d: %8.3f s wall, %6.2f s CPU, %7.1f MB peak RSS%s\n' "$step" "$round" "$wall" "$cpu" \
    "$(awk "BEGIN { print ${rss:-0} / 1024 }")" "$([ "$status" = 0 ] || echo ", exit status $status")" >&2
}

say "Warm-up: one unmeasured curl pass"
rm -rf "$out/curl"
curl --parallel --parallel-max "$PARALLEL" --create-dirs -s --no-progress-meter --fail --config "$curl_config" || true
fetched="$(ls "$out/curl" 2>/dev/null | wc -l)"
[ "$fetched" -eq "$PAGES" ] || { echo "bench-fetch: curl fetched $fetched of $PAGES pages" >&2; exit 1; }

say "$PAGES URLs ($ORDER over $HOSTS hosts), $page_count pages of $(awk "BEGIN { printf \"%.1f\", $page_bytes / 1e6 }") MB; $RUNS rounds"
round=1
while [ "$round" -le "$RUNS" ]; do
  measure curl "$round" "$out/curl" curl --parallel --parallel-max "$PARALLEL" --create-dirs -s --no-progress-meter --fail --config "$curl_config"
  if [ "$has_scrape" = 1 ]; then
    measure raw "$round" "$out/raw" "$PITH" scrape --format raw --delay 0 --output-dir "$out/raw" "$list"
  fi
  measure extract "$round" "$out/extract" "$PITH" extract --format json --output-dir "$out/extract" "$out/curl"
  if [ "$has_scrape" = 1 ]; then
    measure json "$round" "$out/json" "$PITH" scrape --format json --delay 0 --output-dir "$out/json" "$list"
  fi
  round=$((round + 1))
done

# --- 8. Results. --------------------------------------------------------------------------------
best() { awk -v step="$1" '$1 == step && (best == "" || $3 < best) { best = $3 } END { print best }' "$results"; }
cpu_of_best() { awk -v step="$1" '$1 == step && (best == "" || $3 < best) { best = $3; cpu = $6 } END { print cpu }' "$results"; }
peak() { awk -v step="$1" '$1 == step && $4 > peak { peak = $4 } END { printf "%.1f", peak / 1024 }' "$results"; }
failed_runs() { awk -v step="$1" '$1 == step && $5 != 0 { n++ } END { print n + 0 }' "$results"; }
files() { find "$1" -type f ! -name index.jsonl 2>/dev/null | wc -l; }  # pith scrape adds DIR/index.jsonl
verdict=0
row() {  # row LABEL WALL RSS_MB CPU_S
  if [ -z "$2" ]; then printf '%-32s %9s %10s %12s %8s\n' "$1" "n/a" "n/a" "n/a" "n/a"
  else printf '%-32s %9.3f %10.1f %12s %8s\n' "$1" "$2" "$(awk "BEGIN { print $PAGES / $2 }")" "$3" "$4"; fi
}
check() {  # check LABEL VALUE LIMIT_TEXT OK(0/1)
  if [ "$4" = 1 ]; then mark=PASS; else mark=FAIL; verdict=1; fi
  printf '%-32s %9s %-16s %s\n' "$1" "$2" "$3" "$mark"
}
curl_s="$(best curl)"; extract_s="$(best extract)"
sum_s="$(awk "BEGIN { printf \"%.3f\", $curl_s + $extract_s }")"
raw_s=""; json_s=""
if [ "$has_scrape" = 1 ]; then raw_s="$(best raw)"; json_s="$(best json)"; fi

if [ -n "$pages_from" ]; then source_text="copies of the $(wc -l < "$site/.sources" 2>/dev/null || echo "?") pages in $pages_from"; else source_text="generated, seed $SEED"; fi
echo
echo "Pith fetch benchmark: $PAGES URLs over $HOSTS loopback hosts ($ORDER), $page_count pages ($source_text),"
echo "$(awk "BEGIN { printf \"%.1f\", $page_bytes / 1e6 }") MB served by nginx; curl --parallel-max $PARALLEL; best wall time of $RUNS rounds; $(nproc) cores"
echo "pith: $PITH"
echo
printf '%-32s %9s %10s %12s %8s\n' "step" "wall s" "pages/s" "peak RSS MB" "CPU s"
row "curl --parallel" "$curl_s" "$(peak curl)" "$(cpu_of_best curl)"
row "pith scrape --format raw" "$raw_s" "$(peak raw)" "$(cpu_of_best raw)"
row "pith extract (curl's files)" "$extract_s" "$(peak extract)" "$(cpu_of_best extract)"
row "curl + pith extract" "$sum_s" "-" "-"
row "pith scrape --format json" "$json_s" "$(peak json)" "$(cpu_of_best json)"
echo
for step in curl raw extract json; do
  bad="$(failed_runs "$step")"
  [ "$bad" = 0 ] || echo "note: $step exited non-zero in $bad of $RUNS rounds (its output: $logs/$step.ROUND.log, kept with --keep)"
done
if [ "$has_scrape" = 1 ]; then
  ratio_raw="$(awk "BEGIN { printf \"%.3f\", $raw_s / $curl_s }")"
  ratio_json="$(awk "BEGIN { printf \"%.3f\", $json_s / $sum_s }")"
  check "scrape raw / curl" "$ratio_raw" "<= 1.30" "$(awk "BEGIN { print ($ratio_raw <= 1.3) }")"
  check "scrape json / (curl + extract)" "$ratio_json" "<= 1.10" "$(awk "BEGIN { print ($ratio_json <= 1.1) }")"
  rss_max="$(awk "BEGIN { a = $(peak raw); b = $(peak json); print (a > b ? a : b) }")"
  check "peak RSS of pith scrape (MB)" "$rss_max" "< 200" "$(awk "BEGIN { print ($rss_max < 200) }")"
  curl_files="$(files "$out/curl")"; raw_files="$(files "$out/raw")"
  check "files: pith raw == curl" "$raw_files" "== $curl_files" "$([ "$raw_files" -eq "$curl_files" ] && echo 1 || echo 0)"
  # 50 bodies spread over the list, each compared byte for byte with curl's file of the same name.
  same=0; sampled=0
  step_size=$((PAGES / 50)); [ "$step_size" -ge 1 ] || step_size=1
  awk -v s="$step_size" 'NR % s == 1 || s == 1' "$names" | head -n 50 > "$logs/sample.tsv"
  while IFS="$(printf '\t')" read -r curl_file raw_file; do
    sampled=$((sampled + 1))
    if cmp -s "$out/raw/$raw_file" "$out/curl/$curl_file"; then same=$((same + 1))
    else echo "differs or missing: $out/raw/$raw_file (curl: $out/curl/$curl_file)" >&2; fi
  done < "$logs/sample.tsv"
  check "sample raw bodies == curl's" "$same" "of $sampled" "$([ "$same" -eq "$sampled" ] && echo 1 || echo 0)"
  echo "(json scrape wrote $(files "$out/json") files; pith extract wrote $(files "$out/extract"))"
else
  echo "pith at $PITH has no scrape command: only curl and pith extract were measured."
  verdict=2
fi
exit "$verdict"
