package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// interruptGrace is how long a command has, after SIGINT or SIGTERM, to
// stop by itself (every long loop looks at its context) before the process
// exits anyway: a read blocked in the kernel (a FIFO nobody writes to,
// stdin) or a Graphviz layout cannot be interrupted.
const interruptGrace = 800 * time.Millisecond

// forcedMessage is printed when the watchdog ends the process.
const forcedMessage = "actorgraph: interrupted (forced: the command did not stop by itself)"

// interruptible returns a context that SIGINT and SIGTERM cancel, and a
// function that stops watching for them. Once a signal came, the process
// exits with exitInterrupted if the command has not returned within
// interruptGrace, or at once on a second signal. Outputs are written to
// temporary files and renamed, so the previous output is left intact
// either way. exit is os.Exit, a parameter for tests.
func interruptible(stderr io.Writer, exit func(int)) (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	var once sync.Once
	go func() {
		select {
		case <-sigs:
		case <-done:
			return
		}
		cancel()
		select {
		case <-sigs:
		case <-time.After(interruptGrace):
		case <-done:
			return
		}
		once.Do(func() {
			fmt.Fprintln(stderr, forcedMessage)
			exit(exitInterrupted)
		})
	}()
	stop := func() {
		once.Do(func() {}) // the command returned: no forced exit from now on
		signal.Stop(sigs)
		close(done)
		cancel()
	}
	return ctx, stop
}
