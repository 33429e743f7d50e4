package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/actorgraph/actorgraph/out"
)

// safe cleans an untrusted string for a line of terminal output (see
// out.Clean).
func safe(s string) string { return out.Clean(s) }

// clip shortens s to at most n runes for a table cell or an evidence line,
// on a word boundary where it can, with an ellipsis; it is cleaned first
// (out.Clean: no control or bidirectional formatting characters, white
// space runs as one space) so that untrusted text cannot move the cursor
// or reorder what the terminal shows.
func clip(s string, n int) string {
	s = out.Clean(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	for i := cut; i > n*2/3; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

// writeJSONError prints an error as one JSON object, for scripts that asked
// for --json.
func writeJSONError(w io.Writer, msg string, code int) {
	b, err := json.Marshal(struct {
		Error string `json:"error"`
		Exit  int    `json:"exit"`
	}{msg, code})
	if err != nil {
		fmt.Fprintf(w, "actorgraph: %s\n", out.Clean(msg))
		return
	}
	fmt.Fprintf(w, "%s\n", out.EscapeJSON(b))
}

// writeTable writes t to the command's output, cut to the terminal's
// width when the output is a terminal.
func writeTable(c *cli.Context, t *out.Table) error {
	if f, ok := c.App.Writer.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 20 {
			t.Width = w
		}
	}
	return t.Write(c.App.Writer)
}

// jsonWriter escapes bidirectional formatting characters in the JSON
// written through it (out.JSONWriter).
func jsonWriter(w io.Writer) io.Writer { return out.JSONWriter(w) }
