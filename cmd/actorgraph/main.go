// Command actorgraph builds, analyses and draws graphs of the actors in news
// articles. Run `actorgraph help` for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// version, commit and date are set at build time with -ldflags
// "-X main.version=... -X main.commit=... -X main.date=..."; commit and
// date default to what the Go toolchain recorded (debug.ReadBuildInfo).
var (
	version = "dev"
	commit  = ""
	date    = ""
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
