package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// The pipeline's counters. Beam metric handles are immutable names that
// every worker reports under; they are declared once, as Beam expects.
var (
	counterRead    = beam.NewCounter(metricNamespace, "documents_read")
	counterBytes   = beam.NewCounter(metricNamespace, "bytes_read")
	counterSkipped = beam.NewCounter(metricNamespace, "inputs_skipped")
	counterFolded  = beam.NewCounter(metricNamespace, "duplicates_folded")
	counterUsed    = beam.NewCounter(metricNamespace, "documents_used")
	counterNoText  = beam.NewCounter(metricNamespace, "documents_without_text")
	counterRecords = beam.NewCounter(metricNamespace, "records_written")
	counterShards  = beam.NewCounter(metricNamespace, "shards_written")
)

const metricNamespace = "actorgraph"

// Summary is the run summary: the pipeline's counters by name, as the
// runner reported them (runners that report no metrics leave it empty).
type Summary struct {
	Counters map[string]int64
	Seconds  float64
}

func (s Summary) print(w io.Writer, cfg *Config) {
	names := make([]string, 0, len(s.Counters))
	for n := range s.Counters {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Fprintf(w, "runner returned after %.1fs\n", s.Seconds)
	if len(names) == 0 {
		fmt.Fprintln(w, "  (no counters reported: an asynchronous or dry run, or see the runner's console)")
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-24s %d\n", n, s.Counters[n])
	}
	if strings.Contains(cfg.Output, "://") {
		fmt.Fprintf(w, "copy %s/*.jsonl to this machine, then:\n", cfg.Output)
	}
	fmt.Fprintf(w, "next: actorgraph import --format table %s/*.jsonl -o graph.json\n", cfg.Output)
}
