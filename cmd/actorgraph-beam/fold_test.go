package main

import (
	"flag"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph/build"
)

// TestFoldOrderIndependent checks that the duplicate combiner keeps the
// same copy whatever the order and grouping of its inputs.
func TestFoldOrderIndependent(t *testing.T) {
	docs := []Article{{ID: "b", Text: "x"}, {ID: "a", Text: "x", Line: 2}, {ID: "a", Text: "x", Line: 1}, {ID: "c", Text: "x"}}
	f := &foldFn{}
	want := Article{ID: "a", Text: "x", Line: 1}
	perms := [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}}
	for _, p := range perms {
		left, right := f.CreateAccumulator(), f.CreateAccumulator()
		for i, k := range p {
			if i%2 == 0 {
				left = f.AddInput(left, docs[k])
			} else {
				right = f.AddInput(right, docs[k])
			}
		}
		got := f.ExtractOutput(f.MergeAccumulators(right, left))
		if got.Doc != want || got.Copies != 4 {
			t.Errorf("order %v: got %+v with %d copies, want %+v with 4", p, got.Doc, got.Copies, want)
		}
	}
}

func TestConfigFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		inputs  []string
		wantErr bool
	}{
		{name: "RepeatedAndComma", args: []string{"--input", "a.jsonl,b/*.txt", "--input", "c", "--output", "out"},
			inputs: []string{"a.jsonl", "b/*.txt", "c"}},
		{name: "NoInput", args: []string{"--output", "out"}, wantErr: true},
		{name: "NoOutput", args: []string{"--input", "a"}, wantErr: true},
		{name: "Stdin", args: []string{"--input", "-", "--output", "out"}, wantErr: true},
		{name: "BadWindow", args: []string{"--input", "a", "--output", "out", "--window", "page"}, wantErr: true},
		{name: "NoShards", args: []string{"--input", "a", "--output", "out", "--shards", "0"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			cfg := defineFlags(fs)
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			err := cfg.check()
			if (err != nil) != tt.wantErr {
				t.Fatalf("check() = %v, want error %v", err, tt.wantErr)
			}
			if !tt.wantErr && !slices.Equal(cfg.Inputs, tt.inputs) {
				t.Errorf("inputs = %q, want %q", cfg.Inputs, tt.inputs)
			}
			if !tt.wantErr && cfg.MaxEvidence != build.DefaultMaxEvidence {
				t.Errorf("max evidence = %d, want %d", cfg.MaxEvidence, build.DefaultMaxEvidence)
			}
		})
	}
}
