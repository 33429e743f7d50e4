package out

import (
	"strconv"
	"strings"
)

// dotAttr is one DOT attribute. Values are quoted by dotQuote unless Raw,
// which is only for values made by this package (numbers, colour codes,
// keywords), never for text from input.
type dotAttr struct {
	Key, Value string
	Raw        bool
}

// dotQuote returns s as a double-quoted DOT string. The text is cleaned, so
// it holds no newline or control character; a backslash is doubled and a
// double quote is escaped. Doubling the backslash matters twice: the
// closing quote can never be escaped away ("abc\" stays closed), and in
// labels Graphviz shows a literal backslash instead of expanding escapes
// such as \N (node name), \G (graph name), \L or \n, since it reads "\\N" as
// a backslash followed by N. Go's strconv.Unquote, and so gonum's DOT
// decoder, give back the cleaned text.
func dotQuote(s string) string {
	s = clean(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '"':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeDOTAttrs writes " [k=v, ...]" for a non-empty list.
func writeDOTAttrs(b *strings.Builder, attrs []dotAttr) {
	if len(attrs) == 0 {
		return
	}
	b.WriteString(" [")
	for i, a := range attrs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.Key)
		b.WriteByte('=')
		if a.Raw {
			b.WriteString(a.Value)
		} else {
			b.WriteString(dotQuote(a.Value))
		}
	}
	b.WriteByte(']')
}

// str, num and raw build attributes.
func str(k, v string) dotAttr     { return dotAttr{Key: k, Value: v} }
func num(k string, v int) dotAttr { return dotAttr{Key: k, Value: strconv.Itoa(v), Raw: true} }
func raw(k, v string) dotAttr     { return dotAttr{Key: k, Value: v, Raw: true} }

// dotNodeID is the DOT identifier of a node: a plain ID that needs no
// quoting.
func dotNodeID(id int) string { return "n" + strconv.Itoa(id) }
