package corpus

import "github.com/actorgraph/actorgraph/extract/date"

// normaliseDate rewrites the date of doc, as its reader found it, in the
// normalised ISO 8601 form of package date. A date that cannot be read is
// dropped with a WarnBadDate warning that names the file and line: the
// document is used, undated. A date followed by something unreadable (a
// time of day out of range, a comment) keeps its readable leading words,
// with a WarnDatePart warning.
func (c *Reader) normaliseDate(doc Document) Document {
	if doc.Date == "" {
		return doc
	}
	n, err := date.Normalize(doc.Date, c.opts.DateLayouts...)
	if err == nil {
		doc.Date = n
		return doc
	}
	// A complete date followed by something unreadable keeps the date.
	if st, _, err := date.ParseLeading(doc.Date, c.opts.DateLayouts...); err == nil {
		c.warn(&Warning{Path: doc.Path, Line: doc.Line, Kind: WarnDatePart, Detail: clipDate(doc.Date)})
		doc.Date = st.String()
		return doc
	}
	c.warn(&Warning{Path: doc.Path, Line: doc.Line, Kind: WarnBadDate, Detail: clipDate(doc.Date)})
	doc.Date = ""
	return doc
}

// clipDate shortens an unreadable date for a warning.
func clipDate(s string) string {
	r := []rune(s)
	if len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return s
}

// quietDate is normaliseDate for the one-document readers (ReadText,
// ReadHTML), which report no warnings: an unreadable date is dropped.
func quietDate(doc Document) Document {
	if n, err := date.Normalize(doc.Date); err == nil || doc.Date == "" {
		doc.Date = n
	} else {
		doc.Date = ""
	}
	return doc
}
