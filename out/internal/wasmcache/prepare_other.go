//go:build !unix

package wasmcache

import "os"

// Prepare returns os.TempDir() on systems without a shared /tmp convention
// (Windows keeps temporary files per user).
func Prepare() (string, error) { return os.TempDir(), nil }
