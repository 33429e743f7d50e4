package main

import (
	"runtime/debug"
	"strings"
)

// versionString returns "VERSION (commit C, built D)": the version set
// with -ldflags, and the commit and date set with -ldflags or else those
// the Go toolchain recorded from version control.
func versionString() string {
	c, d, modified := commit, buildDate, false
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if c == "" {
					c = s.Value
				}
			case "vcs.time":
				if d == "" {
					d = s.Value
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if len(c) > 12 {
		c = c[:12]
	}
	if modified && c != "" && !strings.HasSuffix(c, "-dirty") {
		c += "-dirty"
	}
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return version + " (commit " + c + ", built " + d + ")"
}
