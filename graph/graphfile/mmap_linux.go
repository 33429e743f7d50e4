package graphfile

import (
	"math"
	"os"
	"syscall"
)

// mapFile maps the first size bytes of f into memory, read-only, with its
// pages mapped up front (MAP_POPULATE) from the system's file cache. The
// pages are the cache's own: reading a graph file so costs no memory of
// the process's and none of the page faults that filling a buffer of
// that size does, which on a virtual machine are a large part of the
// time a query takes to load a large graph. unmap releases the mapping;
// nothing decoded from the data may refer to it afterwards (the parsers
// copy every string). ok is false if the file cannot be mapped.
func mapFile(f *os.File, size int64) (data []byte, unmap func(), ok bool) {
	if size <= 0 || size >= math.MaxInt32 {
		return nil, nil, false
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		return nil, nil, false
	}
	return data, func() { _ = syscall.Munmap(data) }, true
}
