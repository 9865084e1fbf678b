# storyline — see README.md
SWIFT ?= swift
# apt-get needs root; use sudo when not root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Corpora live beside the repository (never copied into it).
SHARED ?= ../shared/data
BIN := .build/release/storyline
# Each example is Examples/<name>/<name>.md (other files there, such as ATTRIBUTION.md, are not articles).
EXAMPLES := $(foreach d,$(sort $(wildcard Examples/*/)),$(d)$(notdir $(patsubst %/,%,$(d))).md)

.PHONY: deps test-deps build static run output test bench eval

# Graphviz C library (libgvc) for in-process rendering.
deps:
	@pkg-config --exists libgvc 2>/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y libgraphviz-dev pkg-config; }

# What the tests use besides Swift: xmllint (SVG/TimeML checks) and Chromium (report.html check).
test-deps: deps
	@command -v xmllint >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y libxml2-utils; }
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

build: deps
	$(SWIFT) build -c release --product storyline

# One binary with the Swift runtime linked in, for machines without Swift (clusters):
# copy .build/static/release/storyline there; it needs only the Graphviz runtime (apt-get install libgvc6).
static: deps
	$(SWIFT) build -c release --static-swift-stdlib --product storyline --scratch-path .build/static
	@echo "one-file binary: .build/static/release/storyline"

# Build in release and write Output/<example>/ for the bundled examples.
run: build output

output: build
	$(BIN) extract $(EXAMPLES) --output-dir Output

test: test-deps
	$(SWIFT) test

# Throughput and peak memory of the pipeline and of each stage (release build).
bench: deps
	$(SWIFT) build -c release --product storyline-bench
	.build/release/storyline-bench $(EXAMPLES)

# Scores against the corpora in ../shared/data; any failing command fails the target.
eval: build
	$(BIN) eval timex --gold $(SHARED)/tempeval3/timebank
	$(BIN) eval timex --gold $(SHARED)/tempeval3/aquaint
	$(BIN) eval timex --gold $(SHARED)/tempeval3
	$(BIN) eval timex --gold $(SHARED)/tempeval3 --no-dct
	$(BIN) eval timex --gold $(SHARED)/meantime_semeval2015_apple_dev/meantime_en/intra-doc_annotation/corpus_apple
	$(BIN) eval entities --gold $(SHARED)/meantime_semeval2015_apple_dev/meantime_en/intra-doc_annotation/corpus_apple
	$(BIN) eval timeline --gold $(SHARED)/meantime_semeval2015_apple_dev/semeval2015_task4_trial
	$(BIN) eval merge --gold $(SHARED)/meantime_semeval2015_apple_dev/meantime_en/intra_cross-doc_annotation/corpus_apple
	$(BIN) eval merge --gold $(SHARED)/esc_v1.5_dev/ecbplus_xml

# Fuzzing targets (make fuzz, make fuzz-replay).
include fuzz.mk
