package wasm

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Patched for actorgraph: the module is compiled and instantiated on first
// use instead of in a package initialiser (see the README of this copy).

var (
	loadOnce sync.Once
	// ready holds the module once instantiate has made it.
	ready atomic.Pointer[WasmModule]
	// lookupFuncs receives the Register_ calls made before the module exists.
	lookupFuncs = &LookupFuncMap{}
	// afterLoad are run once, in registration order, after the module is made.
	afterLoad []func()
	// cacheRoot is the folder SetCacheRoot gave; empty: no cache on disk.
	cacheRoot atomic.Pointer[string]
)

// SetCacheRoot sets the folder under which getCompilationCache keeps the
// compiled module (in place of os.TempDir()).
func SetCacheRoot(dir string) { cacheRoot.Store(&dir) }

// cacheRootDir returns the folder SetCacheRoot gave, or "" (no cache).
func cacheRootDir() string {
	if p := cacheRoot.Load(); p != nil {
		return *p
	}
	return ""
}

// AfterLoad registers f to run once after the module is instantiated. It
// must be called from package initialisers only.
func AfterLoad(f func()) { afterLoad = append(afterLoad, f) }

// Load instantiates the module if that has not happened yet.
func Load() { loaded() }

// loaded returns the module, instantiating it on the first call.
func loaded() *WasmModule {
	if m := ready.Load(); m != nil {
		return m
	}
	loadOnce.Do(func() {
		instantiate()
		for _, f := range afterLoad {
			f()
		}
	})
	return ready.Load()
}

// checkEnum panics when the module's value of an enum differs from the
// value declared in bind.go, which other packages copied at init.
func checkEnum(name string, declared, module int) {
	if declared != module {
		panic(fmt.Sprintf("go-graphviz: enum %s is %d in the module but declared %d", name, module, declared))
	}
}
