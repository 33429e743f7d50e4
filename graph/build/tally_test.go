package build

import (
	"maps"
	"slices"
	"testing"
)

func TestTally(t *testing.T) {
	type add struct {
		k string
		n int
	}
	tests := []struct {
		name    string
		adds    []add
		want    map[string]int
		top     string
		topOK   bool
		missing string
	}{
		{"Empty", nil, map[string]int{}, "", false, "a"},
		{"OneKey", []add{{"Blair", 3}}, map[string]int{"Blair": 3}, "Blair", true, "Brown"},
		{"SumsAndOrder", []add{{"c", 1}, {"a", 2}, {"c", 4}, {"b", 0}}, map[string]int{"a": 2, "b": 0, "c": 5}, "c", true, "d"},
		{"ZeroCountKept", []add{{"Tony Blair", 0}}, map[string]int{"Tony Blair": 0}, "Tony Blair", true, "Blair"},
		{"TieGoesToSmallestKey", []add{{"z", 2}, {"m", 2}, {"q", 1}}, map[string]int{"m": 2, "q": 1, "z": 2}, "m", true, ""},
		{"Many", []add{{"e", 1}, {"d", 1}, {"c", 1}, {"b", 1}, {"a", 1}, {"f", 9}, {"a", 1}}, map[string]int{"a": 2, "b": 1, "c": 1, "d": 1, "e": 1, "f": 9}, "f", true, "g"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ta tally[string]
			for _, a := range tt.adds {
				ta.add(a.k, a.n)
			}
			if got := ta.toMap(); !maps.Equal(got, tt.want) {
				t.Errorf("counts = %v, want %v", got, tt.want)
			}
			if ta.len() != len(tt.want) {
				t.Errorf("len = %d, want %d", ta.len(), len(tt.want))
			}
			if keys := ta.keys(); !slices.IsSorted(keys) || !slices.Equal(keys, slices.Sorted(maps.Keys(tt.want))) {
				t.Errorf("keys = %v, want the sorted keys of %v", keys, tt.want)
			}
			for k, n := range tt.want {
				if ta.get(k) != n || !ta.has(k) {
					t.Errorf("get(%q) = %d, has = %v; want %d, true", k, ta.get(k), ta.has(k), n)
				}
			}
			if tt.missing != "" && (ta.has(tt.missing) || ta.get(tt.missing) != 0) {
				t.Errorf("%q reported present", tt.missing)
			}
			if k, ok := ta.top(); k != tt.top || ok != tt.topOK {
				t.Errorf("top = %q, %v; want %q, %v", k, ok, tt.top, tt.topOK)
			}
			if k, ok := topKey(tt.want); k != tt.top || ok != tt.topOK {
				t.Errorf("topKey of the map = %q, %v; tally and map disagree", k, ok)
			}
			var sum tally[string]
			sum.addAll(&ta)
			sum.addAll(&ta)
			for k, n := range tt.want {
				if sum.get(k) != 2*n {
					t.Errorf("%q: addAll twice gives %d, want %d", k, sum.get(k), 2*n)
				}
			}
		})
	}
}
