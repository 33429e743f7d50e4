package out

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// smallGraph is the hand-made graph behind the golden files: four actors,
// three co-mention edges and two stances, one of them negative.
func smallGraph() *graph.Graph {
	return &graph.Graph{
		Format: graph.Format,
		Window: "sentence",
		Documents: []graph.DocRef{
			{ID: "a.txt", Title: "Talks in Abu Dhabi"},
			{ID: "b.txt", Title: "Kremlin reacts"},
		},
		Nodes: []graph.Node{
			{ID: 0, Name: "Russia", Type: extract.KindState, Aliases: []string{"Kremlin", "Russia"}, Mentions: 9, Documents: 2},
			{ID: 1, Name: "Steve Witkoff", Type: extract.KindPerson, Affiliation: "United States", Aliases: []string{"Steve Witkoff", "Witkoff"}, Mentions: 5, Documents: 2, ActorID: "person:steve-witkoff"},
			{ID: 2, Name: "United Nations", Type: extract.KindOrg, Aliases: []string{"UN", "United Nations"}, Mentions: 2, Documents: 1, ActorID: "org:united-nations", Role: "source"},
			{ID: 3, Name: "Yuri Ushakov", Type: extract.KindPerson, Affiliation: "Russia", Aliases: []string{"Ushakov", "Yuri Ushakov"}, Mentions: 3, Documents: 1},
		},
		Edges: []graph.Edge{
			{Source: 0, Target: 1, Weight: 4, Documents: 2},
			{Source: 0, Target: 3, Weight: 2, Documents: 1},
			{Source: 1, Target: 3, Weight: 3, Documents: 1},
		},
		Stances: []graph.Stance{
			{Source: 3, Target: 1, Positive: 2},
			{Source: 0, Target: 2, Negative: 1, Neutral: 1},
		},
	}
}

// hostileNames are actor names an attacker or a broken page could produce.
func hostileNames() []string {
	long := make([]byte, 10000)
	for i := range long {
		long[i] = "abcdefghij "[i%11]
	}
	return []string{
		`"quoted" name`,
		`back\slash\`,
		`\N \G \L \E \T \H \n \l \r`,
		`}; node [label="pwned"]; {`,
		`<script>alert(1)</script>`,
		`]]><evil/><![CDATA[`,
		`<img src=x onerror=alert(1)>`,
		`" onload="alert(1)`,
		`javascript:alert(1)`,
		`=HYPERLINK("http://evil","x")`,
		`+1+2`, `-2+3`, `@SUM(A1)`, "\tTabbed", "\rCR",
		"ctl\x00\x01\x1b[31m\x7f\u0085end",
		"rtl\u202Eevil\u200F\u2066x\u2069",
		"bad utf8 \xff\xfe end",
		"nonchar \uFFFE \uFFFF \uFDD0",
		"&amp; &foo; &#0; &#60;script&#62;",
		"{braces} [brackets] <angles> 'single'",
		string(long),
		"",
	}
}

// hostileGraph has one node per hostile name, in a ring of co-mention
// edges, and a stance between the first two.
func hostileGraph() *graph.Graph {
	return namedGraph(hostileNames())
}

// namedGraph builds a ring graph over the given names, with hostile
// affiliations and aliases too.
func namedGraph(names []string) *graph.Graph {
	g := &graph.Graph{Format: graph.Format, Window: "sentence", Documents: []graph.DocRef{{ID: "x"}}}
	for i, name := range names {
		g.Nodes = append(g.Nodes, graph.Node{ID: i, Name: name, Type: extract.Kind(i%4 + 0), Affiliation: name,
			Aliases: []string{name, "=" + name}, Mentions: i + 1, Documents: 1})
	}
	for i := 0; i+1 < len(names); i++ {
		g.Edges = append(g.Edges, graph.Edge{Source: i, Target: i + 1, Weight: i%3 + 1, Documents: 1})
	}
	if len(names) > 1 {
		g.Stances = append(g.Stances, graph.Stance{Source: 1, Target: 0, Negative: 2})
	}
	return g
}

// sampleGraph is a realistic small graph: 27 actors in three camps around
// talks on the war in Ukraine, with a few stances. It returns the graph,
// node sizes (weighted degree) and communities.
func sampleGraph() (*graph.Graph, []float64, []int) {
	type actor struct {
		name, aff string
		kind      extract.Kind
		comm      int
	}
	P, S, O := extract.KindPerson, extract.KindState, extract.KindOrg
	actors := []actor{
		{"Donald Trump", "United States", P, 0}, {"Steve Witkoff", "United States", P, 0},
		{"Marco Rubio", "United States", P, 0}, {"United States", "", S, 0}, {"Jared Kushner", "United States", P, 0},
		{"JD Vance", "United States", P, 0}, {"Dan Driscoll", "United States", P, 0},
		{"Vladimir Putin", "Russia", P, 1}, {"Yuri Ushakov", "Russia", P, 1}, {"Kirill Dmitriev", "Russia", P, 1},
		{"Sergei Lavrov", "Russia", P, 1}, {"Russia", "", S, 1}, {"Dmitry Peskov", "Russia", P, 1},
		{"Volodymyr Zelensky", "Ukraine", P, 2}, {"Ukraine", "", S, 2}, {"Rustem Umerov", "Ukraine", P, 2},
		{"European Union", "", O, 2}, {"NATO", "", O, 2}, {"Emmanuel Macron", "France", P, 2},
		{"Keir Starmer", "United Kingdom", P, 2}, {"United Kingdom", "", S, 2}, {"France", "", S, 2},
		{"Germany", "", S, 2}, {"Friedrich Merz", "Germany", P, 2},
		{"Turkey", "", S, -1}, {"Saudi Arabia", "", S, -1},
		{"Organization for Security and Co-operation in Europe", "", O, -1},
	}
	slices.SortFunc(actors, func(a, b actor) int { return cmp.Compare(a.name, b.name) })
	id := map[string]int{}
	g := &graph.Graph{Format: graph.Format, Window: "sentence"}
	for i := 0; i < 14; i++ {
		g.Documents = append(g.Documents, graph.DocRef{ID: string(rune('a' + i))})
	}
	comm := make([]int, len(actors))
	for i, a := range actors {
		id[a.name] = i
		comm[i] = a.comm
		g.Nodes = append(g.Nodes, graph.Node{ID: i, Name: a.name, Type: a.kind, Affiliation: a.aff, Mentions: 1, Documents: 1})
	}
	edges := []struct {
		a, b string
		w    int
	}{
		{"Donald Trump", "Vladimir Putin", 14}, {"Donald Trump", "Volodymyr Zelensky", 11}, {"Donald Trump", "Steve Witkoff", 9},
		{"Steve Witkoff", "Vladimir Putin", 8}, {"Steve Witkoff", "Yuri Ushakov", 5}, {"Steve Witkoff", "Kirill Dmitriev", 6},
		{"Steve Witkoff", "Jared Kushner", 5}, {"Marco Rubio", "Sergei Lavrov", 4}, {"Marco Rubio", "Donald Trump", 4},
		{"Marco Rubio", "Rustem Umerov", 3}, {"United States", "Russia", 7}, {"United States", "Ukraine", 6},
		{"Russia", "Ukraine", 12}, {"Vladimir Putin", "Yuri Ushakov", 6}, {"Vladimir Putin", "Dmitry Peskov", 4},
		{"Vladimir Putin", "Russia", 5}, {"Kirill Dmitriev", "Jared Kushner", 2}, {"Sergei Lavrov", "Russia", 3},
		{"Volodymyr Zelensky", "Ukraine", 6}, {"Volodymyr Zelensky", "Emmanuel Macron", 4}, {"Volodymyr Zelensky", "Keir Starmer", 4},
		{"Volodymyr Zelensky", "Friedrich Merz", 3}, {"Rustem Umerov", "Ukraine", 3}, {"Rustem Umerov", "Dan Driscoll", 3},
		{"Dan Driscoll", "JD Vance", 1}, {"JD Vance", "Donald Trump", 2}, {"European Union", "Ukraine", 5},
		{"NATO", "Ukraine", 4}, {"NATO", "Russia", 3}, {"European Union", "Germany", 2}, {"France", "United Kingdom", 3},
		{"Emmanuel Macron", "France", 2}, {"Keir Starmer", "United Kingdom", 2}, {"Friedrich Merz", "Germany", 2},
		{"Turkey", "Russia", 2}, {"Turkey", "Ukraine", 2}, {"Saudi Arabia", "United States", 2}, {"Saudi Arabia", "Russia", 1},
		{"Organization for Security and Co-operation in Europe", "Ukraine", 1}, {"Emmanuel Macron", "Keir Starmer", 3},
		{"Dmitry Peskov", "Volodymyr Zelensky", 2}, {"Kirill Dmitriev", "Vladimir Putin", 3},
	}
	size := make([]float64, len(actors))
	for _, e := range edges {
		a, b := id[e.a], id[e.b]
		if a > b {
			a, b = b, a
		}
		g.Edges = append(g.Edges, graph.Edge{Source: a, Target: b, Weight: e.w, Documents: 1})
		size[a] += float64(e.w)
		size[b] += float64(e.w)
	}
	slices.SortFunc(g.Edges, func(x, y graph.Edge) int {
		return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	stances := []struct {
		a, b     string
		pos, neg int
	}{
		{"Dmitry Peskov", "Volodymyr Zelensky", 0, 3}, {"Volodymyr Zelensky", "Vladimir Putin", 0, 2},
		{"Donald Trump", "Steve Witkoff", 3, 0}, {"Yuri Ushakov", "Steve Witkoff", 2, 0},
		{"Emmanuel Macron", "Volodymyr Zelensky", 2, 0}, {"Sergei Lavrov", "NATO", 0, 2}, {"Marco Rubio", "Ukraine", 1, 1},
	}
	for _, s := range stances {
		st := graph.Stance{Source: id[s.a], Target: id[s.b], Positive: s.pos, Negative: s.neg}
		if s.pos == s.neg {
			st.Neutral = 1
		}
		g.Stances = append(g.Stances, st)
	}
	return g, size, comm
}
