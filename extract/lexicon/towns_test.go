package lexicon

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// gzipped returns s compressed with gzip.
func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTownStates checks the lookup of the embedded town list: a name as
// written gives the states it lies in, sorted; other case, a part of a
// name and an empty name give none.
func TestTownStates(t *testing.T) {
	l := testDefault(t)
	tests := []struct {
		name string
		want []string // states that must be among the answer; nil: no answer
	}{
		{"Carlisle", []string{"United Kingdom", "United States"}},
		{"Tweedbank", []string{"United Kingdom"}},
		{"Des Moines", []string{"United States"}},
		{"Stoke-on-Trent", []string{"United Kingdom"}},
		{"carlisle", nil},
		{"Carlisl", nil},
		{"", nil},
		{"Zzyzxq", nil},
	}
	for _, tt := range tests {
		got := l.TownStates(tt.name)
		if tt.want == nil {
			if got != nil {
				t.Errorf("TownStates(%q) = %v, want none", tt.name, got)
			}
			continue
		}
		if !slices.IsSorted(got) {
			t.Errorf("TownStates(%q) = %v, not sorted", tt.name, got)
		}
		for _, s := range tt.want {
			if !slices.Contains(got, s) {
				t.Errorf("TownStates(%q) = %v, want %q among them", tt.name, got, s)
			}
		}
	}
}

// TestTownsFile checks reading a town list: the first and the last line
// are found, and a line without a tab or out of order is a ParseError
// with its line.
func TestTownsFile(t *testing.T) {
	l, err := Load(fstest.MapFS{townsFile: {Data: gzipped(t, "Aberdeen\tUnited Kingdom\nPerth\tAustralia|United Kingdom\nZurich\tSwitzerland\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]string{"Aberdeen": {"United Kingdom"}, "Perth": {"Australia", "United Kingdom"},
		"Zurich": {"Switzerland"}, "Aaa": nil, "Zzz": nil, "Paris": nil} {
		if got := l.TownStates(name); !slices.Equal(got, want) {
			t.Errorf("TownStates(%q) = %v, want %v", name, got, want)
		}
	}
	for _, tt := range []struct {
		name, data string
		line       int
	}{
		{"NoTab", "Aberdeen\tUnited Kingdom\nPerth\n", 2},
		{"OutOfOrder", "Perth\tAustralia\nAberdeen\tUnited Kingdom\n", 2},
		{"Duplicate", "Perth\tAustralia\nPerth\tUnited Kingdom\n", 2},
	} {
		_, err := Load(fstest.MapFS{townsFile: {Data: gzipped(t, tt.data)}})
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != tt.line {
			t.Errorf("%s: Load error %v, want a ParseError at line %d", tt.name, err, tt.line)
		}
	}
	if _, err := Load(fstest.MapFS{townsFile: {Data: []byte("not gzip")}}); err == nil {
		t.Error("Load of a town list that is not gzip: no error")
	}
}

// BenchmarkTownsLoad measures reading the embedded town list into the
// line index that TownStates searches, against building a map of its
// names (the alternative it was chosen over; bench/2026-12-06-towns.md).
func BenchmarkTownsLoad(b *testing.B) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := readTowns(sub); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t, _, err := readTowns(sub)
			if err != nil {
				b.Fatal(err)
			}
			m := make(map[string][]string, len(t.lines))
			for i := range t.lines {
				name, states := t.line(i)
				m[string(name)] = strings.Split(string(states), "|")
			}
		}
	})
}

// BenchmarkTownStates measures one lookup by binary search.
func BenchmarkTownStates(b *testing.B) {
	l := testDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		l.TownStates("Carlisle")
		l.TownStates("Nowhereville")
	}
}
