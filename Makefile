# ActorMap — two commands: `make demo` and `make test`. Each installs what it needs first.

SWIFT      ?= swift
MODEL      ?= models/maro-district.yaml
RELEASE    := .build/release/actormap
APT_PKGS   := libgraphviz-dev pkg-config fonts-dejavu-core

.PHONY: all deps build demo test bench clean

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

build: deps
	$(SWIFT) build -c release --product actormap

# The main job on the flagship example: validate it, then draw it as SVG, PNG and PDF under output/.
demo: build
	@$(RELEASE) validate $(MODEL)
	@$(RELEASE) render $(MODEL) --format svg
	@$(RELEASE) render $(MODEL) --format png --dpi 300
	@$(RELEASE) render $(MODEL) --format pdf
	@$(RELEASE) render $(MODEL) --layout neato --relations trust,competition -o output/maro-district-conflict.svg

test: deps
	$(SWIFT) test

clean:
	rm -rf .build output/*.svg output/*.png output/*.pdf output/*.dot
