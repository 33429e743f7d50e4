package main

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/query"
	"github.com/urfave/cli/v2"
)

var completionCommand = &cli.Command{
	Name:      "completion",
	Usage:     "print a shell completion script for bash, zsh or fish",
	ArgsUsage: "bash|zsh|fish",
	Description: `Prints a script that completes actorgraph's commands and flags. Load it in the
current shell, or install it where your shell reads completions.

Examples:
   actorgraph completion bash > actorgraph.bash
   actorgraph completion fish > actorgraph.fish`,
	Action: runCompletion,
}

func runCompletion(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("completion: want one shell: bash, zsh or fish")
	}
	w := c.App.Writer
	switch c.Args().First() {
	case "bash":
		_, err := fmt.Fprint(w, bashCompletion)
		return err
	case "zsh":
		_, err := fmt.Fprint(w, zshCompletion)
		return err
	case "fish":
		s, err := c.App.ToFishCompletion()
		if err != nil {
			return fmt.Errorf("completion: %w", err)
		}
		_, err = fmt.Fprint(w, s)
		return err
	}
	return usagef("completion: unknown shell %q (want bash, zsh or fish)", c.Args().First())
}

// bashCompletion asks actorgraph itself for the words that can follow
// (urfave/cli's --generate-bash-completion).
const bashCompletion = `# bash completion for actorgraph: source it, or put it in bash-completion's folder
_actorgraph_complete() {
  local cur opts
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  if [[ "$cur" == -* ]]; then
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
  if [[ ${#COMPREPLY[@]} -eq 0 ]]; then
    COMPREPLY=($(compgen -f -- "${cur}"))
  fi
  return 0
}
complete -o default -F _actorgraph_complete actorgraph
`

// zshCompletion does the same for zsh.
const zshCompletion = `#compdef actorgraph
# zsh completion for actorgraph: put it in a folder of $fpath as _actorgraph
_actorgraph() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
compdef _actorgraph actorgraph
`

// unknownCommand is the error for a mistyped command, with the nearest
// command name when one is close.
func unknownCommand(app *cli.App, name string) error {
	best, bestDist := "", 3
	for _, c := range app.Commands {
		for _, n := range c.Names() {
			if d := query.EditDistance(strings.ToLower(name), n); d < bestDist {
				best, bestDist = n, d
			}
		}
	}
	if best != "" {
		return usagef("unknown command %q; did you mean %q?", name, best)
	}
	return usagef("unknown command %q", name)
}
