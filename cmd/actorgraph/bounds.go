package main

import (
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
