package out_test

import (
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/out"
)

func exampleGraph() *graph.Graph {
	return &graph.Graph{
		Format: graph.Format,
		Nodes: []graph.Node{
			{ID: 0, Name: "Russia", Type: extract.KindState, Mentions: 9, Documents: 2},
			{ID: 1, Name: "Steve Witkoff", Type: extract.KindPerson, Affiliation: "United States", Mentions: 5, Documents: 2},
			{ID: 2, Name: "=HYPERLINK(\"http://x\")", Type: extract.KindOrg, Mentions: 1, Documents: 1},
		},
		Edges:   []graph.Edge{{Source: 0, Target: 1, Weight: 4, Documents: 2}},
		Stances: []graph.Stance{{Source: 1, Target: 0, Negative: 1}},
	}
}

// Export with FormatCSV writes the edge list; a formula-like name is
// written as text.
func ExampleExport() {
	g := exampleGraph()
	g.Edges = append(g.Edges, graph.Edge{Source: 1, Target: 2, Weight: 1, Documents: 1})
	if err := out.Export(os.Stdout, g, out.FormatCSV); err != nil {
		fmt.Println(err)
	}
	// Output:
	// source,target,type,kind,weight,documents,positive,negative,neutral,source_label,target_label
	// state:russia,person:steve-witkoff,undirected,comention,4,2,,,,Russia,Steve Witkoff
	// person:steve-witkoff,org:hyperlink-http-x,undirected,comention,1,1,,,,Steve Witkoff,"'=HYPERLINK(""http://x"")"
	// person:steve-witkoff,state:russia,directed,stance,1,,0,1,0,Steve Witkoff,Russia
}

// ExportCSV writes nodes and edges as two tables.
func ExampleExportCSV() {
	if err := out.ExportCSV(os.Stdout, os.Stdout, exampleGraph()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,label,actor_type,affiliation,aliases,mentions,documents,role
	// state:russia,Russia,state,,,9,2,
	// person:steve-witkoff,Steve Witkoff,person,United States,,5,2,
	// org:hyperlink-http-x,"'=HYPERLINK(""http://x"")",org,,,1,1,
	// source,target,type,kind,weight,documents,positive,negative,neutral,source_label,target_label
	// state:russia,person:steve-witkoff,undirected,comention,4,2,,,,Russia,Steve Witkoff
	// person:steve-witkoff,state:russia,directed,stance,1,,0,1,0,Steve Witkoff,Russia
}

func ExampleTable() {
	t := out.NewTable("actor", "type", "pagerank")
	t.Add("Donald Trump", "person", "0.182")
	t.Add("Russia", "state", "0.09")
	if err := t.Write(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// actor         type    pagerank
	// Donald Trump  person     0.182
	// Russia        state       0.09
}

func ExampleWriteJSON() {
	_ = out.WriteJSON(os.Stdout, map[string]any{"actor": "AT&T <Corp>", "mentions": 3})
	// Output:
	// {
	//   "actor": "AT\u0026T \u003cCorp\u003e",
	//   "mentions": 3
	// }
}

// DiagramFrom describes what Render will draw.
func ExampleDiagramFrom() {
	d := out.DiagramFrom(exampleGraph(), nil, nil)
	d.Title = "Example"
	fmt.Println(len(d.Nodes), "nodes,", len(d.Edges), "edges, sized by", d.SizeBy)
	fmt.Println(d.Subtitle)
	// Output:
	// 3 nodes, 2 edges, sized by mentions
	// 3 actors · 1 co-mention link · 1 stated position
}
