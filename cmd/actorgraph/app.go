package main

import (
	"bufio"
	"context"
	"io"
	"slices"

	"github.com/urfave/cli/v2"
)

// run executes the command line and returns the exit code. It is main
// without the process: tests call it with their own streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Standard output is buffered: tables are written a cell at a time,
	// and a write system call per cell made printing the 200,000 rows of
	// a large graph's ranking take most of the command's time.
	buffered := bufio.NewWriterSize(stdout, 64<<10)
	so := &stickyWriter{w: buffered}
	app := newApp(stdin, so, stderr)
	var unknown string
	app.CommandNotFound = func(c *cli.Context, name string) { unknown = name }
	args = hoistFlags(app, args)
	err := app.RunContext(ctx, args)
	if err == nil && unknown != "" {
		err = unknownCommand(app, unknown)
	}
	if ferr := buffered.Flush(); ferr != nil && so.err == nil {
		so.err = ferr
	}
	err = checkWritten(err, so)
	if err == nil && ctx.Err() != nil {
		err = ctx.Err() // interrupted: whatever the command printed may be partial
	}
	// One rule for every command: a command line that asks for JSON gets
	// its error as JSON too.
	printError(stderr, err, wantsJSON(args))
	return exitCode(err)
}

// newApp returns the actorgraph command-line application writing to the
// given streams. It never calls os.Exit.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "actorgraph",
		Usage:   "map the actors of news articles and how they relate",
		Version: versionString(),
		Description: `actorgraph reads news articles (text, Markdown, HTML, JSON lines), finds the people,
states and organisations in them, builds a weighted graph from how often they are
mentioned together and from the positions they state about each other, ranks them,
finds camps, answers path questions with the sentences behind each hop, and draws
diagrams for reports.

Example:
   actorgraph build examples/articles -o graph.json
   actorgraph paths -g graph.json witkoff ushakov`,
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		ExitErrHandler:  func(*cli.Context, error) {},
		HideHelpCommand: false,
		Suggest:         true,
		OnUsageError: func(c *cli.Context, err error, isSubcommand bool) error {
			return &usageError{err}
		},
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the command to `FILE` (go tool pprof)", Hidden: true},
			&cli.StringFlag{Name: "memprofile", Usage: "write a heap profile at the end of the command to `FILE`", Hidden: true},
		},
		Before: startProfile,
		After:  stopProfile,
		Commands: []*cli.Command{
			buildCommand,
			extractCommand,
			actorsCommand,
			reviewCommand,
			rankCommand,
			communitiesCommand,
			pathsCommand,
			neighborsCommand,
			evidenceCommand,
			statementsCommand,
			renderCommand,
			reportCommand,
			exportCommand,
			importCommand,
			tagCommand,
			timelineCommand,
			diffCommand,
			completionCommand,
		},
		EnableBashCompletion: true,
	}
	// Flag errors of a command are usage errors too (exit 2). The commands
	// are package values shared by every app, so they get a copy with the
	// handler rather than being changed in place.
	for i, c := range app.Commands {
		app.Commands[i] = commandCopy(c, app.OnUsageError)
	}
	return app
}

// commandCopy returns a copy of a command with the app's usage error
// handler and, for every command that reads a graph, the period flags.
func commandCopy(c *cli.Command, onUsage cli.OnUsageErrorFunc) *cli.Command {
	cc := *c
	cc.OnUsageError = onUsage
	cc.Before = checkBounds
	if slices.Contains(cc.Flags, cli.Flag(graphFlag)) {
		cc.Flags = append(slices.Clip(cc.Flags), sinceFlag, untilFlag)
	}
	return &cc
}
