package out

// Source is one document a report or a view cites, numbered from 1 in the
// order of its first citation.
type Source struct {
	N int `json:"n"`
	// ID is the document's full id; Label is the short form that text
	// output cites it by.
	ID     string `json:"id"`
	Label  string `json:"label"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Date   string `json:"date,omitempty"`
	URL    string `json:"url,omitempty"`
	Path   string `json:"path,omitempty"`
}
