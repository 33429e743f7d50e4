package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/out/outfile"
)

// writeOutput writes a command's output at path through outfile: "-" and
// /dev/stdout are the command's stdout, devices and FIFOs are written in
// place, regular files atomically with their mode kept, links through to
// their target; an output that is one of inputs is refused (a usage
// error).
func writeOutput(c *cli.Context, path string, write func(io.Writer) error, inputs ...string) error {
	err := outfile.Write(path, outfile.Options{Stdout: c.App.Writer, Stderr: c.App.ErrWriter,
		Inputs: inputs, Context: c.Context}, write)
	var se *outfile.SameFileError
	if errors.As(err, &se) {
		return &usageError{err}
	}
	return err
}

// checkOutput refuses, before any work, an output that is one of the
// command's inputs (a usage error).
func checkOutput(path string, inputs ...string) error {
	if err := outfile.CheckInputs(path, inputs...); err != nil {
		return &usageError{err}
	}
	return nil
}

// graphInputs returns the files a command that reads -g reads: the graph
// (or articles) and the alias file.
func graphInputs(c *cli.Context) []string {
	return []string{c.String(graphFlag.Name), c.String(aliasesFlag.Name)}
}

// isStream reports whether an output path is a stream of the command
// rather than a file ("-", /dev/stdout ...), for messages.
func isStream(path string) bool {
	switch path {
	case "-", "/dev/stdout", "/dev/stderr", "/dev/fd/1", "/dev/fd/2", "/proc/self/fd/1", "/proc/self/fd/2":
		return true
	}
	return false
}

// isStdout reports whether an output path is the command's standard
// output.
func isStdout(path string) bool {
	switch path {
	case "-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return true
	}
	return false
}

// stickyWriter remembers the first write error of a stream, so that output
// lost on a full disk or a closed pipe fails the command even where the
// printing code does not look at errors (fmt.Fprintf in table printers).
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// checkWritten turns a write error on stdout into the command's error when
// the command itself succeeded.
func checkWritten(err error, stdout *stickyWriter) error {
	if err == nil && stdout.err != nil {
		return fmt.Errorf("write standard output: %w", stdout.err)
	}
	return err
}
