package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/cue"
	"github.com/actorgraph/actorgraph/extract/text"
)

// peerTitles are the styles of British peers and peeresses, which news
// writes before the surname or territorial name alone ("Lord Bingham",
// "Baroness Scotland").
var peerTitles = map[string]bool{"Lord": true, "Lady": true, "Baroness": true, "Baron": true}

// PeerStyle reports whether name is a peer's style, a peer title and one
// more word ("Lord Carlile"), perhaps with the territorial designation of
// the peerage after it ("Lord Nicholls of Birkenhead"), and returns that
// word. Such a name is the person's in news, but across documents it is
// only a short form of the surname: its key is the surname's, so that
// "Lord Kinnock" of one story joins the "Neil Kinnock" of others as a bare
// "Kinnock" would.
func PeerStyle(name string) (string, bool) {
	title, rest, ok := strings.Cut(name, " ")
	if !ok || !peerTitles[title] || rest == "" {
		return "", false
	}
	word, place, designated := strings.Cut(rest, " of ")
	if designated && place == "" || strings.ContainsRune(word, ' ') {
		return "", false
	}
	return word, true
}

// DesignatedPeer reports whether name is a peer's style with the
// territorial designation of the peerage ("Lord Campbell of Alloway"). The
// designation tells peers who share a surname apart, so such a name is
// keyed whole, not as the surname: it is no short form.
func DesignatedPeer(name string) bool {
	_, ok := PeerStyle(name)
	return ok && strings.Contains(name, " of ")
}

// designationEnd returns the end of the territorial designation of a peer
// that starts at token t of toks, "of" and the capitalised words of a place
// ("of Birkenhead", "of Tweedsmuir in the County of ..." stops at "in"),
// when a peer's style ends right before t ("Lord Nicholls"); ok is false
// otherwise. The place names the peerage, not an actor of the story.
func designationEnd(toks []text.Token, t int, roles *cue.Table) (int, bool) {
	if t < 2 || t+1 >= len(toks) || toks[t].Text != "of" || !peerTitles[toks[t-2].Text] {
		return 0, false
	}
	if w := toks[t-1].Text; !text.IsNameStart(w) || text.IsLower(w) || roles.PersonRole(w) {
		return 0, false // "Lord Mayor of London", "Lord Chancellor of ..."
	}
	e := t + 1
	for e < len(toks) && e < t+4 && text.IsNameStart(toks[e].Text) && !text.IsLower(toks[e].Text) {
		e++
	}
	return e, e > t+1
}
