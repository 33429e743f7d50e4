package corpus

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The default limits of Options.
const (
	// DefaultMaxDocBytes caps one document: a text or HTML file, or the
	// text of one JSON record.
	DefaultMaxDocBytes = 32 << 20
	// DefaultMaxHTMLBytes caps the markup handed to the HTML extractor
	// once scripts, styles and comments are removed. The extractor needs
	// about 5 s per MiB of dense markup (a real news page has well under
	// 1 MiB), so this bounds the time one page can take.
	DefaultMaxHTMLBytes = 4 << 20
	// DefaultHTMLTimeout bounds the time spent extracting one HTML page.
	DefaultHTMLTimeout = 60 * time.Second
)

// Options configures reading. The zero value uses the defaults.
type Options struct {
	// MaxDocBytes caps one document (0 means DefaultMaxDocBytes). A JSON
	// line or array record may be twice as long, for escapes.
	MaxDocBytes int64
	// MaxHTMLBytes caps the markup of one page after scripts and styles
	// are removed (0 means DefaultMaxHTMLBytes).
	MaxHTMLBytes int64
	// HTMLTimeout bounds the extraction of one page (0 means
	// DefaultHTMLTimeout, negative means no limit). A page that takes
	// longer is skipped as "html-timeout"; its extraction goes on in the
	// background until it ends.
	HTMLTimeout time.Duration
	// Stdin is read for the path "-" (nil means os.Stdin).
	Stdin io.Reader
	// StdinFormat is the format of stdin; FormatAuto guesses it from the
	// first bytes (see sniff).
	StdinFormat Format
	// OnWarning, if set, is called for each input that was repaired and
	// still used (invalid UTF-8, Windows-1252 text, markup nested too
	// deep, a date that cannot be read). Documents carry no trace of
	// repairs; this is the only report.
	OnWarning func(Warning)
	// Exclude lists files that are never read, without a skip: the
	// output file of the build reading the corpus, which may sit in a
	// folder it reads (build DIR -o DIR/graph.json run twice).
	Exclude []string
	// DateLayouts are Go time layouts (see date.Layout) tried before the
	// built-in forms when a document's date is normalised.
	DateLayouts []string
}

// Reader streams the documents under a list of paths: files, folders (read
// recursively in name order, skipping names that start with ".") and "-"
// for stdin. Memory does not grow with the corpus: files are read one at a
// time and JSON files record by record. The same inputs give the same
// documents in the same order. A Reader is not safe for concurrent use.
//
// The format comes from the extension: .txt and .text are plain text;
// .md, .markdown, .mdown and .mkd Markdown; .html, .htm and .xhtml HTML;
// .jsonl and .ndjson JSON lines; .json a JSON array of records or one or
// more objects. Other files are read as plain text when they are UTF-8 text
// (or as HTML when they start like a page), skipped as "binary" when they
// look binary and as "unknown-format" otherwise. Stdin is sniffed the same
// way unless Options.StdinFormat says otherwise: '{' starts JSON
// lines, '[' a JSON array.
//
// Every input that cannot be used comes back from Next as a *SkipError
// with a SkipReason; inputs that were repaired (see Warning) are used and
// reported through Options.OnWarning.
type Reader struct {
	opts    Options
	args    []string
	argi    int
	dirs    []dirCursor
	seen    map[string]bool // real paths of the folders read so far
	exclude []os.FileInfo   // Options.Exclude that exist
	stream  recordStream
	file    io.Closer
	stdinRd bool
	closed  bool
}

// dirCursor is a folder being walked.
type dirCursor struct {
	path    string
	real    string
	entries []os.DirEntry
	next    int
}

// recordStream is a file of JSON records being read.
type recordStream interface {
	next() (Document, *Warning, error)
}

// Open returns a Reader over paths. Nothing is opened until Next.
func Open(paths []string, opts Options) *Reader {
	if opts.MaxDocBytes <= 0 {
		opts.MaxDocBytes = DefaultMaxDocBytes
	}
	if opts.MaxHTMLBytes <= 0 {
		opts.MaxHTMLBytes = DefaultMaxHTMLBytes
	}
	if opts.HTMLTimeout == 0 {
		opts.HTMLTimeout = DefaultHTMLTimeout
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	r := &Reader{opts: opts, args: append([]string(nil), paths...), seen: map[string]bool{}}
	for _, p := range opts.Exclude {
		if st, err := os.Stat(p); err == nil {
			r.exclude = append(r.exclude, st)
		}
	}
	return r
}

// excluded reports whether info is one of Options.Exclude.
func (c *Reader) excluded(info os.FileInfo) bool {
	for _, x := range c.exclude {
		if os.SameFile(x, info) {
			return true
		}
	}
	return false
}

// errCorpusClosed is returned by Next after Close.
var errCorpusClosed = errors.New("extract: corpus is closed")

// Next returns the next document, io.EOF at the end, or a *SkipError for an
// input that was skipped (the caller counts it and calls Next again). Other
// errors are fatal; the only one is calling Next after Close.
func (c *Reader) Next() (Document, error) {
	if c.closed {
		return Document{}, errCorpusClosed
	}
	for {
		if c.stream != nil {
			doc, w, err := c.stream.next()
			c.warn(w)
			if err != io.EOF {
				if err == nil {
					doc = c.normaliseDate(doc)
				}
				return doc, err
			}
			c.closeFile()
			continue
		}
		path, err := c.nextPath()
		if err != nil {
			return Document{}, err
		}
		doc, ok, err := c.open(path)
		if err == nil && ok {
			doc = c.normaliseDate(doc)
		}
		if err != nil || ok {
			return doc, err
		}
	}
}

// Close releases the file being read. Next returns an error afterwards.
func (c *Reader) Close() error {
	c.closed = true
	c.dirs = nil
	return c.closeFile()
}

func (c *Reader) closeFile() error {
	c.stream = nil
	if c.file == nil {
		return nil
	}
	err := c.file.Close()
	c.file = nil
	return err
}

// warn passes a warning on to OnWarning.
func (c *Reader) warn(w *Warning) {
	if w != nil && c.opts.OnWarning != nil {
		c.opts.OnWarning(*w)
	}
}

// nextPath returns the next path to read: the next entry of the folder
// being walked, or the next argument. It returns io.EOF at the end.
func (c *Reader) nextPath() (string, error) {
	for len(c.dirs) > 0 {
		d := &c.dirs[len(c.dirs)-1]
		if d.next >= len(d.entries) {
			c.dirs = c.dirs[:len(c.dirs)-1]
			continue
		}
		e := d.entries[d.next]
		d.next++
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		return filepath.Join(d.path, e.Name()), nil
	}
	if c.argi >= len(c.args) {
		return "", io.EOF
	}
	p := c.args[c.argi]
	c.argi++
	if p != "-" {
		p = filepath.Clean(p)
	}
	return p, nil
}

// open starts reading path. It returns a document (ok), a *SkipError, or
// neither when path was a folder or a JSON file that Next goes on to read.
func (c *Reader) open(path string) (Document, bool, error) {
	if path == "-" {
		return c.openStdin()
	}
	walking := len(c.dirs) > 0
	info, err := os.Stat(path)
	if err != nil {
		return Document{}, false, statSkip(path, err)
	}
	if info.IsDir() {
		return Document{}, false, c.openDir(path)
	}
	if c.excluded(info) {
		return Document{}, false, nil
	}
	if !info.Mode().IsRegular() && walking {
		return Document{}, false, &SkipError{Path: path, Reason: SkipUnknownFormat,
			Err: errors.New("not a regular file (" + info.Mode().Type().String() + ")")}
	}
	format := formatOf(path)
	if format != FormatJSON && format != FormatJSONLines && info.Mode().IsRegular() && info.Size() > c.opts.MaxDocBytes {
		return Document{}, false, &SkipError{Path: path, Reason: SkipTooLarge,
			Err: errors.New(formatSize(info.Size()) + ", more than the " + formatSize(c.opts.MaxDocBytes) + " limit")}
	}
	// A size of 0 is not taken at its word: files under /proc and /sys
	// report 0 and have content; an empty file is found empty on reading.
	f, err := os.Open(path)
	if err != nil {
		return Document{}, false, statSkip(path, err)
	}
	c.file = f
	return c.read(path, f, format)
}

// statSkip turns an error from stat, open or a folder read into a skip.
func statSkip(path string, err error) *SkipError {
	var reason SkipReason
	switch {
	case errors.Is(err, syscall.ELOOP):
		reason = SkipSymlinkLoop
	case errors.Is(err, fs.ErrNotExist):
		reason = SkipNotFound
		if _, lerr := os.Lstat(path); lerr == nil {
			reason, err = SkipUnreadable, errors.New("broken symbolic link")
		}
	default:
		reason = SkipUnreadable
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &SkipError{Path: path, Reason: reason, Err: err}
}

// openDir pushes a folder onto the walk, refusing folders reached again
// through symbolic links.
func (c *Reader) openDir(path string) error {
	real, err := filepath.EvalSymlinks(path)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return statSkip(path, err)
	}
	for _, d := range c.dirs {
		if d.real == real {
			return &SkipError{Path: path, Reason: SkipSymlinkLoop, Err: errors.New("links back to " + d.path)}
		}
	}
	if c.seen[real] {
		return &SkipError{Path: path, Reason: SkipAlreadyRead, Err: errors.New("folder " + real + " was already read")}
	}
	c.seen[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		return statSkip(path, err)
	}
	c.dirs = append(c.dirs, dirCursor{path: path, real: real, entries: entries})
	return nil
}

// openStdin reads "-".
func (c *Reader) openStdin() (Document, bool, error) {
	if c.stdinRd {
		return Document{}, false, &SkipError{Path: "-", Reason: SkipEmpty, Err: errors.New("stdin was already read")}
	}
	c.stdinRd = true
	br := bufio.NewReaderSize(c.opts.Stdin, 64<<10)
	head, err := br.Peek(sniffBytes)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			return Document{}, false, &SkipError{Path: "-", Reason: SkipUnreadable, Err: err}
		}
		return Document{}, false, &SkipError{Path: "-", Reason: SkipEmpty, Err: errors.New("nothing on stdin")}
	}
	format := c.opts.StdinFormat
	if format == FormatAuto {
		format = sniff(head)
	}
	return c.read("-", br, format)
}

// read reads a file or stdin in the given format.
func (c *Reader) read(path string, r io.Reader, format Format) (Document, bool, error) {
	if format == FormatAuto {
		// No extension that says: JSON lines or a JSON array are known
		// by their first bytes (a file without .jsonl, a process
		// substitution such as <(zcat news.jsonl.gz)).
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(sniffBytes)
		if f := sniffJSON(head); f != FormatAuto {
			format = f
		}
		r = br
	}
	if format == FormatJSON || format == FormatJSONLines {
		return Document{}, false, c.openJSON(path, r, format)
	}
	b, skip := readLimited(r, c.opts.MaxDocBytes)
	c.closeFile()
	if skip != nil {
		skip.Path = path
		return Document{}, false, skip
	}
	if len(b) == 0 {
		return Document{}, false, &SkipError{Path: path, Reason: SkipEmpty, Err: errors.New("empty file")}
	}
	if isGraphFile(b) {
		return Document{}, false, &SkipError{Path: path, Reason: SkipGraphFile,
			Err: errors.New("an actorgraph graph file, not articles")}
	}
	if format == FormatAuto {
		var skip *SkipError
		if format, skip = sniffFile(b); skip != nil {
			skip.Path = path
			return Document{}, false, skip
		}
	}
	var doc Document
	var warn []Warning
	switch format {
	case FormatHTML:
		doc, warn, skip = htmlTimed(b, "", c.opts.MaxHTMLBytes, c.opts.HTMLTimeout)
	default:
		var w *Warning
		doc, w, skip = textBytes(b, format == FormatMarkdown)
		if w != nil {
			warn = append(warn, *w)
		}
	}
	for i := range warn {
		warn[i].Path = path
		c.warn(&warn[i])
	}
	if skip != nil {
		skip.Path = path
		return Document{}, false, skip
	}
	doc.ID, doc.Path = path, path
	return doc, true, nil
}

// sniffFile decides the format of a file with no or an unknown
// extension: an HTML page, UTF-8 (or UTF-16 with a byte order mark) text,
// binary data, or an unknown format.
func sniffFile(b []byte) (Format, *SkipError) {
	if len(b) == 0 {
		return FormatAuto, skipf(SkipEmpty, "empty file")
	}
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return FormatText, nil
	}
	if kind, ok := binaryKind(b); ok {
		return FormatAuto, skipf(SkipBinary, "%s", kind)
	}
	if !utf8.Valid(b[:min(len(b), 1<<20)]) && !utf8.Valid(b) {
		return FormatAuto, skipf(SkipUnknownFormat, "unknown extension and not UTF-8 text")
	}
	if looksHTML(b) {
		return FormatHTML, nil
	}
	return FormatText, nil
}

// openJSON starts reading a JSON lines or JSON file record by record.
func (c *Reader) openJSON(path string, r io.Reader, format Format) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffBytes)
	if len(head) == 0 {
		c.closeFile()
		return &SkipError{Path: path, Reason: SkipEmpty, Err: errors.New("empty file")}
	}
	if len(head) >= 2 && (head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	} else if kind, ok := binaryKind(head); ok {
		c.closeFile()
		return &SkipError{Path: path, Reason: SkipBinary, Err: errors.New(kind)}
	} else if isGraphFile(head) {
		c.closeFile()
		return &SkipError{Path: path, Reason: SkipGraphFile, Err: errors.New("an actorgraph graph file, not articles")}
	}
	maxRecord := 2 * c.opts.MaxDocBytes
	// A JSON array saved as .jsonl (or piped to stdin) is read as an
	// array rather than failing line by line.
	if format == FormatJSONLines && sniff(head) != FormatJSON {
		c.stream = &jsonLines{r: br, path: path, maxLine: maxRecord, maxDoc: c.opts.MaxDocBytes}
		return nil
	}
	j, skip := openJSONValues(br, path, maxRecord, c.opts.MaxDocBytes)
	if skip != nil {
		c.closeFile()
		return skip
	}
	c.stream = j
	return nil
}
