package graphfile

import (
	"encoding/json"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/actorgraph/actorgraph/graph"
)

// The fast reader. decodeFast parses a graph file without encoding/json's
// validation pass and without reflection, and parses the sections of the
// file (nodes, edges, statements, …) on two goroutines. It is strict: any
// byte it does not expect (an unknown or repeated key, a number that is
// not a plain integer, malformed JSON) makes it give up, and Read then
// decodes the file with encoding/json, which gives the error messages. An
// element of a list that the strict parsers cannot read is decoded alone
// with json.Unmarshal, which validates it, so an odd element (a key in
// another case, a null) does not send a whole large file down the slow
// path. Every byte of an accepted file has thus been either parsed
// strictly or validated by encoding/json, and the fast reader never
// accepts a file that encoding/json rejects. The parsers of the elements
// are in file_fastparse.go.

// sectionParser parses the value of one top-level field at b[i:] into g
// and returns the offset after it. until is where the value probably ends
// (-1 if unknown), which sizes the lists. Setting ctl.stop makes
// it give up.
type sectionParser func(b []byte, i, until int, g *graph.Graph, ctl *control) (int, bool)

// sections are the top-level fields of a graph file, in the order Write
// writes them.
var sections = [...]struct {
	key   string
	parse sectionParser
}{
	{"format", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.Format, end, ok = parseString(b, i)
		return end, ok
	}},
	{"window", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.Window, end, ok = parseString(b, i)
		return end, ok
	}},
	{"folded", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.Folded, end, ok = parseInteger(b, i)
		return end, ok
	}},
	{"max_evidence", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.MaxEvidence, end, ok = parseInteger(b, i)
		return end, ok
	}},
	{"max_refs", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.MaxRefs, end, ok = parseInteger(b, i)
		return end, ok
	}},
	{"max_statements", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.MaxStatements, end, ok = parseInteger(b, i)
		return end, ok
	}},
	{"documents", func(b []byte, i, until int, g *graph.Graph, ctl *control) (end int, ok bool) {
		g.Documents, end, ok = parseList(b, i, until, byValue(parseDocRef), ctl)
		return end, ok
	}},
	{"nodes", func(b []byte, i, until int, g *graph.Graph, ctl *control) (end int, ok bool) {
		g.Nodes, end, ok = parseList(b, i, until, parseNodeInto, ctl)
		return end, ok
	}},
	{"edges", func(b []byte, i, until int, g *graph.Graph, ctl *control) (end int, ok bool) {
		g.Edges, end, ok = parseList(b, i, until, parseEdgeInto, ctl)
		return end, ok
	}},
	{"stances", func(b []byte, i, until int, g *graph.Graph, ctl *control) (end int, ok bool) {
		g.Stances, end, ok = parseList(b, i, until, byValue(parseStance), ctl)
		return end, ok
	}},
	{"statements", func(b []byte, i, until int, g *graph.Graph, ctl *control) (end int, ok bool) {
		g.Statements, end, ok = parseList(b, i, until, byValue(parseStatement), ctl)
		return end, ok
	}},
	{"places", func(b []byte, i, until int, g *graph.Graph, ctl *control) (end int, ok bool) {
		g.Places, end, ok = parseList(b, i, until, byValue(parsePlace), ctl)
		return end, ok
	}},
	{"dropped", func(b []byte, i, _ int, g *graph.Graph, _ *control) (end int, ok bool) {
		g.Dropped, end, ok = parseDropped(b, i)
		return end, ok
	}},
}

// sectionIndex returns the index of the top-level field key in sections,
// or -1.
func sectionIndex(key []byte) int {
	for k, s := range sections {
		if s.key == string(key) {
			return k
		}
	}
	return -1
}

// maxWorkers is the most goroutines decodeFast parses sections on, and
// minParallel the size of the smallest file it parses on more than one.
const (
	maxWorkers  = 2
	minParallel = 1 << 20
)

// decodeFast decodes a graph file as decodeStd would. ok is false if the
// file is not in a shape the fast reader knows, in which case the caller
// must decode it with decodeStd; this includes every invalid file.
func decodeFast(data []byte) (graph.Graph, bool) { return decode(data, new(control)) }

// control is shared by the goroutines of one decode.
type control struct {
	// stop, once set, makes every section give up: one failed, and the
	// file will most likely go to encoding/json.
	stop atomic.Bool
	// fallbacks counts the list elements the fast parsers left to
	// encoding/json (decodeElement); files written by Write need none.
	fallbacks atomic.Int64
	// guard is set when data is a file mapped into memory (readMapped):
	// the goroutines of the decode then turn a fault in reading it (the
	// file shrank since it was mapped) into a failed decode, and set
	// faulted, instead of crashing.
	guard   bool
	faulted atomic.Bool
}

// recoverFault, deferred with the previous setting of
// debug.SetPanicOnFault by a goroutine that reads mapped data, restores
// that setting and recovers from a fault in reading the data, which stops
// the decode. Any other panic goes on.
func (c *control) recoverFault(old bool) {
	debug.SetPanicOnFault(old)
	r := recover()
	if r == nil {
		return
	}
	if _, ok := r.(interface{ Addr() uintptr }); !ok {
		panic(r)
	}
	c.faulted.Store(true)
	c.stop.Store(true)
}

// decode is decodeFast with its control.
func decode(data []byte, ctl *control) (_ graph.Graph, ok bool) {
	if ctl.guard {
		defer ctl.recoverFault(debug.SetPanicOnFault(true))
	}
	pre, starts := parseAhead(data, ctl)
	// A failure ahead is final for its section only; what follows runs on.
	ctl.stop.Store(false)
	var g graph.Graph
	i := skipWS(data, 0)
	if i >= len(data) || data[i] != '{' {
		return graph.Graph{}, false
	}
	i = skipWS(data, i+1)
	if i < len(data) && data[i] == '}' {
		return g, skipWS(data, i+1) == len(data)
	}
	var seen uint
	for {
		key, next, ok := plainString(data, i)
		if !ok {
			return graph.Graph{}, false
		}
		k := sectionIndex(key)
		if k < 0 || seen&(1<<k) != 0 {
			// Unknown keys, keys in another case and repeated keys are
			// rare and have subtle meanings in encoding/json.
			return graph.Graph{}, false
		}
		seen |= 1 << k
		i = skipWS(data, next)
		if i >= len(data) || data[i] != ':' {
			return graph.Graph{}, false
		}
		i = skipWS(data, i+1)
		if r := starts[k]; r.start == i && r.final {
			// Parsed ahead from the right place.
			if !r.ok {
				return graph.Graph{}, false
			}
			copySection(&g, &pre, k)
			i = r.end
		} else if i, ok = sections[k].parse(data, i, -1, &g, ctl); !ok {
			return graph.Graph{}, false
		}
		i = skipWS(data, i)
		if i < len(data) && data[i] == ',' {
			i = skipWS(data, i+1)
			continue
		}
		if i < len(data) && data[i] == '}' {
			return g, skipWS(data, i+1) == len(data)
		}
		return graph.Graph{}, false
	}
}

// copySection copies field k of sections from src to dst.
func copySection(dst, src *graph.Graph, k int) {
	switch sections[k].key {
	case "format":
		dst.Format = src.Format
	case "window":
		dst.Window = src.Window
	case "folded":
		dst.Folded = src.Folded
	case "max_evidence":
		dst.MaxEvidence = src.MaxEvidence
	case "max_refs":
		dst.MaxRefs = src.MaxRefs
	case "max_statements":
		dst.MaxStatements = src.MaxStatements
	case "documents":
		dst.Documents = src.Documents
	case "nodes":
		dst.Nodes = src.Nodes
	case "edges":
		dst.Edges = src.Edges
	case "stances":
		dst.Stances = src.Stances
	case "statements":
		dst.Statements = src.Statements
	case "places":
		dst.Places = src.Places
	case "dropped":
		dst.Dropped = src.Dropped
	}
}

// aheadResult is the outcome of parsing a section ahead: where it was
// parsed from, where it ended and whether it parsed. start is -1 for a
// section that was not parsed ahead.
type aheadResult struct {
	start, end int
	ok         bool
	// final is set when the result is that of parsing the section to
	// the end: it parsed, or it failed by itself rather than because
	// another section failed first.
	final bool
}

// parseAhead parses the sections of data at the places where Write puts
// them, each line of the file starting with a top-level key, before
// decodeFast has checked that they are there: concurrently, largest first.
// decodeFast uses the result for a section only if the section starts at
// the offset it was parsed from, so a wrong guess (a file laid out
// otherwise) costs time but does not change the result.
func parseAhead(data []byte, ctl *control) (g graph.Graph, starts [len(sections)]aheadResult) {
	type task struct{ k, start, until int }
	var tasks []task
	for k := range starts {
		starts[k] = aheadResult{start: -1}
	}
	// A line of Write's output starts with `"key": `. JSON strings cannot
	// contain raw newlines, so outside a string this is a key of some
	// object; the first one of each top-level key is the likely place.
	for i := 0; i < len(data); {
		nl := indexByte(data, i, '\n')
		if nl < 0 {
			break
		}
		i = nl + 1
		key, next, ok := plainString(data, i)
		if !ok || !hasLiteral(data, next, ": ") {
			continue
		}
		if k := sectionIndex(key); k >= 0 && starts[k].start < 0 {
			starts[k].start = next + 2
			tasks = append(tasks, task{k: k, start: next + 2})
		}
	}
	if len(tasks) == 0 {
		return g, starts
	}
	// A section probably ends where the next one starts.
	slices.SortFunc(tasks, func(a, b task) int { return a.start - b.start })
	for t := range tasks {
		tasks[t].until = len(data)
		if t+1 < len(tasks) {
			tasks[t].until = tasks[t+1].start
		}
	}
	// Longest first, each to the least loaded worker.
	slices.SortStableFunc(tasks, func(a, b task) int { return (b.until - b.start) - (a.until - a.start) })
	workers := max(1, min(maxWorkers, runtime.GOMAXPROCS(0), len(tasks)))
	if len(data) < minParallel {
		workers = 1
	}
	load := make([]int, workers)
	plan := make([][]task, workers)
	for _, t := range tasks {
		w := 0
		for x := range load {
			if load[x] < load[w] {
				w = x
			}
		}
		load[w] += t.until - t.start
		plan[w] = append(plan[w], t)
	}
	// A section that fails to parse makes the others stop early: the
	// file will most likely go to encoding/json.
	run := func(list []task) {
		if ctl.guard {
			defer ctl.recoverFault(debug.SetPanicOnFault(true))
		}
		for _, t := range list {
			end, ok := sections[t.k].parse(data, t.start, t.until, &g, ctl)
			// The first failure is a failure of its own section.
			final := ok || !ctl.stop.Swap(true)
			starts[t.k] = aheadResult{start: t.start, end: end, ok: ok, final: final}
		}
	}
	var wg sync.WaitGroup
	for _, list := range plan[1:] {
		wg.Go(func() { run(list) })
	}
	run(plan[0])
	wg.Wait()
	return g, starts
}

// parseList decodes the JSON array (or null) at b[i:] with parse for each
// element; an element that parse cannot read is decoded with
// encoding/json, as it would be into a fresh element of the list. It
// returns the list, the offset after the array, and false if the array is
// malformed or an element does not decode. until is where the array
// probably ends, or -1. Setting ctl.stop makes it give up.
func parseList[E any](b []byte, i, until int, parse func([]byte, int, *E) (int, bool), ctl *control) ([]E, int, bool) {
	if hasLiteral(b, i, "null") {
		return nil, i + 4, true
	}
	if i >= len(b) || b[i] != '[' {
		return nil, i, false
	}
	start := i
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == ']' {
		return []E{}, i + 1, true
	}
	var out []E
	for {
		if len(out)&0x3ff == 0 && ctl.stop.Load() {
			return nil, i, false
		}
		// The element is parsed in its place in out: appending a
		// parsed struct copies it with a write barrier for each of its
		// pointer fields whenever the garbage collector runs, which it
		// does for much of the reading of a large file. The slot past
		// len(out) is zero: out only ever grows by append, which
		// zeroes what it adds, and a slot a parser wrote into without
		// success is either zeroed again or given up with out.
		n := len(out)
		if n == cap(out) {
			out = slices.Grow(out, 1)
		}
		out = out[:n+1]
		next, ok := parse(b, i, &out[n])
		if !ok {
			ctl.fallbacks.Add(1)
			var e E
			if e, next, ok = decodeElement[E](b, i); !ok {
				return nil, i, false
			}
			out[n] = e
		}
		if len(out) == sampleSize && until > next {
			// Size the list from the length of the first elements.
			n := int(float64(until-next) * sampleSize / float64(next-start))
			out = slices.Grow(out, n)
		}
		i = skipWS(b, next)
		if i < len(b) && b[i] == ',' {
			i = skipWS(b, i+1)
			continue
		}
		if i < len(b) && b[i] == ']' {
			return fitCap(out), i + 1, true
		}
		return nil, i, false
	}
}

// byValue adapts a parser that returns its element to parseList.
func byValue[E any](parse func([]byte, int) (E, int, bool)) func([]byte, int, *E) (int, bool) {
	return func(b []byte, i int, e *E) (int, bool) {
		v, end, ok := parse(b, i)
		*e = v
		return end, ok
	}
}

// sampleSize is the number of elements of a list whose length estimates
// that of the list.
const sampleSize = 256

// decodeElement decodes the list element at b[i:] with encoding/json into
// a fresh E and returns the offset after it.
func decodeElement[E any](b []byte, i int) (E, int, bool) {
	var e E
	end, ok := elementEnd(b, i)
	if !ok || end <= i {
		return e, i, false
	}
	if json.Unmarshal(b[i:end], &e) != nil {
		return e, i, false
	}
	return e, end, true
}

// maxElementDepth bounds the nesting of a list element that decodeElement
// hands to encoding/json. encoding/json limits the nesting of a whole file
// (to 10,000 levels); an element decoded alone is two levels shallower
// than in the file, so a bound well below that keeps the fast reader from
// accepting a file that encoding/json rejects.
const maxElementDepth = 1000

// elementEnd returns the end of the JSON value at b[i:], found by matching
// brackets outside strings: it is right for valid JSON, and encoding/json
// then validates the value. ok is false if the value nests deeper than
// maxElementDepth or is not closed.
func elementEnd(b []byte, i int) (end int, ok bool) {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '"':
			for j++; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					j++
				}
			}
		case '{', '[':
			if depth++; depth > maxElementDepth {
				return i, false
			}
		case '}', ']':
			depth--
			if depth == 0 {
				return j + 1, true
			}
			if depth < 0 {
				// The end of the list, after a value that is not an
				// object or array.
				return j, true
			}
		case ',':
			if depth == 0 {
				return j, true
			}
		}
	}
	return len(b), depth == 0
}

// fitCap returns s, copied to a slice of its length if more than a fifth
// of its capacity is unused, which would otherwise be held as long as the
// graph. (append leaves up to a fifth unused.) A list of more than
// fitCapMax bytes is left as it is: the copy would hold it twice at once,
// and the unused end of so large an allocation is never written, so the
// system gives it no memory.
func fitCap[E any](s []E) []E {
	var e E
	if cap(s)-len(s) <= cap(s)/5 || uintptr(len(s))*unsafe.Sizeof(e) > fitCapMax {
		return s
	}
	return append(make([]E, 0, len(s)), s...)
}

// fitCapMax is the size of the largest list fitCap copies.
const fitCapMax = 16 << 20
