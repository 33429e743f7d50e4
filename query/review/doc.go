// Package review lists what an analyst should check in an actor graph
// before trusting it: likely duplicates and fragments, short names the
// corpus left ambiguous, types with strong evidence against them, and
// names whose contexts mark a work, a product or an event — each with its
// evidence and an alias-file line that settles it.
package review
