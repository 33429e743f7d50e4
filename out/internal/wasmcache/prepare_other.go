//go:build !unix

package wasmcache

import "os"

// Prepare leaves TMPDIR as it is on systems without a shared /tmp
// convention (Windows keeps temporary files per user).
func Prepare() (string, error) { return os.Getenv("TMPDIR"), nil }
