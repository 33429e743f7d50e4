package corpus

import (
	"fmt"
	"strconv"
)

// SkipReason is a short, stable key that says why an input was skipped. The
// keys are meant for run summaries ("3 skipped: 2 binary, 1 malformed-json")
// and do not change between versions.
type SkipReason string

// The reasons an input (a file, a folder, a JSON record or stdin) is skipped.
const (
	SkipNotFound      SkipReason = "not-found"      // the path does not exist
	SkipUnreadable    SkipReason = "unreadable"     // permission denied or an I/O error
	SkipEmpty         SkipReason = "empty"          // an empty file, an empty stdin, only white space
	SkipBinary        SkipReason = "binary"         // an image, archive, executable or other non-text file
	SkipTooLarge      SkipReason = "too-large"      // a file, record or line above the size limits
	SkipUnknownFormat SkipReason = "unknown-format" // an unknown extension whose content is not UTF-8 text
	SkipMalformedJSON SkipReason = "malformed-json" // a JSON syntax error, or a record that is not an object
	SkipBadField      SkipReason = "bad-field"      // a JSON field of the wrong type, such as "title": 3
	SkipNoText        SkipReason = "no-text"        // a record or page without article text
	SkipHTMLFailed    SkipReason = "html-failed"    // the HTML extractor failed or panicked
	SkipHTMLTimeout   SkipReason = "html-timeout"   // the HTML extractor ran longer than Options.HTMLTimeout
	SkipSymlinkLoop   SkipReason = "symlink-loop"   // a symbolic link back to a folder being read
	SkipAlreadyRead   SkipReason = "already-read"   // a folder reached a second time through a symbolic link
	SkipGraphFile     SkipReason = "graph-file"     // an actorgraph graph file (what build writes), not articles
)

// SkipError says why an input (a file, a JSON record or line, a folder or
// stdin) was skipped. Reader.Next returns it for every input it cannot use;
// the caller counts it and calls Next again.
type SkipError struct {
	// Path is the file or folder ("-" for stdin).
	Path string
	// Line is the 1-based line (JSON lines) or record number (JSON arrays)
	// inside Path, 0 when the whole input was skipped.
	Line   int
	Reason SkipReason
	// Err gives the detail; it may be nil.
	Err error
}

// Error returns "path:line: reason: detail", leaving out the path when it
// is empty, the line when it is 0 and the detail when Err is nil.
func (e *SkipError) Error() string {
	s := e.Path
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	if s != "" {
		s += ": "
	}
	s += string(e.Reason)
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *SkipError) Unwrap() error { return e.Err }

// skipf builds a SkipError without a position; Reader fills in Path and
// Line.
func skipf(reason SkipReason, format string, args ...any) *SkipError {
	return &SkipError{Reason: reason, Err: fmt.Errorf(format, args...)}
}

// WarningKind is a short, stable key for a problem that was repaired without
// skipping the input.
type WarningKind string

// The repairs reported through Options.OnWarning.
const (
	// WarnInvalidUTF8: bytes that are not UTF-8 were replaced by U+FFFD.
	WarnInvalidUTF8 WarningKind = "invalid-utf8"
	// WarnCP1252: the input was not UTF-8 but read as single-byte
	// Windows-1252 (a superset of Latin-1) text and converted.
	WarnCP1252 WarningKind = "cp1252"
	// WarnDeepHTML: markup nested deeper than the limit was flattened
	// before extraction (the text is kept, the tags are dropped).
	WarnDeepHTML WarningKind = "deep-html"
	// WarnBadDate: the document's date could not be read (Detail holds
	// it); the document is used without a date.
	WarnBadDate WarningKind = "bad-date"
	// WarnDatePart: only the leading words of the document's date could
	// be read (Detail holds it all); the rest was dropped.
	WarnDatePart WarningKind = "date-part"
)

// Warning reports an input that was repaired and still used: the document
// is returned by Reader.Next as usual and the warning goes to
// Options.OnWarning.
type Warning struct {
	Path string
	// Line is the JSON line or record number, 0 for whole files.
	Line int
	Kind WarningKind
	// Count is how many bytes, characters or tags were repaired.
	Count int
	// Detail is the text the warning is about (the unreadable date).
	Detail string
}

// String returns "path:line: kind: detail".
func (w Warning) String() string {
	s := w.Path
	if w.Line > 0 {
		s += ":" + strconv.Itoa(w.Line)
	}
	s += ": " + string(w.Kind) + ": "
	switch w.Kind {
	case WarnInvalidUTF8:
		s += fmt.Sprintf("replaced %d invalid UTF-8 bytes with U+FFFD", w.Count)
	case WarnCP1252:
		s += fmt.Sprintf("not UTF-8; read as Windows-1252 (%d non-ASCII bytes converted)", w.Count)
	case WarnDeepHTML:
		s += fmt.Sprintf("dropped %d tags nested too deep; their text is kept", w.Count)
	case WarnDatePart:
		s += fmt.Sprintf("read only the leading date of %q; the rest is dropped", w.Detail)
	case WarnBadDate:
		s += fmt.Sprintf("cannot read the date %q (give --date-format); the document is used undated", w.Detail)
	default:
		s += strconv.Itoa(w.Count)
	}
	return s
}
