# storyline — see README.md
SWIFT ?= swift

.PHONY: deps build run test
deps:
	@pkg-config --exists libgvc 2>/dev/null || { apt-get update && apt-get install -y libgraphviz-dev pkg-config; }

build: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) test
