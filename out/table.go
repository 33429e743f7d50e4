package out

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// DefaultMaxCell is the longest cell, in runes, that Table prints before
// cutting it with an ellipsis.
const DefaultMaxCell = 60

// Table is an aligned text table for the terminal. Columns whose cells
// are all numbers (or empty) are right-aligned. Cells are cleaned of
// control characters (so a name cannot move the cursor or change colours)
// and cut to MaxCell runes.
type Table struct {
	headers []string
	rows    [][]string
	// MaxCell is the longest cell in runes; 0 means DefaultMaxCell and a
	// negative value means no limit.
	MaxCell int
	// Width, when positive, is the width of the terminal: the widest text
	// columns are cut (to no less than minColumn runes) until every line
	// fits.
	Width int
}

// minColumn is the narrowest a text column is cut to by Table.Width.
const minColumn = 8

// NewTable returns a table with the given column headers.
func NewTable(headers ...string) *Table {
	return &Table{headers: headers}
}

// Add appends a row. Missing cells are empty; extra cells are kept and
// get an unnamed column.
func (t *Table) Add(cells ...string) {
	t.rows = append(t.rows, cells)
}

// Len returns the number of rows added.
func (t *Table) Len() int { return len(t.rows) }

// Write prints the table with two spaces between columns. The last column
// is not padded, so lines carry no trailing blanks unless it is numeric.
func (t *Table) Write(w io.Writer) error {
	ncol := len(t.headers)
	for _, r := range t.rows {
		ncol = max(ncol, len(r))
	}
	if ncol == 0 {
		return nil
	}
	limit := t.MaxCell
	if limit == 0 {
		limit = DefaultMaxCell
	}
	cell := func(r []string, i int) string {
		if i >= len(r) {
			return ""
		}
		s := clean(r[i])
		if limit > 0 {
			s = truncate(s, limit)
		}
		return s
	}
	rows := make([][]string, 0, len(t.rows)+1)
	rows = append(rows, make([]string, ncol))
	for i := range ncol {
		rows[0][i] = cell(t.headers, i)
	}
	for _, r := range t.rows {
		row := make([]string, ncol)
		for i := range ncol {
			row[i] = cell(r, i)
		}
		rows = append(rows, row)
	}
	if t.Width > 0 {
		fitWidth(rows, t.Width)
	}
	// Right-align numeric columns by padding their cells to the column
	// width; tabwriter then aligns every column on the left.
	for c := range ncol {
		numeric, seen := true, false
		width := 0
		for i, r := range rows {
			width = max(width, utf8.RuneCountInString(r[c]))
			if i > 0 && r[c] != "" {
				seen = true
				numeric = numeric && isNumber(r[c])
			}
		}
		if !numeric || !seen {
			continue
		}
		for _, r := range rows {
			r[c] = strings.Repeat(" ", width-utf8.RuneCountInString(r[c])) + r[c]
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.DiscardEmptyColumns)
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		b.WriteString(strings.Join(r, "\t"))
		b.WriteByte('\n')
		if _, err := io.WriteString(tw, b.String()); err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// isNumber reports whether s reads as a number: digits with an optional
// sign, decimal point, thousands commas, exponent or trailing percent sign.
func isNumber(s string) bool {
	s = strings.TrimSuffix(strings.ReplaceAll(s, ",", ""), "%")
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && !strings.ContainsAny(s, "xXnN_") // not hex, Inf, NaN
}

// fitWidth cuts the cells of the widest text columns until a line of the
// table (two spaces between columns) is at most width runes, or every text
// column is down to minColumn.
func fitWidth(rows [][]string, width int) {
	if len(rows) == 0 {
		return
	}
	ncol := len(rows[0])
	widths := make([]int, ncol)
	text := make([]bool, ncol)
	for c := range ncol {
		for i, r := range rows {
			widths[c] = max(widths[c], utf8.RuneCountInString(r[c]))
			if i > 0 && r[c] != "" && !isNumber(r[c]) {
				text[c] = true
			}
		}
	}
	total := func() int {
		n := 2 * (ncol - 1)
		for _, w := range widths {
			n += w
		}
		return n
	}
	for total() > width {
		widest := -1
		for c := range ncol {
			if text[c] && widths[c] > minColumn && (widest < 0 || widths[c] > widths[widest]) {
				widest = c
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	for _, r := range rows {
		for c := range ncol {
			r[c] = truncate(r[c], widths[c])
		}
	}
}
