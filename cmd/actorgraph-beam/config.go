package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph/build"
)

// Config is what the pipeline needs from the command line.
type Config struct {
	// Inputs are files, folders or globs (local, or gs:// on Dataflow).
	Inputs []string
	// Output is the folder that receives the record shards.
	Output string
	// KeepDuplicates turns off the folding of exact duplicate articles.
	KeepDuplicates bool
	// Window is the co-mention window (sentence, paragraph or document).
	Window string
	// MaxEvidence caps the example sentences per edge, as in `build`.
	MaxEvidence int
	// Options are Window and MaxEvidence as the graph records them, set
	// by check: they travel with the job to the workers and into the
	// table (its options record), so `import` reads the table with them.
	Options build.OptionsRecord
	// Shards is the number of output files.
	Shards int
	// AliasesPath is the user's alias file; AliasData is its content,
	// which travels with the job to the workers.
	AliasesPath string
	AliasData   []byte
}

// listFlag is a flag that may be repeated; each value may also hold
// several comma-separated entries.
type listFlag struct{ v *[]string }

func (l listFlag) String() string {
	if l.v == nil {
		return ""
	}
	return strings.Join(*l.v, ",")
}

func (l listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l.v = append(*l.v, p)
		}
	}
	return nil
}

// defineFlags adds the pipeline's flags to fs and returns the Config they
// fill in when fs is parsed.
func defineFlags(fs *flag.FlagSet) *Config {
	c := &Config{}
	fs.Var(listFlag{&c.Inputs}, "input", "articles: a file, a folder or a glob (.txt .md .html .jsonl .json); repeat or separate with commas")
	fs.StringVar(&c.Output, "output", "", "folder for the record table (records-*.jsonl), local or gs://")
	fs.BoolVar(&c.KeepDuplicates, "keep-duplicates", false, "do not fold exact duplicate articles")
	fs.StringVar(&c.Window, "window", "sentence", "co-mention window: sentence, paragraph or document (carried in the table for 'actorgraph import')")
	fs.IntVar(&c.MaxEvidence, "max-evidence", build.DefaultMaxEvidence, "example sentences stored per edge, -1 for all (carried in the table for 'actorgraph import')")
	fs.IntVar(&c.Shards, "shards", 8, "number of output files")
	fs.StringVar(&c.AliasesPath, "aliases", "", "alias `FILE` that adds, merges, splits or ignores actors")
	return c
}

// check validates the flags and loads the alias file.
func (c *Config) check() error {
	if len(c.Inputs) == 0 {
		return errors.New("no --input; give a file, a folder or a glob")
	}
	for _, in := range c.Inputs {
		if in == "-" {
			return errors.New("--input -: standard input cannot be read by pipeline workers; give files")
		}
	}
	if c.Output == "" {
		return errors.New("no --output folder")
	}
	if c.Shards < 1 {
		return fmt.Errorf("--shards %d: want 1 or more", c.Shards)
	}
	opts := build.NewOptionsRecord(build.BuildOptions{Window: build.Window(c.Window), MaxEvidence: c.MaxEvidence}).Options
	if _, err := opts.BuildOptions(); err != nil {
		return err
	}
	c.Options = *opts
	if c.AliasesPath != "" && c.AliasData == nil {
		data, err := os.ReadFile(c.AliasesPath)
		if err != nil {
			return fmt.Errorf("aliases: %w", err)
		}
		c.AliasData = data
	}
	return nil
}
