// Package corpus reads news articles from files, folders and standard input
// into Documents: plain text, Markdown, HTML pages (the article body through
// go-trafilatura) and JSON records (JSON lines, arrays, objects).
//
// Reading is streaming and defensive: folders are walked in sorted order,
// JSON records are read one at a time, invalid UTF-8 is repaired, UTF-16 and
// Windows-1252 are decoded, HTML character references left in plain text
// and JSON ("communiqu&#233;") are decoded, and binaries, empty and oversized inputs are
// skipped with a SkipError that names the reason. Nothing is dropped
// silently: every skip and every repair is reported (SkipError, Warning).
package corpus
