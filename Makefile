# Pith: the two commands a new user runs are `make demo` and `make test`.
# Both first install what is missing from the one canonical package list below.

SWIFT ?= swift
PREFIX ?= /usr/local
# The system libraries Pith builds against (Debian/Ubuntu package names).
APT_PACKAGES := pkg-config libxml2-dev libcurl4-openssl-dev libsqlite3-dev zlib1g-dev
DEMO_OUT ?= out/demo

.PHONY: all deps build release test demo install bench bench-fetch clean

all: build

# Installs the missing packages: `apt-get update`, then `apt-get install`, with sudo when not root.
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update && $$sudo apt-get install -y $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The whole suite; debug build (no release build here, to keep CI short).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Pith's main job on bundled pages, no network needed.
demo: build
	@sh Scripts/demo.sh "$$($(SWIFT) build --show-bin-path)/pith" "$(DEMO_OUT)"
	@sh Scripts/demo-history.sh "$$($(SWIFT) build --show-bin-path)/pith" "$(DEMO_OUT)/history"

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/pith" "$(DESTDIR)$(PREFIX)/bin/pith"

# Extraction speed and quality on a folder of pages (default: the shared corpus, when present).
bench: release
	@sh Scripts/bench-extract.sh "$$($(SWIFT) build -c release --show-bin-path)/pith"

# Fetch speed (issue 4): `pith scrape` against `curl --parallel` on 5,000 URLs served by a local
# nginx on 50 loopback hosts; prints the table and PASS/FAIL. BENCH_PAGES=DIR serves copies of
# DIR's pages (e.g. ../shared/corpus/trafilatura) instead of generated ones; PAGES, RUNS as the script.
bench-fetch: release
	@PITH="$$($(SWIFT) build -c release --show-bin-path)/pith" sh Scripts/bench-fetch.sh $(if $(BENCH_PAGES),--pages "$(BENCH_PAGES)")

clean:
	rm -rf .build out
