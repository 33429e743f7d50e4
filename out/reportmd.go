package out

import (
	"fmt"
	"io"
	"strings"
)

// WriteReportMarkdown writes r as Markdown: the same sections as the HTML
// report, figures as images of the SVG files named by ReportFigure.File
// (the caller writes them beside the Markdown file), citations as [n] links
// to the numbered source list.
func WriteReportMarkdown(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s\n\n", mdText(r.Title), mdText(r.Subtitle))
	b.WriteString("## What was read\n\n")
	rd := r.Read
	fmt.Fprintf(&b, "%s analysed", plural(rd.Documents, "document"))
	if rd.Folded > 0 {
		fmt.Fprintf(&b, ", %d duplicate copies folded into their originals", rd.Folded)
	} else {
		b.WriteString(", no duplicates found")
	}
	b.WriteString(". ")
	switch {
	case !rd.SkippedKnown:
		b.WriteString("Inputs skipped when the graph was built are not recorded in the graph file. ")
	case len(rd.Skipped) == 0:
		b.WriteString("No input was skipped. ")
	default:
		var parts []string
		for _, s := range rd.Skipped {
			parts = append(parts, fmt.Sprintf("%d %s", s.Count, mdText(s.Name)))
		}
		fmt.Fprintf(&b, "Skipped inputs: %s. ", strings.Join(parts, ", "))
	}
	if rd.Dated > 0 {
		fmt.Fprintf(&b, "%d documents are dated, from %s to %s. ", rd.Dated, mdText(rd.First), mdText(rd.Last))
	} else {
		b.WriteString("The documents carry no dates. ")
	}
	fmt.Fprintf(&b, "The graph has %d actors, %d co-mention ties and %d stated positions between actors (%d statements).\n\n",
		rd.Actors, rd.Edges, rd.Stances, rd.Statements)
	if len(rd.Outlets) > 0 {
		var parts []string
		for _, o := range rd.Outlets {
			parts = append(parts, fmt.Sprintf("%s (%d)", mdText(o.Name), o.Count))
		}
		fmt.Fprintf(&b, "Outlets: %s.\n\n", strings.Join(parts, ", "))
	}
	if len(r.Periods) > 0 {
		b.WriteString("| month | documents |\n|---|---:|\n")
		for _, p := range r.Periods {
			fmt.Fprintf(&b, "| %s | %d |\n", mdCell(p.Name), p.Count)
		}
		b.WriteString("\n")
	}
	for i, f := range r.Figures {
		fmt.Fprintf(&b, "![%s](%s)\n\n*Figure %d.* %s\n\n", mdText(f.Title), f.File, i+1, mdText(f.Caption))
		if i == 0 {
			mdActors(&b, r)
			mdCamps(&b, r)
		}
	}
	b.WriteString("## Alliances and conflicts\n\nFrom stated positions: how often one actor spoke in support of (+), against (−) or neutrally about (·) another, with the sentences. Strongest first.\n\n")
	mdTies(&b, "Strongest support", r.Alliances, r.HasConfidence)
	mdTies(&b, "Strongest opposition", r.Conflicts, r.HasConfidence)
	if ch := r.Changes; ch != nil {
		fmt.Fprintf(&b, "## What changed\n\nThe earlier half of the months the articles cover, %s, against the later half, %s: ties compared by shared sentences per 1,000 articles of each period, stance flips, and shifts in rank.\n\n",
			mdText(ch.Before), mdText(ch.After))
		if len(ch.Lines) == 0 {
			b.WriteString("No tie, stance or rank changed clearly between the two periods.\n\n")
		}
		for _, l := range ch.Lines {
			fmt.Fprintf(&b, "- **%s**: %s", mdText(l.Kind), mdText(l.Text))
			for _, qt := range l.Quotes {
				fmt.Fprintf(&b, " — %s %s", mdText(quoteText(qt.Text)), mdCites([]int{qt.Cite}))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("## Key paths\n\n")
	for _, p := range r.Paths {
		fmt.Fprintf(&b, "### %s — %s\n\n", mdText(p.From), mdText(p.To))
		if p.Missing != "" {
			fmt.Fprintf(&b, "%s\n\n", mdText(p.Missing))
			continue
		}
		for i, s := range p.Steps {
			fmt.Fprintf(&b, "%d. %s — %s (%s)", i+1, mdText(s.From), mdText(s.To), plural(s.Weight, "shared sentence"))
			if s.Quote != nil {
				fmt.Fprintf(&b, ": %s %s", mdText(quoteText(s.Quote.Text)), mdCites([]int{s.Quote.Cite}))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("## Sources\n\n")
	for _, s := range r.Sources {
		title := s.Title
		if title == "" {
			title = s.Label
		}
		fmt.Fprintf(&b, "<a id=\"src-%d\"></a>%d. **%s**", s.N, s.N, mdText(title))
		for _, x := range []string{s.Outlet, s.Date} {
			if x != "" {
				fmt.Fprintf(&b, " · %s", mdText(x))
			}
		}
		if s.URL != "" {
			fmt.Fprintf(&b, " · <%s>", strings.NewReplacer(">", "%3E", " ", "%20").Replace(clean(s.URL)))
		}
		fmt.Fprintf(&b, " · `%s`\n", strings.ReplaceAll(clean(s.ID), "`", "'"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdActors(b *strings.Builder, r *Report) {
	fmt.Fprintf(b, "## Top actors\n\nRanked by %s on the co-mention graph. Betweenness is the share of shortest routes that pass through the actor. The sources cited are where its strongest ties are stated.\n\n", mdText(r.Actors.Measure))
	fmt.Fprintf(b, "| # | actor | type | affiliation | community | %s | betweenness | ties | mentions | articles | sources |\n", mdCell(r.Actors.Measure))
	b.WriteString("|---:|---|---|---|---:|---:|---:|---:|---:|---:|---|\n")
	for _, a := range r.Actors.Rows {
		comm := ""
		if a.Community > 0 {
			comm = fmt.Sprint(a.Community)
		}
		fmt.Fprintf(b, "| %d | %s | %s | %s | %s | %.4f | %.3f | %d | %d | %d | %s |\n", a.Rank, mdCell(a.Name), a.Type,
			mdCell(a.Affiliation), comm, a.Value, a.Betweenness, a.Degree, a.Mentions, a.Documents, mdCites(a.Cites))
	}
	b.WriteString("\n")
}

func mdCamps(b *strings.Builder, r *Report) {
	c := r.Camps
	fmt.Fprintf(b, "## Camps\n\nLouvain communities of the co-mention graph: %d groups, modularity Q = %.2f. Colours are the same in every figure.\n\n", len(c.Camps), c.Q)
	if c.Weak {
		fmt.Fprintf(b, "> **Weak partition.** %s\n\n", mdText(c.Warning))
	}
	b.WriteString("| # | actors | members (most central first) | sources |\n|---:|---:|---|---|\n")
	for _, cm := range c.Camps {
		members := make([]string, len(cm.Members))
		for i, m := range cm.Members {
			members[i] = mdCell(m)
		}
		more := ""
		if cm.More > 0 {
			more = fmt.Sprintf(" and %d more", cm.More)
		}
		fmt.Fprintf(b, "| %d | %d | %s%s | %s |\n", cm.N, cm.Size, strings.Join(members, ", "), more, mdCites(cm.Cites))
	}
	b.WriteString("\n")
}

func mdTies(b *strings.Builder, title string, ties []ReportTie, conf bool) {
	fmt.Fprintf(b, "### %s\n\n", title)
	if len(ties) == 0 {
		b.WriteString("None stated.\n\n")
		return
	}
	for _, t := range ties {
		fmt.Fprintf(b, "- **%s** about **%s**: %d +, %d −, %d ·", mdText(t.From), mdText(t.To), t.Positive, t.Negative, t.Neutral)
		if conf {
			fmt.Fprintf(b, " (confidence %.2f)", t.Confidence)
		}
		b.WriteString("\n")
		for _, q := range t.Quotes {
			text := "(the sentence quoted above)"
			if q.Text != "" {
				text = quoteText(q.Text)
			}
			fmt.Fprintf(b, "  > %s %s\n", mdText(text), mdCites([]int{q.Cite}))
		}
	}
	b.WriteString("\n")
}

// mdCites formats citations as links to the source list.
func mdCites(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[\\[%d\\]](#src-%d)", n, n)
	}
	return b.String()
}

// mdEscaper escapes the characters that Markdown or inline HTML would
// read as markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`, "&", "&amp;")

// mdText returns s cleaned of control characters and escaped for Markdown.
func mdText(s string) string { return mdEscaper.Replace(clean(s)) }

// mdCell is mdText for a table cell.
func mdCell(s string) string { return mdText(s) }
