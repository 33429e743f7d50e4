package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Quarterly profits at US media giant TimeWarner jumped 76%.", "Quarterly profits at US media giant TimeWarner jumped 76 % ."},
		{"The U.S. envoy, Mr. Witkoff, said: \u201cIt\u2019s early.\u201d", "The U.S. envoy , Mr. Witkoff , said : \" It 's early . \""},
		{"It doesn't cost $1.13bn (\u00a3600m).", "It does n't cost $ 1.13bn ( \u00a3 600m ) ."},
		{"J. Smith of Acme Corp. won 3-2 \u2014 again!", "J. Smith of Acme Corp. won 3-2 - again !"},
		{"Mutu's agent, the players' union", "Mutu 's agent , the players ' union"},
		{"", ""},
	}
	for _, tt := range tests {
		got := tokenize(nil, tt.in)
		want := strings.Fields(tt.want)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tokenize(%q)\n got %q\nwant %q", tt.in, got, want)
		}
	}
}
