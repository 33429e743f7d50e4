// Package wasmcache chooses where go-graphviz keeps its compiled
// WebAssembly, before go-graphviz looks.
//
// go-graphviz (v0.2.9) compiles Graphviz's WebAssembly in a package
// initialiser and caches the machine code in os.TempDir()/go-graphviz,
// a folder it makes with mode 0755 and never checks: under a shared /tmp,
// a file planted there by another user is loaded and run as machine code
// by every command, and a folder made by another user stops everyone else
// with "permission denied". The library cannot be changed, but it reads
// TMPDIR when its initialiser runs, and Go runs package initialisers in a
// fixed order: a package's imports first, then, among the packages that are
// ready, the first by import path. This package imports nothing that
// go-graphviz does not import too, and its path
// (github.com/actorgraph/...) sorts before github.com/goccy/..., so its
// init runs first (GODEBUG=inittrace=1 shows the order; TestInitOrder
// checks it). It points TMPDIR at a directory of the user's own:
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
// removed) TMPDIR points at a path under which no folder can be made
// (NoCache), and wazero compiles in memory: slower at start-up (about 2 s),
// never unsafe, never fatal. The package out imports this one and restores
// TMPDIR in its own init (Restore), so nothing else sees the change.
//
// The package holds the only process-wide state it must: the TMPDIR value
// it replaced, written once by init and read by Restore.
package wasmcache
