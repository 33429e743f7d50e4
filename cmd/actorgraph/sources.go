package main

import (
	"github.com/actorgraph/actorgraph/graph/build"
	"github.com/urfave/cli/v2"
)

// sourcesFlag is build's --sources: what to do with outlets cited as the
// source of news.
var sourcesFlag = &cli.StringFlag{Name: "sources", Value: string(build.SourcesDrop),
	Usage: "outlets cited as the source of news (\"X reported\", \"told X\"): drop leaves those mentions out of the graph (an outlet that also acts keeps its other mentions), keep counts them and marks such outlets with role source"}

// graphBuildOptions returns the graph options of build's flags.
func graphBuildOptions(c *cli.Context) (build.BuildOptions, error) {
	window, err := build.ParseWindow(c.String(windowFlag.Name))
	if err != nil {
		return build.BuildOptions{}, &usageError{err}
	}
	src, err := build.ParseSourcePolicy(c.String(sourcesFlag.Name))
	if err != nil {
		return build.BuildOptions{}, &usageError{err}
	}
	if src == build.SourcesDrop {
		src = "" // the zero value: tables of the default build carry no sources field
	}
	return build.BuildOptions{Window: window, MaxEvidence: c.Int("max-evidence"), MaxRefs: c.Int("max-refs"), Sources: src}, nil
}
