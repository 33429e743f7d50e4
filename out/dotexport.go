package out

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// writeDataDOT writes the whole graph as DOT data: every actor with its
// attributes and every edge with its counts, in an undirected graph where
// stance edges carry dir="forward" (tail = speaker). It carries no styling;
// Graphviz draws it plainly, and tools that read DOT (gonum, networkx via
// pydot) get the attributes.
func writeDataDOT(w io.Writer, g *graph.Graph) error {
	var b strings.Builder
	fmt.Fprintf(&b, "// actorgraph: %d actors, %d co-mention edges, %d stances\n", len(g.Nodes), len(g.Edges), len(g.Stances))
	b.WriteString("graph actorgraph {\n\tgraph")
	writeDOTAttrs(&b, []dotAttr{str("format", g.Format), str("window", g.Window), num("documents", len(g.Documents))})
	b.WriteString(";\n")
	for _, n := range sortedNodes(g) {
		attrs := []dotAttr{str("label", n.Name), str("type", n.Type.String())}
		if a := clean(n.Affiliation); a != "" {
			attrs = append(attrs, str("affiliation", a))
		}
		if a := cleanAll(n.Aliases); len(a) > 0 {
			attrs = append(attrs, str("aliases", strings.Join(a, "; ")))
		}
		attrs = append(attrs, num("mentions", n.Mentions), num("documents", n.Documents))
		if id := clean(n.ActorID); id != "" {
			attrs = append(attrs, str("actor_id", id))
		}
		if r := clean(n.Role); r != "" {
			attrs = append(attrs, str("role", r))
		}
		b.WriteString("\t" + dotNodeID(n.ID))
		writeDOTAttrs(&b, attrs)
		b.WriteString(";\n")
	}
	for _, l := range links(g) {
		attrs := []dotAttr{raw("kind", l.Kind), num("weight", l.Weight)}
		if l.Directed() {
			attrs = append(attrs, raw("dir", "forward"), num("positive", l.Positive), num("negative", l.Negative), num("neutral", l.Neutral))
		} else {
			attrs = append(attrs, num("documents", l.Documents))
		}
		fmt.Fprintf(&b, "\t%s -- %s", dotNodeID(l.Source), dotNodeID(l.Target))
		writeDOTAttrs(&b, attrs)
		b.WriteString(";\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}
