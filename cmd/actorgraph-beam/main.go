// Command actorgraph-beam runs actorgraph's extraction and graph merge on
// Apache Beam, so that an archive too large for one machine can be built on
// Google Cloud Dataflow, Apache Flink or Apache Spark (or locally with the
// Prism runner). It writes an engine-neutral record table that
// `actorgraph import --format table` turns into the usual graph file.
//
// Example:
//
//	actorgraph-beam --input 'archive/*.jsonl' --output table
//	actorgraph import --format table table/*.jsonl -o graph.json
//
// The flags are those of the standard flag package because Beam's own
// flags (--runner, --endpoint, --project, ...) live there and travel with
// the job to the workers.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes, as in the actorgraph command.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitPartial = 3 // some inputs were skipped
)

// run parses the flags, builds the pipeline and runs it on the runner named
// by --runner.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	cfg := defineFlags(flag.CommandLine)
	if err := flag.CommandLine.Parse(args); err != nil {
		return exitUsage
	}
	// On a worker, Init runs the Beam harness and never returns; the
	// pipeline's own flags are checked after it.
	beam.Init()
	if err := cfg.check(); err != nil {
		fmt.Fprintf(stderr, "actorgraph-beam: %v\n", err)
		return exitUsage
	}
	sum, err := Run(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "actorgraph-beam: %v\n", err)
		return exitFailure
	}
	sum.print(stderr, cfg)
	if sum.Counters["inputs_skipped"] > 0 {
		return exitPartial
	}
	return exitOK
}
