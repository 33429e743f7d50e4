package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out"
)

// Exit codes. These values are part of the command-line contract and never
// change.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitPartial     = 3 // some inputs were skipped
	exitInterrupted = 130
)

// usageError marks an error in how the command was called.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// errPartial is returned by commands that finished but skipped inputs; the
// summary was already printed.
var errPartial = errors.New("some inputs were skipped")

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		return exitPartial
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.As(err, &ue):
		return exitUsage
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return exitFailure
}

// printError writes the error to stderr the way the exit code says, as
// "actorgraph: <err>", or as a JSON object when jsonErrors is set.
func printError(w io.Writer, err error, jsonErrors bool) {
	if err == nil || errors.Is(err, errPartial) {
		return
	}
	msg := err.Error()
	if errors.Is(err, context.Canceled) {
		msg = "interrupted"
	}
	if jsonErrors {
		writeJSONError(w, msg, exitCode(err))
		return
	}
	fmt.Fprintf(w, "actorgraph: %s\n", out.Clean(msg))
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(w, "run 'actorgraph help' for usage")
	}
}
