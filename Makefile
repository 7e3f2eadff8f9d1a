# vnetbench — build, test, run. Targets that need system packages install the missing ones.
GO      ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT  ?= $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS := -X main.version=$(VERSION) -X main.commit=$(COMMIT)
SCENARIO ?= ospf-480
# The race detector needs cgo (gcc); use it wherever it can run.
RACE    ?= $(shell command -v gcc >/dev/null 2>&1 && echo -race)
ARGS    ?=

.PHONY: all build deps test-deps run test unit bench vet freebsd clean-labs

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/vnetbench ./cmd/vnetbench

deps:
	sh scripts/install-deps.sh run

test-deps:
	sh scripts/install-deps.sh test

# The main job: a real lab on this host (default: the seed's 480 BIRD OSPF nodes).
run: deps build
	./bin/vnetbench run $(SCENARIO) $(ARGS)

# Every test, real namespaces and daemons included (needs root; as non-root those skip).
test: test-deps
	$(GO) vet ./...
	$(GO) test $(RACE) -count=1 -timeout 40m ./...

unit:
	$(GO) test -short -count=1 ./...

# Benchmarks, not tests (root): the seed's serial script (scripts/seed-ospf.sh) against
# vnetbench building the same ospf topology, then a whole ospf run with its phase times,
# memory per node and the harness's own cost. VNB_BENCH_NODES=N changes the size (480).
bench: deps
	$(GO) test -run '^$$' -bench . -benchtime 1x -timeout 60m ./cmd/vnetbench/ | tee bench-ospf.txt

vet:
	$(GO) vet ./...
	GOOS=freebsd GOARCH=amd64 $(GO) vet ./...

freebsd:
	GOOS=freebsd GOARCH=amd64 $(GO) build ./...

clean-labs: build
	./bin/vnetbench clean
