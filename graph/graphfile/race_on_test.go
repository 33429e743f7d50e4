//go:build race

package graphfile

// raceEnabled is set when the tests run under the race detector, whose
// bookkeeping allocates beside the code measured.
const raceEnabled = true
