package out

import (
	"sync"

	"github.com/actorgraph/actorgraph/out/internal/wasmcache"
	"github.com/goccy/go-graphviz"
)

// graphvizCache points go-graphviz's compilation cache at a private folder
// (wasmcache.Prepare) once per process, before go-graphviz first compiles
// its WebAssembly. Like graphvizMu, it guards state that the library keeps
// for the whole process.
var graphvizCache sync.Once

// useGraphvizCache runs graphvizCache; layout calls it before
// graphviz.New, which instantiates the module on its first call.
func useGraphvizCache() {
	graphvizCache.Do(func() {
		dir, _ := wasmcache.Prepare() // NoCache and the reason: compile in memory
		graphviz.SetCacheRoot(dir)
	})
}
