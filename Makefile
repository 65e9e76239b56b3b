# ActorMap — two commands: `make demo` and `make test`. Each installs what it needs first.

SWIFT      ?= swift
MODEL      ?= models/maro-district.yaml
RELEASE    := .build/release/actormap
APT_PKGS   := libgraphviz-dev libgvc6-plugins-gtk zlib1g-dev pkg-config fonts-dejavu-core
# The browser test of report.html: headless Chromium and its driver (Debian), selenium (PyPI).
BROWSER_PKGS := chromium chromium-driver
DEBUG      := .build/debug/actormap

.PHONY: all deps browser-deps build demo test browser-test lint format golden bench fuzz clean

all: build

# Graphviz (libgvc/libcgraph headers and plugins) and a font with Arabic and accented Latin.
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing$$missing (apt-get) ..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "ActorMap needs these Debian packages:$$missing"; \
	    echo "Install them, then run make again:"; \
	    echo "    sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
	@# networkx, for the tests that load the GraphML, GEXF and node-link exports in networkx (skipped without it).
	@python3 -c 'import networkx' 2>/dev/null || python3 -m pip install --quiet networkx || echo "warning: networkx not installed; its tests will be skipped"

# What the browser test needs, installed when missing (as root, else the commands to run); never skipped.
browser-deps:
	@missing=""; for p in $(BROWSER_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing$$missing (apt-get) ..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "The browser test needs these Debian packages:$$missing"; \
	    echo "    sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
	@python3 -c "import selenium" 2>/dev/null || { echo "Installing selenium (pip) ..."; \
	  python3 -m pip install -q selenium || python3 -m pip install -q --break-system-packages selenium; }

build: deps
	$(SWIFT) build -c release --product actormap

# Benchmarks (not part of `make test`): the graph core against igraph and NetworKit, same graphs, same run.
bench: deps
	$(SWIFT) build -c release --product actormap-bench
	python3 scripts/bench/compare.py --quick --markdown

# The main job on the flagship example: validate it, draw it (SVG, 300-dpi PNG, PDF, a force-directed
# view of trust and rivalry), compute its network measures, screen its engagement plan and write the report
# folder (output/maro-district/report.html and the rest), all under output/.
demo: build
	@$(RELEASE) validate $(MODEL)
	@$(RELEASE) render $(MODEL) --format svg
	@$(RELEASE) render $(MODEL) --format png --dpi 300
	@$(RELEASE) render $(MODEL) --format pdf
	@$(RELEASE) render $(MODEL) --layout neato --relations trust,competition -o output/maro-district-conflict.svg
	@$(RELEASE) analyze $(MODEL) --format csv > output/.measures.tmp && mv output/.measures.tmp output/maro-district-measures.csv && echo "wrote output/maro-district-measures.csv"
	@$(RELEASE) analyze $(MODEL) --format json > output/.measures.tmp && mv output/.measures.tmp output/maro-district-measures.json && echo "wrote output/maro-district-measures.json"
	@$(RELEASE) screen $(MODEL) --samples 1000 --format json > output/.screen.tmp && mv output/.screen.tmp output/maro-district-screen.json && echo "wrote output/maro-district-screen.json"
	@$(RELEASE) report $(MODEL)
	@$(RELEASE) screen $(MODEL) --samples 1000 > output/.screen.tmp && mv output/.screen.tmp output/maro-district-screen.txt && echo "wrote output/maro-district-screen.txt"
	@echo
	@head -n 24 output/maro-district-screen.txt

# The Swift tests, then report.html in headless Chromium (its screenshot: docs/images/report.png).
test: deps browser-deps
	$(SWIFT) test
	$(MAKE) browser-test

browser-test: deps browser-deps
	$(SWIFT) build --product actormap
	python3 scripts/browser/check_report.py --actormap $(DEBUG)

# Fuzzing (not part of `make test`): builds Fuzz/ with libFuzzer and AddressSanitizer in .build-fuzz and runs
# each target for FUZZ_SECONDS (default 600) in turn; prints executions, coverage and crashes per target.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
fuzz: deps
	scripts/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Formatting (.swift-format: 4 spaces, 120 columns). `make lint` fails on any difference; `make format` fixes them.
# swift-format cannot break a long string literal or comment, so line_length.py then checks every line
# (at most 120 characters, counted as characters, not bytes).
LINT_PATHS := Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(LINT_PATHS)
	python3 scripts/lint/line_length.py $(LINT_PATHS)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(LINT_PATHS)

# Regenerates the golden outputs after a deliberate change of output (read the diff before committing).
golden:
	ACTORMAP_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenOutputTests

clean:
	rm -rf .build output/*.svg output/*.png output/*.pdf output/*.dot
