package extract

import "slices"

// dropModelCodes drops the mentions that are the codes of models,
// series and standards: a capitalised short word, a hyphen and a number
// ("DC-10", "XJ-6", "SS-20", "Cray-1", "GSM-102", "FASB-15"), which the
// tagger takes for an organisation's initials. Aircraft, cars, computers,
// missiles, export programmes and accounting rules are not actors. A
// name the gazetteer knows stays ("G-7" is the Group of Seven).
func (st *docState) dropModelCodes() {
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		return !m.known && m.via == ViaName && isModelCode(m.surface)
	})
}

// isModelCode reports whether s is a model code: a capital, up to four
// more letters, a hyphen, one to four digits and up to two letters
// ("DC-10", "MiG-29", "SH-2F", "F-16s").
func isModelCode(s string) bool {
	i := 0
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return false
	}
	i++
	for n := 0; n < 4 && i < len(s) && isASCIILetter(s[i]); n++ {
		i++
	}
	if i >= len(s) || s[i] != '-' {
		return false
	}
	i++
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if digits == 0 || digits > 4 {
		return false
	}
	for n := 0; n < 2 && i < len(s) && isASCIILetter(s[i]); n++ {
		i++
	}
	return i == len(s)
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
}
