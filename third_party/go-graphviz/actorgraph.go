package graphviz

import (
	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/internal/wasm"
)

// Patched for actorgraph (see the README of this copy).

// cgraph makes its graph descriptors after the module is instantiated, so
// the copies in alias.go are taken then too.
func init() {
	wasm.AfterLoad(func() {
		Directed = cgraph.Directed
		StrictDirected = cgraph.StrictDirected
		UnDirected = cgraph.UnDirected
		StrictUnDirected = cgraph.StrictUnDirected
	})
}

// SetCacheRoot sets the folder under which the compiled WebAssembly is
// cached (in its subfolder go-graphviz), in place of upstream's
// os.TempDir(). Without it, or after the module is instantiated, nothing is
// cached on disk. The caller answers for the folder's safety.
func SetCacheRoot(dir string) { wasm.SetCacheRoot(dir) }
