package outfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Options says where a command's streams are and what it reads.
type Options struct {
	// Stdout is written for "-" and /dev/stdout; Stderr for /dev/stderr.
	// Nil means os.Stdout and os.Stderr.
	Stdout, Stderr io.Writer
	// Inputs are the paths the command reads (files or folders; "-" and
	// "" are ignored): an output that is the same file as one of them is
	// refused.
	Inputs []string
	// Context, when set, stops a write in progress when it is done.
	Context context.Context
}

// SameFileError is returned for an output that is one of the inputs.
type SameFileError struct {
	Output, Input string
}

func (e *SameFileError) Error() string {
	if e.Output == e.Input {
		return fmt.Sprintf("output %s is also an input of the command: choose another output file", e.Output)
	}
	return fmt.Sprintf("output %s is the same file as the input %s: choose another output file", e.Output, e.Input)
}

// ErrDanglingLink is returned (wrapped) for an output that is a symbolic
// link to a file that does not exist.
var ErrDanglingLink = errors.New("is a symbolic link to a file that does not exist; not writing through it")

// Write writes the output at path with write (see the package
// documentation for what each kind of path means). Nothing is written when
// path is an input; a regular file is replaced only when write succeeds.
func Write(path string, opts Options, write func(io.Writer) error) error {
	if w := stream(path, opts); w != nil {
		return write(ctxWriter{opts.Context, w})
	}
	if err := CheckInputs(path, opts.Inputs...); err != nil {
		return err
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("write %s: is a folder; give a file name", path)
	case err == nil && !st.Mode().IsRegular():
		return writeDirect(path, opts, write)
	case err == nil:
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return writeAtomic(real, path, st, opts, write)
	case errors.Is(err, fs.ErrNotExist):
		if lst, lerr := os.Lstat(path); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return fmt.Errorf("write %s (-> %s): %w", path, target, ErrDanglingLink)
		}
		return writeAtomic(path, path, nil, opts, write)
	}
	return fmt.Errorf("write %s: %w", path, err)
}

// stream returns the command's own stream that path names, or nil.
func stream(path string, opts Options) io.Writer {
	if path == "-" {
		return orStd(opts.Stdout, os.Stdout)
	}
	switch filepath.Clean(path) {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return orStd(opts.Stdout, os.Stdout)
	case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
		return orStd(opts.Stderr, os.Stderr)
	}
	return nil
}

func orStd(w io.Writer, std *os.File) io.Writer {
	if w == nil {
		return std
	}
	return w
}

// CheckInputs returns a *SameFileError when output is the same file as one
// of inputs (following links), nil otherwise or when output does not exist.
func CheckInputs(output string, inputs ...string) error {
	if output == "-" {
		return nil
	}
	ost, err := os.Stat(output)
	if err != nil {
		return nil
	}
	for _, in := range inputs {
		if in == "" || in == "-" {
			continue
		}
		if ist, err := os.Stat(in); err == nil && os.SameFile(ost, ist) {
			return &SameFileError{Output: output, Input: in}
		}
	}
	return nil
}

// writeDirect writes a device, FIFO or socket in place.
func writeDirect(path string, opts Options, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	err = write(ctxWriter{opts.Context, f})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeAtomic writes the regular file real (named path by the user; old is
// its current state, nil when it does not exist) through a temporary file
// renamed over it.
func writeAtomic(real, path string, old fs.FileInfo, opts Options, write func(io.Writer) error) (err error) {
	tmp, err := createTemp(real)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	if old != nil {
		if err = tmp.Chmod(old.Mode().Perm()); err != nil {
			return err
		}
		keepOwner(tmp, old)
	}
	if err = write(ctxWriter{opts.Context, tmp}); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), real)
}

// createTemp creates a new file next to path, with the permissions 0666
// less the umask, as a new output file gets them.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp"+strconv.FormatUint(rand.Uint64()%1e9, 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, errors.New("cannot make a temporary file name")
}

// ctxWriter fails writes once its context is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if c.ctx != nil {
		if err := c.ctx.Err(); err != nil {
			return 0, err
		}
	}
	return c.w.Write(p)
}
