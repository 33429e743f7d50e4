//go:build unix

package outfile

import (
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives the new file the owner and group of the file it
// replaces, when the process may (root); otherwise it leaves them.
func keepOwner(f *os.File, old fs.FileInfo) {
	sys, ok := old.Sys().(*syscall.Stat_t)
	if !ok || os.Geteuid() != 0 {
		return
	}
	_ = f.Chown(int(sys.Uid), int(sys.Gid))
}
