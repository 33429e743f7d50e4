//go:build unix

package wasmcache

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// maxEntries bounds the entries checked below the cache folder; a folder
// with more is not used.
const maxEntries = 1000

// Prepare makes (or checks) the private cache folder under the user's
// cache directory and returns it, or NoCache and the reason it cannot be
// used. Broken cache files of the user's own are removed.
func Prepare() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return NoCache, err
	}
	return PrepareIn(base)
}

// PrepareIn is Prepare with the cache root base instead of
// os.UserCacheDir().
func PrepareIn(base string) (string, error) {
	if !filepath.IsAbs(base) {
		return NoCache, fmt.Errorf("cache root %s is not an absolute path", base)
	}
	uid := os.Geteuid()
	if _, err := os.Stat(base); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(base, 0o700); err != nil {
			return NoCache, err
		}
	}
	// The root may be a link (a home folder elsewhere), but what it names
	// must be the user's and closed to others' writes.
	st, err := os.Stat(base)
	if err != nil {
		return NoCache, err
	}
	if err := private(base, st, uid, 0o022); err != nil {
		return NoCache, err
	}
	dir := base
	for _, name := range []string{"actorgraph", "graphviz"} {
		dir = filepath.Join(dir, name)
		if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return NoCache, err
		}
		st, err := os.Lstat(dir)
		if err != nil {
			return NoCache, err
		}
		if !st.IsDir() {
			return NoCache, fmt.Errorf("%s is not a folder", dir)
		}
		if err := private(dir, st, uid, 0o077); err != nil {
			return NoCache, err
		}
	}
	if err := checkTree(dir, uid); err != nil {
		return NoCache, err
	}
	return dir, nil
}

// private checks that st (of path) is owned by uid and has none of the
// permission bits in deny.
func private(path string, st fs.FileInfo, uid int, deny fs.FileMode) error {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Errorf("%s: no owner information", path)
	}
	if int(sys.Uid) != uid {
		return fmt.Errorf("%s belongs to user %d, not %d", path, sys.Uid, uid)
	}
	if st.Mode().Perm()&deny != 0 {
		return fmt.Errorf("%s has mode %v, open to other users", path, st.Mode().Perm())
	}
	return nil
}

// checkTree walks dir without following links: every entry must be the
// user's and closed to others' writes; compiled modules in wazero's
// folders must be well-formed, else they are removed.
func checkTree(dir string, uid int) error {
	n := 0
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if n++; n > maxEntries {
			return fmt.Errorf("%s holds more than %d entries", dir, maxEntries)
		}
		st, err := os.Lstat(path)
		if err != nil {
			return err
		}
		if st.Mode()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%s is a symbolic link", path)
		}
		if err := private(path, st, uid, 0o022); err != nil {
			return err
		}
		if st.IsDir() || !strings.HasPrefix(filepath.Base(filepath.Dir(path)), "wazero-") {
			return nil
		}
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path)
		}
		if strings.HasSuffix(path, ".tmp") || validModuleFile(path) == nil {
			return nil
		}
		// A broken module of the user's own: wazero would fail on it.
		return os.Remove(path)
	})
}
