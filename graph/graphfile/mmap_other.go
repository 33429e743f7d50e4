//go:build !linux

package graphfile

import "os"

// mapFile does not map files on this system: ReadFile reads them.
func mapFile(*os.File, int64) (data []byte, unmap func(), ok bool) { return nil, nil, false }
