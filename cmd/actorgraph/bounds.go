package main

import (
	"math"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/query/ingest"
)

// Bounds of user-controlled sizes. Every number a user gives has a range
// checked here (a usage error outside it) or a cost that grows gently
// with it; the limits are in the flags' help texts.

// workers reads --workers: 0 (one per core) to ingest.MaxWorkers.
func workers(c *cli.Context) (int, error) {
	n := c.Int(workersFlag.Name)
	if n < 0 || n > ingest.MaxWorkers {
		return 0, usagef("--workers must be between 0 (one per core) and %d", ingest.MaxWorkers)
	}
	return n, nil
}

// intRange is the accepted range of an integer flag and how help and
// errors say it.
type intRange struct {
	min, max int
	what     string
}

// intBounds are the ranges of the integer flags, by name, for every
// command that has the flag. Sizes without an upper bound here cost time or
// memory in proportion to the graph, not to the number given (--top, --depth
// and --samples stop at the number of actors).
var intBounds = map[string]intRange{
	"top":          {0, math.MaxInt, "0 (all) or a number of rows"},
	"depth":        {1, math.MaxInt, "at least 1"},
	"samples":      {0, math.MaxInt, "0 (automatic) or a number of sources"},
	"k":            {1, 100, "between 1 and 100"},
	"max-hops":     {0, math.MaxInt, "0 (any) or a number of hops"},
	"evidence":     {-1, math.MaxInt, "-1 (all) or a number of sentences"},
	"min-weight":   {0, math.MaxInt, "0 or a weight"},
	"max-evidence": {-1, math.MaxInt, "-1 (all) or a number of sentences"},
	"max-refs":     {0, math.MaxInt, "0 (all) or a number of references"},
	"memory-limit": {0, math.MaxInt, "0 (none) or a number of MiB"},
	"workers":      {0, ingest.MaxWorkers, "between 0 (one per core) and 256"},
}

// maxResolution bounds --resolution: far above it every actor is a
// community of its own.
const maxResolution = 1e4

// checkBounds checks the numeric flags of the command c runs against
// intBounds and the resolution's range; it runs before every command.
func checkBounds(c *cli.Context) error {
	if c.Command == nil {
		return nil
	}
	for _, f := range c.Command.Flags {
		name := f.Names()[0]
		switch f.(type) {
		case *cli.IntFlag:
			b, ok := intBounds[name]
			if v := c.Int(name); ok && (v < b.min || v > b.max) {
				return usagef("%s: --%s must be %s (got %d)", c.Command.Name, name, b.what, v)
			}
		case *cli.Float64Flag:
			if v := c.Float64(name); name == "resolution" && !(v > 0 && v <= maxResolution) {
				return usagef("%s: --resolution must be above 0 and at most %g (got %g)", c.Command.Name, maxResolution, v)
			}
		}
	}
	return nil
}
