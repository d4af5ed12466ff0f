# crashd — build, test and release targets. Go only; CGO is off everywhere.
export CGO_ENABLED := 0
GO       ?= go
BIN      := bin
PKGS     := ./...
FUZZTIME ?= 2m
TOOLS    := $(CURDIR)/bin/tools
STATICCHECK_VERSION := v0.8.2

.PHONY: all build test demo bench fuzz fuzz-smoke cross lint package test-windows chaos clean

all: build

build:
	$(GO) build -trimpath -o $(BIN)/ ./cmd/crashd ./cmd/crashrecv

# The README's test command: unit, fuzz-seed, property and end-to-end tests
# (the e2e tests build and run the real binaries on loopback).
test:
	$(GO) test -count=1 -timeout 9m $(PKGS)

demo: build
	bash scripts/demo.sh

# Go benchmarks (ratios against peers on the same input) plus whole-binary figures.
bench: build
	bash scripts/bench.sh

# Every fuzz target for FUZZTIME each (default 2m); `make fuzz FUZZTIME=5s` is the CI smoke.
fuzz:
	bash scripts/fuzz.sh $(FUZZTIME)

fuzz-smoke:
	bash scripts/fuzz.sh 1000x

cross:
	@set -e; for os in linux darwin windows; do for arch in amd64 arm64; do \
		echo "build $$os/$$arch"; \
		GOOS=$$os GOARCH=$$arch $(GO) build -o /dev/null ./... ; \
		GOOS=$$os GOARCH=$$arch $(GO) vet ./... ; \
	done; done

$(TOOLS)/staticcheck:
	GOBIN=$(TOOLS) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

lint: $(TOOLS)/staticcheck
	$(GO) vet ./...
	$(TOOLS)/staticcheck ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }

# .deb and .rpm with nfpm (a build tool in its own module, never linked into crashd).
package: build
	bash scripts/package.sh

# The Windows build's tests, run under Wine (see README "Platforms").
test-windows:
	bash scripts/test-windows.sh

# The long reliability suite (kill -9, faults, hostile folders); prints a table.
chaos: build
	CRASHD_CHAOS=1 $(GO) test -count=1 -timeout 30m -run 'Chaos' -v ./e2e/... 2>&1 | tee $(BIN)/chaos.log | grep -E '^(\||---|PASS|FAIL|ok)'

clean:
	rm -rf $(BIN) dist
