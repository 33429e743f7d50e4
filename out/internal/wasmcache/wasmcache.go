package wasmcache

import "os"

// NoCache is what TMPDIR is set to when no private cache can be used:
// go-graphviz cannot make its folder under a device, so wazero compiles in
// memory.
const NoCache = "/dev/null"

// saved is TMPDIR as it was before init, for Restore.
var saved struct {
	value string
	set   bool
}

// chosen and reason record init's choice, for Dir.
var (
	chosen string
	reason error
)

func init() {
	saved.value, saved.set = os.LookupEnv("TMPDIR")
	chosen, reason = Prepare()
	os.Setenv("TMPDIR", chosen)
}

// Restore sets TMPDIR back to what it was before this package's init
// changed it (unset if it was unset).
func Restore() {
	if saved.set {
		os.Setenv("TMPDIR", saved.value)
	} else {
		os.Unsetenv("TMPDIR")
	}
}

// Dir returns the directory go-graphviz was given as TMPDIR and, when it is
// NoCache, why no private cache could be used.
func Dir() (string, error) { return chosen, reason }
