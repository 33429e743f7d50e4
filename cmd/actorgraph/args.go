package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// hoistFlags moves the flags of a command line before its positional
// arguments, so that `actorgraph build articles -o g.json` works as users
// expect: urfave/cli v2 stops parsing flags at the first positional
// argument. Flags that take a value keep it; "--" ends the flags; "-" alone
// (stdin) is positional.
func hoistFlags(app *cli.App, args []string) []string {
	ci := commandIndex(app, args)
	if ci < 0 {
		return args
	}
	cmd := app.Command(args[ci])
	if cmd == nil {
		return args
	}
	takesValue := valueFlags(cmd.Flags)
	var flags, pos []string
	rest := args[ci+1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' || isNumber(a) {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if takesValue[name] && i+1 < len(rest) {
			flags = append(flags, rest[i+1])
			i++
			// A flag of two actors ("--path A B", "--pair A B") takes the
			// next argument too, unless the first already holds both.
			if pairFlags[name] && !strings.Contains(rest[i], ",") && i+1 < len(rest) && !strings.HasPrefix(rest[i+1], "-") {
				flags = append(flags, a, rest[i+1])
				i++
			}
		}
	}
	out := append([]string{}, args[:ci+1]...)
	out = append(out, flags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}

// pairFlags are the flags that name two actors.
var pairFlags = map[string]bool{"path": true, "pair": true}

// pairNames splits the values of a pair flag: "A,B" or one name per value.
func pairNames(values []string) []string {
	var names []string
	for _, v := range values {
		for _, n := range strings.Split(v, ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
	}
	return names
}

// commandIndex returns the index in args of the command: the first
// argument that is neither a global flag nor the value of one; -1 if none.
func commandIndex(app *cli.App, args []string) int {
	globalValue := valueFlags(app.Flags)
	for i := 1; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			return i
		}
		if name := strings.TrimLeft(a, "-"); !strings.Contains(name, "=") && globalValue[name] {
			i++
		}
	}
	return -1
}

// valueFlags maps every name of the flags to whether the flag takes a
// value (every flag but a boolean one).
func valueFlags(flags []cli.Flag) map[string]bool {
	m := map[string]bool{}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			m[n] = !isBool
		}
	}
	return m
}

// wantsJSON reports whether a hoisted command line (see hoistFlags) asks
// for JSON output: --json among the flags, before "--".
func wantsJSON(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "--json", "-json", "--json=true", "-json=true":
			return true
		}
	}
	return false
}

// isNumber reports whether a is a negative number, which is a value and
// not a flag.
func isNumber(a string) bool {
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	for _, r := range a[1:] {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}
