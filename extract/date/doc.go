// Package date reads the publication dates of documents: it parses the
// forms that news archives and feeds write dates in (ISO 8601 with or
// without a time and a zone, RFC 1123 and RFC 850 as in HTTP and RSS, the
// "26-FEB-1987 15:01:01.79" of old wire archives, "Feb 26, 2025",
// "26 February 2025", Unix timestamps) and writes them in one normalised
// ISO 8601 form, so that every later stage compares dates as strings and
// reads their day from the first ten bytes.
//
// The package has one job and no dependencies beyond the standard library:
// the corpus reader normalises each document's date with it, and the
// command line parses --since, --until and period arguments with it. A
// date is never guessed: a string that none of the forms (or the caller's
// layouts) reads completely is an error, and the caller decides what to do
// (the corpus reader keeps the document, undated, with a warning).
package date
