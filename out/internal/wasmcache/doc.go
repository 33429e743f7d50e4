// Package wasmcache chooses where go-graphviz keeps its compiled
// WebAssembly.
//
// Upstream go-graphviz (v0.2.9) caches the machine code wazero compiles
// from Graphviz's WebAssembly in os.TempDir()/go-graphviz, a folder it
// makes with mode 0755 and never checks: under a shared /tmp, a file
// planted there by another user would be loaded and run as machine code,
// and a folder made by another user would stop everyone else with
// "permission denied". actorgraph's copy of go-graphviz
// (third_party/go-graphviz) compiles the module on first use and takes
// the cache's root folder from SetCacheRoot; the package out sets it, once,
// to what Prepare returns, just before it first draws:
//
//	os.UserCacheDir()/actorgraph/graphviz    (mode 0700)
//
// checked with Lstat, without following links: the cache root must be a
// folder of the user's that others cannot write to; the two folders below
// it real folders of the user's with no access for others; every entry
// below them owned by the user, not a link and not writable by others; and
// every compiled module well-formed (its header, length and checksum as
// wazero v1.11.0 writes them), else it is removed. When anything is off (no
// home directory, a folder of someone else's, a file that cannot be
// removed) Prepare returns NoCache, a path under which no folder can be
// made, and wazero compiles in memory: slower (about 2 s), never unsafe,
// never fatal.
package wasmcache
