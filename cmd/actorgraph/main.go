// Command actorgraph builds, analyses and draws graphs of the actors in news
// articles. Run `actorgraph help` for the commands.
package main

import (
	"os"
)

// version, commit and buildDate are set at build time with -ldflags
// "-X main.version=... -X main.commit=... -X main.buildDate=..."; commit and
// buildDate default to what the Go toolchain recorded (debug.ReadBuildInfo).
var (
	version   = "dev"
	commit    = ""
	buildDate = ""
)

func main() {
	ctx, stop := interruptible(os.Stderr, os.Exit)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
