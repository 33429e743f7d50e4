// Package text cuts a document's text into the units the extractor reads:
// tokens (words and punctuation with byte spans), sentences (with their
// paragraph), and the page furniture that is not part of the article
// (share buttons, bylines, menus).
//
// Every Token and Sentence keeps its byte Span in the text it came from, so
// that every mention, statement and graph edge can be traced back to the
// exact bytes behind it.
package text
