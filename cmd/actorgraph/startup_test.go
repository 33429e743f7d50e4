package main

import (
	"bufio"
	"strconv"
	"strings"
	"testing"
)

// initAllowance is what one package initialiser may allocate when actorgraph
// starts. Allocations, unlike times, do not depend on the load of the
// machine, and a package that builds tables or compiles patterns at start-up
// allocates for it: go-dateparser's locale data took 78 MB and 0.3 s at the
// start of every command before it was made lazy (third_party/go-dateparser),
// go-domdistiller's word-counter tables 1.7 MB and 11-14 ms
// (third_party/go-domdistiller), gomoji's emoji table 1 MB and 4-5 ms
// (third_party/gomoji).
const initAllowance = 512 << 10

// initTotalAllowance bounds what all initialisers allocate together: about
// 2.2 MB once the tables above were made lazy (5.1 MB before), most of it
// in packages linked only for HTML input (whatlanggo, go-trafilatura,
// go-htmldate, go-readability) and the command-line help (blackfriday).
const initTotalAllowance = 3 << 20

// initException reports whether the initialiser of package pkg is allowed
// more than initAllowance.
func initException(pkg string) bool {
	// None: go-graphviz's WebAssembly (4.4 MB and 65 ms with a warm cache
	// when upstream loads it in an initialiser) is instantiated by the
	// commands that draw, on first use (third_party/go-graphviz).
	return false
}

// TestStartupInits runs `actorgraph --version` with GODEBUG=inittrace=1 and
// checks that no package initialiser but initException's allocates more
// than initAllowance, and all of them together no more than
// initTotalAllowance.
func TestStartupInits(t *testing.T) {
	p := newProc(t, []string{"GODEBUG=inittrace=1", "XDG_CACHE_HOME=" + t.TempDir()}, "--version")
	if code := p.exitCode(t); code != 0 {
		t.Fatalf("exit %d: %s", code, p.stderr.String())
	}
	seen, total := 0, 0
	sc := bufio.NewScanner(&p.stderr)
	for sc.Scan() {
		// init PKG @T ms, C ms clock, B bytes, A allocs
		f := strings.Fields(sc.Text())
		if len(f) < 11 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		seen++
		b, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("trace line %q: %v", sc.Text(), err)
		}
		total += b
		if initException(f[1]) || b <= initAllowance {
			continue
		}
		t.Errorf("package %s allocates %d bytes in its initialisers (at most %d): build its tables on first use", f[1], b, initAllowance)
	}
	if seen < 10 {
		t.Fatalf("only %d init lines in the trace:\n%s", seen, p.stderr.String())
	}
	if total > initTotalAllowance {
		t.Errorf("the package initialisers allocate %d bytes together (at most %d): build tables on first use", total, initTotalAllowance)
	}
}
