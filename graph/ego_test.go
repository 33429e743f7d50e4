package graph

import (
	"reflect"
	"testing"
)

func TestEgo(t *testing.T) {
	g := pathGraph() // a–b 4, b–d 4, a–c 1, c–d 1, d–e 2, f alone
	n := Project(g, LayerComention)
	tests := []struct {
		name          string
		center, depth int
		want          []int
	}{
		{"DepthOne", 3, 1, []int{3, 1, 4, 2}},
		{"DepthTwo", 4, 2, []int{4, 3, 1, 2}},
		{"DepthZeroIsOne", 0, 0, []int{0, 1, 2}},
		{"Whole", 0, 5, []int{0, 1, 2, 3, 4}},
		{"Isolated", 5, 2, []int{5}},
		{"OutOfRange", 9, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Ego(g, n, tt.center, tt.depth); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Ego(%d, %d) = %v, want %v", tt.center, tt.depth, got, tt.want)
			}
		})
	}
}

func TestSubgraph(t *testing.T) {
	g := twoCamps()
	g.Stances = []Stance{{Source: 4, Target: 0, Negative: 2}, {Source: 0, Target: 1, Positive: 1}}
	g.Statements[0].Targets = []int{4, 1}
	s := Subgraph(g, []int{4, 0, 0, 99, 1})
	if got, want := nodeNamesOf(s), []string{"a", "b", "e"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("nodes = %q, want %q", got, want)
	}
	if got, want := edgeSummary(s), []string{"a–b:1", "a–e:1", "b–e:1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("edges = %q, want %q", got, want)
	}
	if got, want := s.Stances, []Stance{{Source: 0, Target: 1, Positive: 1}, {Source: 2, Target: 0, Negative: 2}}; !reflect.DeepEqual(got, want) {
		t.Errorf("stances = %+v, want %+v", got, want)
	}
	if len(s.Statements) != 3 || !reflect.DeepEqual(s.Statements[0].Targets, []int{2, 1}) || s.Statements[2].Speaker != 2 {
		t.Errorf("statements = %+v", s.Statements)
	}
	if g.Nodes[4].ID != 4 {
		t.Errorf("Subgraph changed its input")
	}
}

func TestSelect(t *testing.T) {
	g := pathGraph()
	tests := []struct {
		name string
		sel  func(s *Selection)
		want []string
	}{
		{"All", func(s *Selection) {}, []string{"a", "b", "c", "d", "e", "f"}},
		{"Top2", func(s *Selection) { s.Top, s.By = 2, MeasureStrength }, []string{"b", "d"}},
		{"MinWeight", func(s *Selection) { s.MinWeight = 2 }, []string{"a", "b", "d", "e"}},
		{"Focus", func(s *Selection) { s.Focus = 4 }, []string{"d", "e"}},
		{"FocusDepth2Top2", func(s *Selection) { s.Focus, s.Depth, s.Top, s.By = 4, 2, 2, MeasureDegree }, []string{"b", "d", "e"}},
		{"TopWithPath", func(s *Selection) { s.Top, s.By, s.PathFrom, s.PathTo = 1, MeasureStrength, 2, 4 }, []string{"a", "b", "c", "d", "e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := DefaultSelection()
			tt.sel(&s)
			sub, err := Select(g, s)
			if err != nil {
				t.Fatal(err)
			}
			if got := nodeNamesOf(sub); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Select(%+v) = %q, want %q", s, got, tt.want)
			}
		})
	}
	bad := DefaultSelection()
	bad.PathFrom = 1
	if _, err := Select(g, bad); err == nil {
		t.Errorf("Select with one path end: want error")
	}
	bad = DefaultSelection()
	bad.Focus = 17
	if _, err := Select(g, bad); err == nil {
		t.Errorf("Select with focus out of range: want error")
	}
}
