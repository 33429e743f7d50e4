package main

import (
	"encoding/json"
	"fmt"

	"github.com/actorgraph/actorgraph/graph/build"
)

// mergeFn combines the records of one kind and key with build.MergeRecords,
// the same associative and commutative merge as build.Builder.Merge, so any
// engine, in any order and with any pre-combining, gets the same record.
type mergeFn struct {
	Options build.OptionsRecord
}

func (f *mergeFn) MergeAccumulators(a, b build.Record) (build.Record, error) {
	opts, err := f.Options.BuildOptions()
	if err != nil {
		return build.Record{}, err
	}
	return build.MergeRecords(opts, a, b)
}

// optionsFn emits the options record of the table, once.
type optionsFn struct {
	Options build.OptionsRecord
}

func (f *optionsFn) ProcessElement(_ []byte, emit func(string, build.Record)) {
	r := build.Record{Kind: "options", Options: &f.Options}
	emit(groupKey(r), r)
}

// encodeRecord and decodeRecord are the Beam coder of build.Record: its
// JSON, the same bytes as in the output table.
func encodeRecord(r build.Record) ([]byte, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode record %s %q: %w", r.Kind, r.Key, err)
	}
	return data, nil
}

func decodeRecord(data []byte) (build.Record, error) {
	var r build.Record
	if err := json.Unmarshal(data, &r); err != nil {
		return build.Record{}, fmt.Errorf("decode record: %w", err)
	}
	return r, nil
}
