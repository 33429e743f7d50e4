package build

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/extract"
)

// Record is one entry of a Builder in an engine-neutral form: plain data
// with a grouping key, so that a distributed engine (Apache Beam, Spark)
// can group records by Kind and Key, combine each group with
// MergeRecords, write them as JSON lines, and AddRecord can rebuild a
// Builder from them. Counts are integers and evidence is capped by the
// smallest (document, offset) keys, so every engine gives the same bytes.
type Record struct {
	// Kind is "doc", "actor", "edge", "stance", "statement", "place",
	// "folded" or "options".
	Kind string `json:"kind"`
	// Key groups records: document ID, actor key, "key1\x00key2" for
	// edges and stances, document and offset for statements, place name.
	Key       string           `json:"key"`
	Doc       *graph.DocRef    `json:"doc,omitempty"`
	Actor     *ActorRecord     `json:"actor,omitempty"`
	Edge      *EdgeRecord      `json:"edge,omitempty"`
	Stance    *StanceRecord    `json:"stance,omitempty"`
	Statement *StatementRecord `json:"statement,omitempty"`
	Place     *PlaceRecord     `json:"place,omitempty"`
	Folded    int              `json:"folded,omitempty"`
	// Options are the build options the records were made with: a table
	// carries them in one record of kind "options", so that it is read
	// back with the same window and caps (ReadTable).
	Options *OptionsRecord `json:"options,omitempty"`
	// Words are the one-word actor keys of a dated document (kind
	// "doc"), which Node.Seen is made of.
	Words []string `json:"words,omitempty"`
}

// OptionsRecord holds the build options of a record table.
type OptionsRecord struct {
	Window        string `json:"window"`
	MaxEvidence   int    `json:"max_evidence"`
	MaxStatements int    `json:"max_statements,omitempty"`
	MaxRefs       int    `json:"max_refs,omitempty"`
	// Sources is the source policy ("keep" or "drop"; "" is drop).
	Sources string `json:"sources,omitempty"`
}

// NewOptionsRecord returns the record that carries opts in a table.
func NewOptionsRecord(opts BuildOptions) Record {
	if opts.Window == "" {
		opts.Window = WindowSentence
	}
	if opts.MaxEvidence == 0 {
		opts.MaxEvidence = DefaultMaxEvidence
	}
	return Record{Kind: "options", Options: &OptionsRecord{Window: string(opts.Window), MaxEvidence: opts.MaxEvidence,
		MaxStatements: opts.MaxStatements, MaxRefs: opts.MaxRefs, Sources: sourcesField(opts.Sources)}}
}

// sourcesField is the Sources field of an options record: "" for the
// default policy, so that tables of the default build read as before.
func sourcesField(p SourcePolicy) string {
	if p == SourcesKeep {
		return string(SourcesKeep)
	}
	return ""
}

// BuildOptions returns the options an options record holds.
func (o OptionsRecord) BuildOptions() (BuildOptions, error) {
	w, err := ParseWindow(o.Window)
	if err != nil {
		return BuildOptions{}, fmt.Errorf("options record: %w", err)
	}
	src, err := ParseSourcePolicy(o.Sources)
	if err != nil {
		return BuildOptions{}, fmt.Errorf("options record: %w", err)
	}
	if src == SourcesDrop {
		src = "" // the zero value, as NewBuilder callers pass it
	}
	return BuildOptions{Window: w, MaxEvidence: o.MaxEvidence, MaxStatements: o.MaxStatements, MaxRefs: o.MaxRefs,
		Sources: src}, nil
}

// ActorRecord accumulates one actor across documents.
type ActorRecord struct {
	Names        map[string]int `json:"names"`
	Kinds        map[string]int `json:"kinds"`
	Affiliations map[string]int `json:"affiliations,omitempty"`
	Aliases      []string       `json:"aliases"`
	Mentions     int            `json:"mentions"`
	Documents    int            `json:"documents"`
	// Votes, Known and Hints are the evidence of the corpus-level
	// resolution: context votes, documents in which the gazetteer named
	// the actor (by type), and gazetteer people a bare surname may mean
	// (by key).
	Votes *extract.Votes `json:"votes,omitempty"`
	Known map[string]int `json:"known,omitempty"`
	Hints map[string]int `json:"hints,omitempty"`
	// Days are the actor's counts per day (see Node.Days).
	Days []ActorDayRecord `json:"days,omitempty"`
}

// ActorDayRecord is an actor's counts on one day, its votes by label (see
// Node.Votes).
type ActorDayRecord struct {
	Day       graph.Day      `json:"day"`
	Mentions  int            `json:"mentions"`
	Documents int            `json:"documents"`
	Votes     map[string]int `json:"votes"`
}

// EvidenceRecord is evidence keyed by document ID.
type EvidenceRecord struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text,omitempty"`
}

// EdgeRecord accumulates one co-mention edge.
type EdgeRecord struct {
	Weight    int              `json:"weight"`
	Documents int              `json:"documents"`
	Evidence  []EvidenceRecord `json:"evidence"`
	// Refs are the sentences behind the edge, without text (see
	// Edge.Refs); they include those of Evidence.
	Refs []EvidenceRecord `json:"refs,omitempty"`
	// Days are the weight and documents per day (see Edge.Days).
	Days []graph.DayCount `json:"days,omitempty"`
}

// StanceRecord accumulates one directed stance edge.
type StanceRecord struct {
	Positive int              `json:"positive"`
	Negative int              `json:"negative"`
	Neutral  int              `json:"neutral"`
	Evidence []EvidenceRecord `json:"evidence"`
	// Days are the statements per day (see Stance.Days).
	Days []graph.StanceDay `json:"days,omitempty"`
	// ConfidenceWeight sums the confidence weights of the -1, 0 and 1
	// statements (integers, so that records merge in any order).
	ConfidenceWeight [3]int64 `json:"confidence_weight,omitempty"`
}

// StatementRecord is one statement, with actor keys.
type StatementRecord struct {
	Speaker  string         `json:"speaker"`
	Targets  []string       `json:"targets"`
	Cue      string         `json:"cue"`
	Polarity int            `json:"polarity"`
	Issue    string         `json:"issue,omitempty"`
	Evidence EvidenceRecord `json:"evidence"`
	// Confidence, TargetPolarity and TargetConfidence are those of
	// Statement.
	Confidence       float64   `json:"confidence,omitempty"`
	TargetPolarity   []int     `json:"target_polarity,omitempty"`
	TargetConfidence []float64 `json:"target_confidence,omitempty"`
}

// PlaceRecord accumulates one place.
type PlaceRecord struct {
	Mentions  int `json:"mentions"`
	Documents int `json:"documents"`
	// Days are the mentions and documents per day (see Place.Days).
	Days []graph.DayCount `json:"days,omitempty"`
}

func toEvRecords(list []evRef) []EvidenceRecord {
	out := make([]EvidenceRecord, len(list))
	for i, e := range list {
		out[i] = EvidenceRecord{Doc: e.Doc, Sentence: e.Sentence, Start: e.Span.Start, End: e.Span.End, Text: e.Text}
	}
	return out
}

func fromEvRecords(list []EvidenceRecord) []evRef {
	out := make([]evRef, len(list))
	for i, e := range list {
		out[i] = evRef{Doc: e.Doc, Sentence: e.Sentence, Span: extract.Span{Start: e.Start, End: e.End}, Text: e.Text}
	}
	return out
}

func countsByName(m map[extract.Kind]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k.String()] = v
	}
	return out
}

// Records returns the builder's content as records, sorted by kind and key.
func (b *Builder) Records() []Record {
	var out []Record
	for id, d := range b.docs {
		d := d
		out = append(out, Record{Kind: "doc", Key: id, Doc: &d, Words: b.oneWord[id]})
	}
	for k, a := range b.actors {
		rec := &ActorRecord{Names: a.names.toMap(), Kinds: countsByName(a.kinds.toMap()),
			Affiliations: a.affiliations.toMap(), Aliases: a.aliases.keys(), Mentions: a.mentions, Documents: a.documents,
			Days: actorDayRecords(a.days)}
		a.ev.toRecord(rec)
		out = append(out, Record{Kind: "actor", Key: k, Actor: rec})
	}
	for k, e := range b.edges {
		refs := b.sortedRefs(slices.Clone(e.refs))
		rr := make([]EvidenceRecord, len(refs))
		for i, r := range refs {
			rr[i] = EvidenceRecord{Doc: b.docIDs[r.doc], Sentence: int(r.sentence), Start: int(r.start), End: int(r.end)}
		}
		out = append(out, Record{Kind: "edge", Key: k[0] + "\x00" + k[1], Edge: &EdgeRecord{Weight: e.weight,
			Documents: e.documents, Evidence: toEvRecords(e.evidence), Refs: rr, Days: e.days}})
	}
	for k, s := range b.stances {
		out = append(out, Record{Kind: "stance", Key: k[0] + "\x00" + k[1], Stance: &StanceRecord{Positive: s.pos,
			Negative: s.neg, Neutral: s.neu, Evidence: toEvRecords(s.evidence), Days: s.days,
			ConfidenceWeight: s.conf}})
	}
	for _, s := range b.statements {
		ev := toEvRecords([]evRef{s.ev})[0]
		ev.Text = b.quoteText(s)
		out = append(out, Record{Kind: "statement", Key: fmt.Sprintf("%s\x00%012d\x00%s", s.ev.Doc, s.ev.Span.Start, s.speaker),
			Statement: &StatementRecord{Speaker: s.speaker, Targets: s.targets, Cue: s.cue, Polarity: s.polarity,
				Issue: s.issue, Evidence: ev, Confidence: s.conf, TargetPolarity: s.tpol, TargetConfidence: s.tconf}})
	}
	for k, p := range b.places {
		out = append(out, Record{Kind: "place", Key: k, Place: &PlaceRecord{Mentions: p.mentions, Documents: p.documents,
			Days: p.days}})
	}
	if b.folded > 0 {
		out = append(out, Record{Kind: "folded", Key: "", Folded: b.folded})
	}
	slices.SortFunc(out, func(x, y Record) int {
		if c := strings.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		return strings.Compare(x.Key, y.Key)
	})
	return out
}

// AddRecord merges one record into the builder, with the same code that
// merges builders.
func (b *Builder) AddRecord(r Record) error {
	pair := func() ([2]string, error) {
		a, c, ok := strings.Cut(r.Key, "\x00")
		if !ok {
			return [2]string{}, fmt.Errorf("record %s key %q is not a pair", r.Kind, r.Key)
		}
		return [2]string{a, c}, nil
	}
	switch {
	case r.Kind == "doc" && r.Doc != nil:
		b.docs[r.Key] = *r.Doc
		for _, k := range r.Words {
			b.noteOneWord(r.Key, k)
		}
	case r.Kind == "actor" && r.Actor != nil:
		a := newActorAcc()
		a.mentions, a.documents = r.Actor.Mentions, r.Actor.Documents
		for n, c := range r.Actor.Names {
			a.names.add(n, c)
		}
		for n, c := range r.Actor.Kinds {
			k, err := extract.ParseKind(n)
			if err != nil && n != "unknown" {
				return fmt.Errorf("actor record %q: %w", r.Key, err)
			}
			a.kinds.add(k, c)
		}
		for n, c := range r.Actor.Affiliations {
			a.affiliations.add(n, c)
		}
		for _, al := range r.Actor.Aliases {
			a.aliases.add(al, 0)
		}
		a.days = fromActorDayRecords(r.Actor.Days)
		if err := a.ev.fromRecord(r.Actor); err != nil {
			return fmt.Errorf("actor record %q: %w", r.Key, err)
		}
		b.mergeActor(r.Key, a)
	case r.Kind == "edge" && r.Edge != nil:
		k, err := pair()
		if err != nil {
			return err
		}
		e := &edgeAcc{weight: r.Edge.Weight, documents: r.Edge.Documents, days: mergeDayCounts(nil, r.Edge.Days)}
		for _, ev := range fromEvRecords(r.Edge.Evidence) {
			e.evidence = b.keepEvidence(e.evidence, ev)
		}
		for _, ev := range fromEvRecords(r.Edge.Refs) {
			e.refs = b.addRefs(e.refs, refOf(b.docNum(ev.Doc), ev))
		}
		b.mergeEdge(k, e)
	case r.Kind == "stance" && r.Stance != nil:
		k, err := pair()
		if err != nil {
			return err
		}
		s := &stanceAcc{pos: r.Stance.Positive, neg: r.Stance.Negative, neu: r.Stance.Neutral,
			days: mergeStanceDays(nil, r.Stance.Days), conf: r.Stance.ConfidenceWeight}
		for _, ev := range fromEvRecords(r.Stance.Evidence) {
			s.evidence = b.keepEvidence(s.evidence, ev)
		}
		b.mergeStance(k, s)
	case r.Kind == "statement" && r.Statement != nil:
		s := r.Statement
		ev := fromEvRecords([]EvidenceRecord{s.Evidence})[0]
		if ev.Text != "" {
			b.quotes[s.Speaker] = b.keepEvidence(b.quotes[s.Speaker], ev)
			ev.Text = ""
		}
		b.statements = append(b.statements, stmtAcc{speaker: s.Speaker, targets: slices.Clone(s.Targets), cue: s.Cue,
			polarity: sign(s.Polarity), issue: s.Issue, ev: ev, conf: s.Confidence,
			tpol: slices.Clone(s.TargetPolarity), tconf: slices.Clone(s.TargetConfidence)})
	case r.Kind == "place" && r.Place != nil:
		b.mergePlace(r.Key, &placeAcc{mentions: r.Place.Mentions, documents: r.Place.Documents,
			days: mergeDayCounts(nil, r.Place.Days)})
	case r.Kind == "folded":
		b.folded += r.Folded
	case r.Kind == "options" && r.Options != nil:
		o, err := r.Options.BuildOptions()
		if err != nil {
			return err
		}
		if b.table != nil && *b.table != o {
			return fmt.Errorf("options record: the table mixes records built with different options (%+v and %+v)", *b.table, o)
		}
		b.table = &o
	default:
		return fmt.Errorf("unknown or empty record of kind %q", r.Kind)
	}
	return nil
}

// MergeRecords combines two records of the same kind and key into one,
// through AddRecord; it is associative and commutative. Statements are
// unique per key and are returned as they are.
func MergeRecords(opts BuildOptions, x, y Record) (Record, error) {
	if x.Kind != y.Kind || x.Key != y.Key {
		return Record{}, fmt.Errorf("merge records: %s %q and %s %q differ", x.Kind, x.Key, y.Kind, y.Key)
	}
	if x.Kind == "statement" || x.Kind == "doc" {
		return x, nil
	}
	if x.Kind == "options" {
		if x.Options == nil || y.Options == nil || *x.Options != *y.Options {
			return Record{}, fmt.Errorf("merge records: options records differ")
		}
		return x, nil
	}
	b := NewBuilder(opts)
	if err := b.AddRecord(x); err != nil {
		return Record{}, err
	}
	if err := b.AddRecord(y); err != nil {
		return Record{}, err
	}
	rs := b.Records()
	if len(rs) != 1 {
		return Record{}, fmt.Errorf("merge records: %d results", len(rs))
	}
	return rs[0], nil
}

// ReadRecords reads records written as JSON lines (one Record per line, as
// the Beam pipeline writes them) into b. Errors name the source and line.
func (b *Builder) ReadRecords(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<28)
	line := 0
	for sc.Scan() {
		line++
		data := bytes.TrimSpace(sc.Bytes())
		if len(data) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(data, &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := b.AddRecord(rec); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// ReadTable reads a record table (JSON lines files, in any order and
// split in any way) into a graph with the options the table carries in its
// options record. A table without one (written before the pipeline carried
// its options) is read with fallback; noOptions reports that.
func ReadTable(files []string, fallback BuildOptions) (g *graph.Graph, noOptions bool, err error) {
	// Records were capped when they were made; read them all and apply
	// the table's caps once its options are known.
	b := NewBuilder(BuildOptions{MaxEvidence: -1})
	for _, p := range files {
		if err := readRecordFile(b, p); err != nil {
			return nil, false, err
		}
	}
	opts := fallback
	if b.table != nil {
		opts = *b.table
	}
	b.setOptions(opts)
	return b.Graph(), b.table == nil, nil
}

// readRecordFile reads the records of one file into b.
func readRecordFile(b *Builder, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read table: %w", err)
	}
	defer f.Close()
	return b.ReadRecords(f, path)
}
