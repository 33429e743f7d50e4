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
	if len(args) < 2 {
		return args
	}
	// The command is the first argument that is neither a global flag nor
	// the value of one.
	globalValue := map[string]bool{}
	for _, f := range app.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			globalValue[n] = !isBool
		}
	}
	ci := -1
	for i := 1; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			ci = i
			break
		}
		if name := strings.TrimLeft(a, "-"); !strings.Contains(name, "=") && globalValue[name] {
			i++
		}
	}
	if ci < 0 {
		return args
	}
	cmd := app.Command(args[ci])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
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
