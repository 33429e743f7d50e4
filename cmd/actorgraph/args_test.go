package main

import (
	"io"
	"slices"
	"strings"
	"testing"
)

func TestHoistFlags(t *testing.T) {
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"FlagsAfterInputs", "ag build a b -o g.json -q", "ag build -o g.json -q -- a b"},
		{"BoolFlagDoesNotEatInput", "ag build -q a", "ag build -q -- a"},
		{"ValueWithEquals", "ag build a --workers=2", "ag build --workers=2 -- a"},
		{"NegativeNumberIsPositional", "ag paths x -3", "ag paths -- x -3"},
		{"DoubleDashEndsFlags", "ag build -- -odd", "ag build -- -odd"},
		{"StdinIsPositional", "ag build - -q", "ag build -q -- -"},
		{"GlobalFlagValueIsNotCommand", "ag --cpuprofile p.out build a -q", "ag --cpuprofile p.out build -q -- a"},
		{"UnknownCommandUntouched", "ag frob a -q", "ag frob a -q"},
		{"NoCommand", "ag --version", "ag --version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hoistFlags(app, strings.Fields(tt.in))
			if want := strings.Fields(tt.want); !slices.Equal(got, want) {
				t.Errorf("hoistFlags(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}
