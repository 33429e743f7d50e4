package query

import (
	"fmt"

	"github.com/actorgraph/actorgraph/out"
	"github.com/actorgraph/actorgraph/query/cite"
	"github.com/actorgraph/actorgraph/query/period"
)

// reportChangesTop is the number of lines of each kind in the report's
// "What changed" section.
const reportChangesTop = 4

// reportChanges compares the earlier and the later half of the months the
// dated documents cover (Compare, matched through the forms the whole
// graph merged): ties that strengthened or appeared, stance flips and rank
// shifts, each with one cited sentence. It returns nil when fewer than two
// months are covered.
func (q *Graph) reportChanges(months []out.ReportCount, seed uint64, cites *cite.List) (*out.ReportChanges, error) {
	if len(months) < 2 {
		return nil, nil
	}
	mid := len(months) / 2
	span := func(ms []out.ReportCount) string {
		if len(ms) == 1 {
			return ms[0].Name
		}
		return ms[0].Name + ".." + ms[len(ms)-1].Name
	}
	labels := [2]string{span(months[:mid]), span(months[mid:])}
	var sides [2]*Graph
	for i, l := range labels {
		p, err := period.Parse(l)
		if err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		if sides[i], err = q.Between(p); err != nil {
			return nil, fmt.Errorf("report: period %s: %w", l, err)
		}
	}
	d, err := Compare(sides[0], sides[1], labels, DiffOptions{Top: reportChangesTop, Evidence: 1, Seed: seed, Forms: q.Forms()})
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	ch := &out.ReportChanges{Before: fmt.Sprintf("%s (%s)", labels[0], plural(d.Before.Documents, "article")),
		After: fmt.Sprintf("%s (%s)", labels[1], plural(d.After.Documents, "article"))}
	quotes := func(evs []Evidence) []out.ReportQuote {
		var qs []out.ReportQuote
		for _, ev := range evs {
			if ev.Text != "" {
				qs = append(qs, out.ReportQuote{Text: ev.Text, Cite: cites.Cite(evIndex(q.Graph, ev.Doc))})
			}
		}
		return qs
	}
	for _, t := range d.StrengthenedTies {
		ch.Lines = append(ch.Lines, out.ReportChange{Kind: "stronger tie",
			Text: fmt.Sprintf("%s — %s: %.1f → %.1f sentences per 1,000 articles", t.A, t.B, t.RateBefore, t.RateAfter), Quotes: quotes(t.Evidence)})
	}
	for _, t := range d.AppearedTies {
		ch.Lines = append(ch.Lines, out.ReportChange{Kind: "new tie",
			Text: fmt.Sprintf("%s — %s: %s in the later period, none before", t.A, t.B, plural(t.After, "sentence")), Quotes: quotes(t.Evidence)})
	}
	for _, f := range d.StanceFlips {
		var evs []Evidence
		for _, s := range f.Evidence {
			evs = append(evs, s.Evidence)
		}
		ch.Lines = append(ch.Lines, out.ReportChange{Kind: "stance flip",
			Text: fmt.Sprintf("%s on %s: %+d/−%d before, %+d/−%d after", f.Speaker, f.Target,
				f.Before.Support, f.Before.Opposition, f.After.Support, f.After.Opposition), Quotes: quotes(evs)})
	}
	for _, r := range d.RankShifts {
		ch.Lines = append(ch.Lines, out.ReportChange{Kind: "rank shift",
			Text: fmt.Sprintf("%s: rank %d → %d by PageRank", r.Name, r.Before, r.After), Quotes: quotes(r.Evidence)})
	}
	return ch, nil
}
