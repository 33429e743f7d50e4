package wasmcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
)

// maxModuleBytes bounds a compiled module file; Graphviz's is about 6 MB.
const maxModuleBytes = 256 << 20

// validModuleFile reads a compiled module file and checks it with
// validModule.
func validModuleFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxModuleBytes+1))
	if err != nil {
		return err
	}
	if len(b) > maxModuleBytes {
		return fmt.Errorf("%s: larger than %d bytes", path, maxModuleBytes)
	}
	return validModule(b)
}

// validModule checks a compiled module in the layout wazero v1.11.0's
// compiler writes to its file cache: "WAZEVO", a version length byte and
// the version, a uint32 function count, one uint64 offset per function, a
// uint64 code length, the code, its CRC-32C (Castagnoli), a source-map
// flag byte and, when it is 1, a uint64 count and two uint64 per entry;
// all little-endian. A module that passes is one wazero reads without an
// error; which machine code it holds is for the folder's privacy to
// guarantee, not for this check.
func validModule(b []byte) error {
	le := binary.LittleEndian
	if !bytes.HasPrefix(b, []byte("WAZEVO")) || len(b) < 7 {
		return errors.New("not a wazero compiled module")
	}
	p := 7 + int(b[6])
	if p > len(b) {
		return errors.New("truncated compiled module")
	}
	need := func(n uint64) error {
		if n > uint64(len(b)) || n > uint64(len(b)-p) {
			return errors.New("truncated compiled module")
		}
		return nil
	}
	if err := need(4); err != nil {
		return err
	}
	funcs := uint64(le.Uint32(b[p:]))
	p += 4
	if err := need(8*funcs + 8); err != nil { // funcs < 2^32: no overflow
		return err
	}
	p += int(8 * funcs)
	size := le.Uint64(b[p:])
	p += 8
	if size > uint64(len(b)) {
		return errors.New("truncated compiled module")
	}
	if err := need(size + 4 + 1); err != nil {
		return err
	}
	code := b[p : p+int(size)]
	p += int(size)
	if crc32.Checksum(code, crc32.MakeTable(crc32.Castagnoli)) != le.Uint32(b[p:]) {
		return errors.New("compiled module checksum mismatch")
	}
	p += 4
	flag := b[p]
	p++
	switch flag {
	case 0:
	case 1:
		if err := need(8); err != nil {
			return err
		}
		n := le.Uint64(b[p:])
		p += 8
		if n > uint64(len(b)) || 16*n > uint64(len(b)-p) {
			return errors.New("truncated compiled module")
		}
		if err := need(16 * n); err != nil {
			return err
		}
	default:
		return errors.New("bad source map flag in compiled module")
	}
	return nil
}
