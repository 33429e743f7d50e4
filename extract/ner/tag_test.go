package ner

import (
	"reflect"
	"slices"
	"testing"
)

func TestTagString(t *testing.T) {
	for tag := O; tag < numTags; tag++ {
		got, err := ParseTag(tag.String())
		if err != nil || got != tag {
			t.Errorf("ParseTag(%q) = %v, %v, want %v", tag.String(), got, err, tag)
		}
	}
	if _, err := ParseTag("X-PER"); err == nil {
		t.Errorf("ParseTag(%q) gave no error", "X-PER")
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		tags []Tag
		want []Entity
	}{
		{"Empty", nil, nil},
		{"AllO", []Tag{O, O}, nil},
		{"Single", []Tag{BPER}, []Entity{{0, 1, "PER"}}},
		{"TwoTokens", []Tag{O, BPER, IPER, O}, []Entity{{1, 3, "PER"}}},
		{"AdjacentSameType", []Tag{BLOC, BLOC, ILOC}, []Entity{{0, 1, "LOC"}, {1, 3, "LOC"}}},
		{"TypeChange", []Tag{BORG, IPER}, []Entity{{0, 1, "ORG"}, {1, 2, "PER"}}},
		{"StrayInside", []Tag{O, IMISC, IMISC}, []Entity{{1, 3, "MISC"}}},
		{"AtEnd", []Tag{O, BORG, IORG}, []Entity{{1, 3, "ORG"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Entities(tt.tags); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Entities(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestLabelsRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		tags []Tag
	}{
		{"Mixed", []Tag{BPER, IPER, O, BLOC, BLOC, ILOC, ILOC, O, BMISC}},
		{"Empty", []Tag{}},
		{"Long", []Tag{BORG, IORG, IORG, IORG}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labs := toLabels(nil, tt.tags)
			got := make([]Tag, len(labs))
			toTags(got, labs)
			if !reflect.DeepEqual(got, tt.tags) {
				t.Errorf("toTags(toLabels(%v)) = %v, want %v", tt.tags, got, tt.tags)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	gold := [][]Tag{{BPER, IPER, O, BLOC}, {BMISC, O}}
	pred := [][]Tag{{BPER, IPER, O, BORG}, {O, O}}
	got := Evaluate(gold, pred)
	all := got[len(got)-1]
	if all.Type != "ALL" || all.Gold != 2 || all.Pred != 2 || all.Correct != 1 {
		t.Errorf("Evaluate ALL = %+v, want gold 2, pred 2, correct 1", all)
	}
	if misc := got[3]; misc.Gold != 1 || misc.Pred != 0 {
		t.Errorf("Evaluate MISC = %+v, want gold 1, pred 0", misc)
	}
}

func TestAppendEntities(t *testing.T) {
	prefix := []Entity{{0, 1, "ORG"}}
	for _, tags := range [][]Tag{nil, {O}, {BPER, IPER}, {O, IMISC, BLOC}, {BORG, IPER, IPER}} {
		got := AppendEntities(slices.Clone(prefix), tags)
		want := append(slices.Clone(prefix), Entities(tags)...)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("AppendEntities(%v, %v) = %v, want %v", prefix, tags, got, want)
		}
	}
}
