package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/actorgraph/actorgraph/query/ingest"
)

// progress prints a one-line counter on stderr when it is a terminal and
// the run takes more than a second: documents, megabytes, speed, and when
// the size of the input is known, the share done and the time left.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
	shown bool
	// total is the size of the text-like input files (0: unknown).
	total int64
}

func newProgress(w io.Writer, quiet bool, inputs []string) *progress {
	f, ok := w.(*os.File)
	p := &progress{w: w, on: !quiet && ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
	if p.on {
		p.total = inputSize(inputs)
	}
	return p
}

func (p *progress) update(s ingest.Summary) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < time.Second || now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.w, "\r\033[K%s", progressLine(s, now.Sub(p.start), p.total))
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// progressLine is the counter after elapsed time, with the share done and
// an estimate of the time left when total (the input's size) is known.
// The share is of the analysed text against the files' bytes, which also
// hold markup and JSON syntax: the estimate is on the safe side.
func progressLine(s ingest.Summary, elapsed time.Duration, total int64) string {
	mb := float64(s.Bytes) / 1e6
	rate := mb / max(elapsed.Seconds(), 1e-3)
	line := fmt.Sprintf("reading: %d documents, %.1f MB", s.Read, mb)
	if total > 0 {
		done := min(float64(s.Bytes)/float64(total), 0.99)
		line += fmt.Sprintf(" of %.1f MB (%.0f%%)", float64(total)/1e6, 100*done)
		if rate > 0 && done > 0.01 {
			left := time.Duration((float64(total)/1e6 - mb) / rate * float64(time.Second))
			line += ", about " + roughDuration(left) + " left"
		}
	}
	return line + fmt.Sprintf(", %.1f MB/s, %d duplicates, %d skipped", rate, s.Folded, s.SkippedTotal())
}

// roughDuration writes d to the second below a minute, else to the
// minute ("45s", "3m", "1h20m").
func roughDuration(d time.Duration) string {
	switch {
	case d < time.Second:
		return "1s"
	case d < time.Minute:
		return d.Round(time.Second).String()
	}
	return strings.TrimSuffix(d.Round(time.Minute).String(), "0s")
}

// inputSize returns the bytes of the files a build would read from inputs
// (folders searched recursively), or 0 when it cannot be known: standard
// input, a FIFO, or HTML, whose markup outweighs its text too much for an
// estimate. It stops at the first such input.
func inputSize(inputs []string) int64 {
	var total int64
	markup := false
	for _, in := range inputs {
		st, err := os.Stat(in)
		if in == "-" || err != nil || !st.IsDir() && !st.Mode().IsRegular() {
			return 0
		}
		err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".html", ".htm", ".xhtml":
				markup = true
				return fs.SkipAll
			}
			if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
				total += info.Size()
			}
			return nil
		})
		if err != nil || markup {
			return 0
		}
	}
	return total
}
