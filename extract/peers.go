package extract

import "strings"

// peerTitles are the styles of British peers and peeresses, which news
// writes before the surname or territorial name alone ("Lord Bingham",
// "Baroness Scotland").
var peerTitles = map[string]bool{"Lord": true, "Lady": true, "Baroness": true, "Baron": true}

// PeerStyle reports whether name is a peer's style, a peer title and one
// more word ("Lord Carlile"), and returns that word. Such a name is the
// person's in news, but across documents it is only a short form of the
// surname: its key is the surname's, so that "Lord Kinnock" of one story
// joins the "Neil Kinnock" of others as a bare "Kinnock" would.
func PeerStyle(name string) (string, bool) {
	title, rest, ok := strings.Cut(name, " ")
	if !ok || !peerTitles[title] || rest == "" || strings.ContainsRune(rest, ' ') {
		return "", false
	}
	return rest, true
}
