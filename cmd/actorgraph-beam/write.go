package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// The output table: JSON lines, one build.Record per line, in files
// DIR/records-SSSSS-of-NNNNN.jsonl. A record goes to the shard picked by a
// hash of its kind and key; lines are sorted inside a shard, so the same
// input gives the same files on every engine.

// shardPattern matches the files the pipeline writes (and removes before a
// run, so that a smaller --shards leaves no stale files behind).
const shardPattern = "records-*-of-*.jsonl"

func shardName(dir string, shard, shards int) string {
	return strings.TrimSuffix(dir, "/") + "/" + fmt.Sprintf("records-%05d-of-%05d.jsonl", shard, shards)
}

func shardOf(key string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(shards))
}

// lineFn turns a combined record into its output line and shard.
type lineFn struct{ Shards int }

func (f *lineFn) ProcessElement(key string, r build.Record) (int, string, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return 0, "", fmt.Errorf("encode record %s %q: %w", r.Kind, r.Key, err)
	}
	return shardOf(key, f.Shards), string(data), nil
}

// statementLineFn does the same for statements, which are not combined.
type statementLineFn struct{ Shards int }

func (f *statementLineFn) ProcessElement(r build.Record) (int, string, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return 0, "", fmt.Errorf("encode record %s %q: %w", r.Kind, r.Key, err)
	}
	return shardOf(groupKey(r), f.Shards), string(data), nil
}

// writeShardFn writes one shard file, its lines sorted. A shard is held in
// memory while it is sorted: raise --shards so that each stays well under
// a worker's memory (a shard is about table size / shards).
type writeShardFn struct {
	Dir    string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	var all []string
	var line string
	for lines(&line) {
		all = append(all, line)
	}
	slices.Sort(all)
	name := shardName(f.Dir, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer fs.Close()
	tmp := name + ".tmp"
	ren, canRename := fs.(filesystem.Renamer)
	target := name
	if canRename {
		target = tmp
	}
	w, err := fs.OpenWrite(ctx, target)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	for _, l := range all {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	err = bw.Flush()
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if canRename {
		if err := ren.Rename(ctx, tmp, name); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	counterRecords.Inc(ctx, int64(len(all)))
	counterShards.Inc(ctx, 1)
	return nil
}

// removeStaleShards deletes the record files of an earlier run in dir.
func removeStaleShards(ctx context.Context, dir string) error {
	pattern := strings.TrimSuffix(dir, "/") + "/" + shardPattern
	fs, err := filesystem.New(ctx, pattern)
	if err != nil {
		return fmt.Errorf("output %s: %w", dir, err)
	}
	defer fs.Close()
	old, err := fs.List(ctx, pattern)
	if err != nil {
		return fmt.Errorf("output %s: %w", dir, err)
	}
	if len(old) == 0 {
		return nil
	}
	rm, ok := fs.(filesystem.Remover)
	if !ok {
		return fmt.Errorf("output %s holds %d record files of an earlier run and its file system cannot remove them", dir, len(old))
	}
	for _, p := range old {
		if err := rm.Remove(ctx, p); err != nil {
			return fmt.Errorf("output %s: remove %s: %w", dir, p, err)
		}
	}
	return nil
}
