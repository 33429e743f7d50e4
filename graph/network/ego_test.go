package network

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
