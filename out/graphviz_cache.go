package out

import "github.com/actorgraph/actorgraph/out/internal/wasmcache"

// go-graphviz compiled its WebAssembly in its own package initialiser,
// which ran before this one, with TMPDIR pointed at a private cache folder
// by wasmcache (see its documentation): set TMPDIR back for everything
// else.
func init() { wasmcache.Restore() }
