package statement

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// Cue words that report no statement. A speech verb that is negated ("has
// not yet responded", "did not comment", "would never say") reports
// silence; "declined to comment" and "refused to comment" are no stance;
// "announced a curfew", "announced £264m" announce an act, not a
// position (whereas "announced that …", "announced plans to …" state
// one). A news agency that reports ("…, Reuters reported", "according to
// the state news agency") is the source of the statement, not its
// speaker, unless it says something of its own.

// noSpeech reports whether the cue cu at tokens [t, t+n) reports no
// statement here.
func (ss *docState) noSpeech(c *sentCtx, t, n int, cu cue) bool {
	toks := c.toks
	p := t + n
	if cu.pol == 0 && !cu.lean && cu.kind == cueVerb && ss.negatedCue(c, t) {
		return true
	}
	switch cu.phrase {
	case "declined", "refused":
		if p+1 < len(toks) && toks[p].Text == "to" {
			switch toks[p+1].Text {
			case "comment", "say", "elaborate", "confirm", "discuss", "speculate", "give", "answer", "respond", "be":
				return true
			}
		}
	case "announced", "announces", "announce":
		if p >= len(toks) {
			return false
		}
		switch w := toks[p].Text; {
		case w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her":
			return true
		case strings.ContainsAny(w, "£$€0123456789") && !text.IsPunct(w):
			return true
		}
	}
	return false
}

// onlyReports reports whether actor a is a news organisation that, with
// the cue cu at token t and the speaker phrase np, only passes on what others said: it reports a
// quotation ("“…,” Reuters reported"), quotes or cites someone, or is
// the source "according to" which something happened. A claim of its own
// ("Bloomberg said it had reviewed a recording") is a statement.
func (ss *docState) onlyReports(c *sentCtx, t int, np [2]int, a int, cu cue) bool {
	if !ss.isMedia(a) || cu.pol != 0 {
		return false
	}
	switch cu.kind {
	case cueAccording, cueQuoted:
		return true
	case cueVerb:
		first := min(t, np[0])
		return first > 0 && c.quoted[first-1] || cu.phrase == "cited"
	}
	return false
}
