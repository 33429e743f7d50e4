package main

import (
	"encoding/json"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// mergeFn combines the records of one kind and key with graph.MergeRecords,
// the same associative and commutative merge as graph.Builder.Merge, so any
// engine, in any order and with any pre-combining, gets the same record.
type mergeFn struct {
	Options graph.OptionsRecord
}

func (f *mergeFn) MergeAccumulators(a, b graph.Record) (graph.Record, error) {
	opts, err := f.Options.BuildOptions()
	if err != nil {
		return graph.Record{}, err
	}
	return graph.MergeRecords(opts, a, b)
}

// optionsFn emits the options record of the table, once.
type optionsFn struct {
	Options graph.OptionsRecord
}

func (f *optionsFn) ProcessElement(_ []byte, emit func(string, graph.Record)) {
	r := graph.Record{Kind: "options", Options: &f.Options}
	emit(groupKey(r), r)
}

// encodeRecord and decodeRecord are the Beam coder of graph.Record: its
// JSON, the same bytes as in the output table.
func encodeRecord(r graph.Record) ([]byte, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode record %s %q: %w", r.Kind, r.Key, err)
	}
	return data, nil
}

func decodeRecord(data []byte) (graph.Record, error) {
	var r graph.Record
	if err := json.Unmarshal(data, &r); err != nil {
		return graph.Record{}, fmt.Errorf("decode record: %w", err)
	}
	return r, nil
}
