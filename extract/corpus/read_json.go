package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonValue is one field of a record: a string, the literal text of a
// number, or the name of another JSON type. Null leaves it unset.
type jsonValue struct {
	set  bool
	s    string
	kind string // "a string", "a number", "an object", ...
}

// UnmarshalJSON implements json.Unmarshaler without building maps or
// slices for values of the wrong type.
func (v *jsonValue) UnmarshalJSON(b []byte) error {
	kind := jsonKind(b)
	switch kind {
	case "null":
		return nil
	case "a string":
		if s, ok := jsonUnquote(b); ok {
			v.s = s
		} else if err := json.Unmarshal(b, &v.s); err != nil {
			return err
		}
	case "a number":
		v.s = string(b)
	}
	v.set, v.kind = true, kind
	return nil
}

// jsonUnquote decodes the JSON string b (quotes included) as
// json.Unmarshal does, for strings of valid UTF-8 whose escapes are the
// one-letter ones and \u escapes of characters outside the surrogate
// range; it reports false for anything else, which the caller leaves to
// encoding/json. A record's text is most of its bytes: decoding it here
// saves the second validation and copy of json.Unmarshal.
func jsonUnquote(b []byte) (string, bool) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return "", false
	}
	b = b[1 : len(b)-1]
	i := jsonPlain(b)
	if i == len(b) {
		if !utf8.Valid(b) {
			return "", false
		}
		return string(b), true
	}
	out := make([]byte, i, len(b))
	copy(out, b[:i])
	for i < len(b) {
		if n := jsonPlain(b[i:]); n > 0 {
			out = append(out, b[i:i+n]...)
			i += n
			continue
		}
		if b[i] != '\\' {
			return "", false // a quote or a control character
		}
		if i+1 >= len(b) {
			return "", false
		}
		switch e := b[i+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if i+6 > len(b) {
				return "", false
			}
			r, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 32)
			if err != nil || 0xD800 <= r && r < 0xE000 {
				return "", false
			}
			out = utf8.AppendRune(out, rune(r))
			i += 6
			continue
		default:
			return "", false
		}
		i += 2
	}
	if !utf8.Valid(out) {
		return "", false
	}
	return string(out), true
}

// jsonPlain returns the length of the prefix of b that a JSON string
// holds as it is: no backslash, quote or control character.
func jsonPlain(b []byte) int {
	for i, c := range b {
		if c < 0x20 || c == '"' || c == '\\' {
			return i
		}
	}
	return len(b)
}

// jsonFields are the fields of a record that a Document is made of.
// Keys match case-insensitively, as encoding/json does.
type jsonFields struct {
	ID        jsonValue `json:"id"`
	Title     jsonValue `json:"title"`
	Headline  jsonValue `json:"headline"`
	Text      jsonValue `json:"text"`
	Body      jsonValue `json:"body"`
	Content   jsonValue `json:"content"`
	Date      jsonValue `json:"date"`
	Published jsonValue `json:"published"`
	Time      jsonValue `json:"time"`
	PubDate   jsonValue `json:"pubdate"`
	DateTime  jsonValue `json:"datetime"`
	URL       jsonValue `json:"url"`
	Link      jsonValue `json:"link"`
	Source    jsonValue `json:"source"`
}

// jsonRecord converts one JSON object into a Document. It reads the
// fields id (string or number), title (or headline), text (or body or
// content), date (or published, time, pubdate, datetime; string or
// number, kept as written for the Reader to normalise), url (or link) and
// source; other fields are ignored and null counts as absent. A field of
// another type skips the record as "bad-field", except a date, which is
// kept as its JSON type's name so that the Reader warns about it and uses
// the record undated; a record without text skips as "no-text". Records that are not valid UTF-8 are repaired like text files.
// ID, Path and Line are left to the caller.
func jsonRecord(raw []byte, maxDoc int64) (Document, *Warning, *SkipError) {
	var warn *Warning
	if !utf8.Valid(raw) {
		s, w := repairUTF8(raw)
		raw, warn = []byte(s), w
	}
	if kind := jsonKind(raw); kind != "an object" {
		return Document{}, warn, skipf(SkipMalformedJSON, "record is %s, want an object", kind)
	}
	var rec jsonFields
	if err := json.Unmarshal(raw, &rec); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && strings.Contains(syn.Error(), "unexpected end") {
			return Document{}, warn, skipf(SkipMalformedJSON, "unexpected end of the record (truncated JSON)")
		}
		return Document{}, warn, skipf(SkipMalformedJSON, "%v", err)
	}
	var doc Document
	fields := []struct {
		dst      *string
		numberOK bool
		keys     []string
		vals     []*jsonValue
	}{
		{&doc.ID, true, []string{"id"}, []*jsonValue{&rec.ID}},
		{&doc.Title, false, []string{"title", "headline"}, []*jsonValue{&rec.Title, &rec.Headline}},
		{&doc.Text, false, []string{"text", "body", "content"}, []*jsonValue{&rec.Text, &rec.Body, &rec.Content}},
		{&doc.Date, true, []string{"date", "published", "time", "pubdate", "datetime"},
			[]*jsonValue{&rec.Date, &rec.Published, &rec.Time, &rec.PubDate, &rec.DateTime}},
		{&doc.URL, false, []string{"url", "link"}, []*jsonValue{&rec.URL, &rec.Link}},
		{&doc.Source, false, []string{"source"}, []*jsonValue{&rec.Source}},
	}
	for _, f := range fields {
		for i, v := range f.vals {
			if !v.set {
				continue
			}
			if f.dst == &doc.Date && v.kind != "a string" && v.kind != "a number" {
				// Never a skip for a date: the Reader cannot read
				// this one and says so.
				*f.dst = "(" + v.kind + ")"
				break
			}
			if v.kind != "a string" && (v.kind != "a number" || !f.numberOK) {
				want := "a string"
				if f.numberOK {
					want = "a string or a number"
				}
				return Document{}, warn, skipf(SkipBadField, "field %q is %s, want %s", f.keys[i], v.kind, want)
			}
			*f.dst = v.s
			break
		}
	}
	if int64(len(doc.Text)) > maxDoc {
		return Document{}, warn, skipf(SkipTooLarge, "text of %s, more than the %s limit", formatSize(int64(len(doc.Text))), formatSize(maxDoc))
	}
	doc.Text = cleanText(decodeCharRefs(doc.Text))
	if doc.Text == "" {
		if rec.Text.set || rec.Body.set || rec.Content.set {
			return Document{}, warn, skipf(SkipNoText, "the text is empty")
		}
		return Document{}, warn, skipf(SkipNoText, `no "text", "body" or "content" field`)
	}
	doc.Title = strings.Join(strings.Fields(cleanText(decodeCharRefs(doc.Title))), " ")
	for _, s := range []*string{&doc.ID, &doc.Date, &doc.URL, &doc.Source} {
		*s = strings.TrimSpace(cleanText(*s))
	}
	return doc, warn, nil
}

// jsonKind names the type of a JSON value from its first byte.
func jsonKind(v []byte) string {
	v = bytes.TrimLeft(v, " \t\r\n")
	if len(v) == 0 {
		return "empty"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// jsonLines reads JSON lines one record at a time. Lines longer than
// maxLine are skipped without being held in memory.
type jsonLines struct {
	r       *bufio.Reader
	path    string
	line    int
	maxLine int64
	maxDoc  int64
	buf     []byte
	done    bool
}

// maxKeptBuf is the largest line buffer kept between lines; a longer
// line's buffer is dropped after use so that one huge record does not pin
// its memory for the rest of the run.
const maxKeptBuf = 4 << 20

// next returns the next document, a *SkipError for a bad line, or io.EOF.
func (j *jsonLines) next() (Document, *Warning, error) {
	for !j.done {
		line, tooLong, err := j.readLine()
		if err == io.EOF {
			j.done = true
			break
		}
		j.line++
		if err != nil {
			j.done = true
			return Document{}, nil, &SkipError{Path: j.path, Line: j.line, Reason: SkipUnreadable, Err: err}
		}
		if tooLong {
			return Document{}, nil, &SkipError{Path: j.path, Line: j.line, Reason: SkipTooLarge,
				Err: errors.New("line longer than " + formatSize(j.maxLine))}
		}
		if j.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		doc, w, skip := jsonRecord(line, j.maxDoc)
		if cap(j.buf) > maxKeptBuf {
			j.buf = nil
		}
		w = warnAt(w, j.path, j.line)
		if skip != nil {
			skip.Path, skip.Line = j.path, j.line
			return Document{}, w, skip
		}
		doc.Path, doc.Line = j.path, j.line
		if doc.ID == "" {
			doc.ID = j.path + "#" + strconv.Itoa(j.line)
		}
		return doc, w, nil
	}
	return Document{}, nil, io.EOF
}

// readLine returns the next line without its newline. A line longer than
// maxLine is consumed and reported as tooLong without being kept.
func (j *jsonLines) readLine() (line []byte, tooLong bool, err error) {
	j.buf = j.buf[:0]
	for {
		chunk, err := j.r.ReadSlice('\n')
		if !tooLong {
			if int64(len(j.buf)+len(chunk)) > j.maxLine+1 { // +1 for the newline
				tooLong, j.buf = true, j.buf[:0]
			} else {
				j.buf = append(j.buf, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimSuffix(j.buf, []byte("\n")), tooLong, nil
		case io.EOF:
			if len(j.buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return j.buf, tooLong, nil
		default:
			return nil, false, err
		}
	}
}

// errRecordTooLarge stops the JSON decoder inside a record that is
// larger than the limit.
var errRecordTooLarge = errors.New("record too large")

// budgetReader is a reader that fails with errRecordTooLarge after left
// bytes; it is reset before each JSON record.
type budgetReader struct {
	r    io.Reader
	left int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errRecordTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

// jsonValues reads a JSON array element by element, or a stream of
// top-level JSON objects (a single object is the common case) one by one.
// A syntax error ends the file, since the decoder cannot find the next
// record after it.
type jsonValues struct {
	dec       *json.Decoder
	budget    *budgetReader
	path      string
	n         int
	array     bool
	maxRecord int64
	maxDoc    int64
	done      bool
}

// openJSONValues starts reading a .json file: an array of records, or
// one or more top-level objects.
func openJSONValues(br *bufio.Reader, path string, maxRecord, maxDoc int64) (*jsonValues, *SkipError) {
	first, err := skipSpace(br)
	if err == io.EOF {
		return nil, &SkipError{Path: path, Reason: SkipEmpty, Err: errors.New("no JSON value")}
	}
	if err != nil {
		return nil, &SkipError{Path: path, Reason: SkipUnreadable, Err: err}
	}
	if first != '[' && first != '{' {
		return nil, &SkipError{Path: path, Reason: SkipMalformedJSON,
			Err: errors.New("top-level value is " + jsonKind([]byte{first}) + ", want an array or an object")}
	}
	budget := &budgetReader{r: br, left: maxRecord}
	j := &jsonValues{dec: json.NewDecoder(budget), budget: budget, path: path, maxRecord: maxRecord, maxDoc: maxDoc}
	if first == '[' {
		j.array = true
		if _, err := j.dec.Token(); err != nil {
			return nil, &SkipError{Path: path, Reason: SkipMalformedJSON, Err: err}
		}
	}
	return j, nil
}

// skipSpace discards a UTF-8 byte order mark and white space and
// returns the next byte without consuming it.
func skipSpace(br *bufio.Reader) (byte, error) {
	if b, err := br.Peek(3); err == nil && string(b) == "\xef\xbb\xbf" {
		br.Discard(3)
	}
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			br.Discard(1)
			continue
		}
		return b[0], nil
	}
}

// next returns the next document, a *SkipError for a bad record, or io.EOF.
func (j *jsonValues) next() (Document, *Warning, error) {
	if j.done {
		return Document{}, nil, io.EOF
	}
	if !j.dec.More() {
		j.done = true
		if j.array {
			if _, err := j.dec.Token(); err != nil {
				return Document{}, nil, &SkipError{Path: j.path, Line: j.n + 1, Reason: SkipMalformedJSON,
					Err: errors.New("array not closed: " + err.Error())}
			}
		}
		return Document{}, nil, io.EOF
	}
	j.n++
	j.budget.left = j.maxRecord
	var raw json.RawMessage
	if err := j.dec.Decode(&raw); err != nil {
		j.done = true
		reason := SkipMalformedJSON
		if errors.Is(err, errRecordTooLarge) {
			reason, err = SkipTooLarge, errors.New("record longer than "+formatSize(j.maxRecord))
		}
		return Document{}, nil, &SkipError{Path: j.path, Line: j.n, Reason: reason,
			Err: errors.New(err.Error() + " (byte offset " + strconv.FormatInt(j.dec.InputOffset(), 10) + "); rest of file not read")}
	}
	doc, w, skip := jsonRecord(raw, j.maxDoc)
	w = warnAt(w, j.path, j.n)
	if skip != nil {
		skip.Path, skip.Line = j.path, j.n
		return Document{}, w, skip
	}
	doc.Path, doc.Line = j.path, j.n
	if doc.ID == "" {
		doc.ID = j.path + "#" + strconv.Itoa(j.n)
	}
	return doc, w, nil
}

// warnAt sets the position of a warning, if there is one.
func warnAt(w *Warning, path string, line int) *Warning {
	if w != nil {
		w.Path, w.Line = path, line
	}
	return w
}
