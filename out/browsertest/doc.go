// Package browsertest drives a headless Chromium through the DevTools
// protocol, for tests that load actorgraph's HTML pages as a reader would:
// open a page, run a script in it, click at a point, take a screenshot and
// list every network request the page made. Tests call Start, which skips
// the test with a message when no Chromium is installed (Debian package
// "chromium").
package browsertest
