package main

import (
	"github.com/urfave/cli/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// sourcesFlag is build's --sources: what to do with outlets cited as the
// source of news.
var sourcesFlag = &cli.StringFlag{Name: "sources", Value: string(graph.SourcesDrop),
	Usage: "outlets cited as the source of news (\"X reported\", \"told X\"): drop leaves those mentions out of the graph (an outlet that also acts keeps its other mentions), keep counts them and marks such outlets with role source"}

// graphBuildOptions returns the graph options of build's flags.
func graphBuildOptions(c *cli.Context) (graph.BuildOptions, error) {
	window, err := graph.ParseWindow(c.String(windowFlag.Name))
	if err != nil {
		return graph.BuildOptions{}, &usageError{err}
	}
	src, err := graph.ParseSourcePolicy(c.String(sourcesFlag.Name))
	if err != nil {
		return graph.BuildOptions{}, &usageError{err}
	}
	if src == graph.SourcesDrop {
		src = "" // the zero value: tables of the default build carry no sources field
	}
	return graph.BuildOptions{Window: window, MaxEvidence: c.Int("max-evidence"), MaxRefs: c.Int("max-refs"), Sources: src}, nil
}
