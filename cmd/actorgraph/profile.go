package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/urfave/cli/v2"
)

// startProfile starts a CPU profile when the hidden global --cpuprofile flag
// is given (`actorgraph --cpuprofile cpu.out build ...`); stopProfile ends
// it. Used to find where a whole-process run spends its time.
func startProfile(c *cli.Context) error {
	path := c.String("cpuprofile")
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("cpu profile %s: %w", path, err)
	}
	c.App.Metadata = map[string]any{"cpuprofile": f}
	return nil
}

// stopProfile stops the profile started by startProfile, if any, and
// writes the heap profile asked for with the hidden --memprofile flag.
func stopProfile(c *cli.Context) error {
	if path := c.String("memprofile"); path != "" {
		if err := writeHeapProfile(path); err != nil {
			return err
		}
	}
	f, ok := c.App.Metadata["cpuprofile"].(*os.File)
	if !ok {
		return nil
	}
	pprof.StopCPUProfile()
	delete(c.App.Metadata, "cpuprofile")
	if err := f.Close(); err != nil {
		return fmt.Errorf("cpu profile: %w", err)
	}
	return nil
}

// writeHeapProfile writes the allocations of the whole run (alloc_space)
// and the live heap (inuse_space) to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	// The profile holds what the last completed collection published:
	// one more makes it cover the allocations since.
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	return f.Close()
}
