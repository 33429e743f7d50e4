package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/actorgraph/actorgraph/extract/text"
)

// sniffBytes is how much of an input is inspected to tell text from
// binary data (the same window as git's and file(1)'s NUL test).
const sniffBytes = 8 << 10

// magicNumbers lists file signatures that mark an input as binary, with the
// name given in the skip message.
var magicNumbers = []struct {
	offset int
	magic  string
	name   string
}{
	{0, "\x89PNG\r\n\x1a\n", "PNG image"},
	{0, "\xff\xd8\xff", "JPEG image"},
	{0, "GIF87a", "GIF image"},
	{0, "GIF89a", "GIF image"},
	{0, "%PDF-", "PDF document"},
	{0, "PK\x03\x04", "ZIP archive (or an Office document)"},
	{0, "PK\x05\x06", "ZIP archive"},
	{0, "\x1f\x8b", "gzip archive"},
	{0, "BZh", ""}, // only with other binary bytes; see binaryKind
	{0, "\xfd7zXZ\x00", "xz archive"},
	{0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{0, "\x28\xb5\x2f\xfd", "zstd archive"},
	{0, "Rar!\x1a\x07", "RAR archive"},
	{0, "\x7fELF", "ELF executable"},
	{0, "\xcf\xfa\xed\xfe", "Mach-O executable"},
	{0, "\xfe\xed\xfa\xcf", "Mach-O executable"},
	{0, "\xca\xfe\xba\xbe", "Java class or Mach-O universal binary"},
	{0, "\x00asm", "WebAssembly module"},
	{0, "SQLite format 3\x00", "SQLite database"},
	{0, "RIFF", "RIFF media (WAV, AVI, WebP)"},
	{0, "OggS", "Ogg media"},
	{0, "ID3", "MP3 audio"},
	{0, "\x1a\x45\xdf\xa3", "Matroska/WebM video"},
	{4, "ftyp", "MP4/QuickTime media"},
	{0, "wOFF", "WOFF font"},
	{0, "wOF2", "WOFF2 font"},
	{257, "ustar", "tar archive"},
}

// binaryKind reports whether the start of an input looks binary, and
// what it looks like. head must not start with a Unicode byte order mark.
func binaryKind(head []byte) (string, bool) {
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	for _, m := range magicNumbers {
		if m.name != "" && len(head) >= m.offset+len(m.magic) && string(head[m.offset:m.offset+len(m.magic)]) == m.magic {
			return m.name, true
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes in the first 8 KB", true
	}
	// Text has few control characters other than tab, newlines, form
	// feed and escape; more than 1 in 10 means binary data.
	ctl := 0
	for _, b := range head {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b) || b == 0x7f {
			ctl++
		}
	}
	if ctl*10 > len(head) {
		return "control characters in the first 8 KB", true
	}
	return "", false
}

// utf16Guess guesses the byte order of UTF-16 text without a byte order
// mark from where the NUL bytes fall: ASCII-heavy UTF-16 has a NUL in nearly
// every other byte. It returns 0 when the input does not look like UTF-16,
// 'L' for little endian and 'B' for big endian.
func utf16Guess(head []byte) byte {
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if len(head) < 4 {
		return 0
	}
	var even, odd int
	for i, b := range head {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	switch {
	case odd*10 >= half*7 && even*20 <= half:
		return 'L'
	case even*10 >= half*7 && odd*20 <= half:
		return 'B'
	}
	return 0
}

// decode turns the raw bytes of an input into valid UTF-8 text. It
// strips a UTF-8 byte order mark, decodes UTF-16 and UTF-32 (with a byte
// order mark, or UTF-16 guessed from its NUL bytes), rejects binary data,
// reads text that is not UTF-8 but has no UTF-8 sequences at all as
// Windows-1252, and replaces any remaining invalid bytes with U+FFFD. A
// repair is returned as a Warning without a path; the text is used either
// way.
func decode(b []byte) (string, *Warning, *SkipError) {
	if len(b) == 0 {
		return "", nil, skipf(SkipEmpty, "empty file")
	}
	var dec []byte
	var err error
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xff\xfe\x00\x00")), bytes.HasPrefix(b, []byte("\x00\x00\xfe\xff")):
		dec, err = utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM).NewDecoder().Bytes(b)
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		dec, err = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
	default:
		switch utf16Guess(b) {
		case 'L':
			dec, err = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		case 'B':
			dec, err = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		}
	}
	if err != nil {
		return "", nil, skipf(SkipBinary, "bad UTF-16/UTF-32 data: %v", err)
	}
	if dec != nil {
		// The x/text decoders already replace invalid code units.
		b = dec
	} else if kind, ok := binaryKind(b); ok {
		return "", nil, skipf(SkipBinary, "%s", kind)
	}
	s, w := repairUTF8(b)
	return s, w, nil
}

// repairUTF8 returns b as valid UTF-8. Input that is valid UTF-8 is returned
// unchanged. Input with invalid bytes but no valid multi-byte sequence is
// taken to be Windows-1252 (which includes Latin-1's printable range) and
// converted. Otherwise each invalid byte becomes U+FFFD.
func repairUTF8(b []byte) (string, *Warning) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	invalid, multi, high := 0, 0, 0
	undefined := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		high++
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d: // not assigned in Windows-1252
			undefined = true
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			multi++
			// Count the trailing bytes as well for the cp1252 test.
			for _, t := range b[i+1 : i+n] {
				high++
				if t == 0x81 || t == 0x8d || t == 0x8f || t == 0x90 || t == 0x9d {
					undefined = true
				}
			}
		}
		i += n
	}
	if multi == 0 && !undefined {
		s, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err == nil {
			return string(s), &Warning{Kind: WarnCP1252, Count: high}
		}
	}
	var sb strings.Builder
	sb.Grow(len(b) + 2*invalid)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[i : i+n])
		}
		i += n
	}
	return sb.String(), &Warning{Kind: WarnInvalidUTF8, Count: invalid}
}

// cleanText normalises article text: line ends become "\n", control
// characters other than tab and newline are dropped, trailing white space
// is trimmed from each line, runs of blank lines shrink to one (so that
// paragraphs are separated by exactly "\n\n") and leading and trailing blank
// lines are removed.
//
// Invisible formatting characters (text.Invisible: soft hyphens, zero
// width joiners, bidirectional overrides) are dropped, so that they can
// neither cut a name in two nor reorder what a terminal shows; words that
// mix Latin with Cyrillic or Greek look-alikes are written in one script
// (text.FoldMixedScript), so that a spoofed "Рutin" is Putin.
func cleanText(s string) string {
	s = text.FoldMixedScript(s)
	if needsCharFix(s) {
		s = fixChars(s)
	} else if isClean(s) {
		return s
	}
	return joinLines(s)
}

// joinLines trims trailing white space from each line of s, drops
// leading and trailing blank lines and shrinks runs of blank lines to one.
func joinLines(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	blank := 0 // blank lines since the last line written
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimRight(line, " \t\u00a0\u3000")
		if strings.TrimLeft(line, " \t\u00a0\u3000") == "" {
			blank++
			continue
		}
		if sb.Len() > 0 {
			if blank > 0 {
				sb.WriteString("\n\n")
			} else {
				sb.WriteByte('\n')
			}
		}
		blank = 0
		sb.WriteString(line)
	}
	return sb.String()
}

// isClean reports whether s, free of characters to fix, is already
// what cleanText would return, so that it can be returned without a
// copy (the common case for JSON records).
func isClean(s string) bool {
	if s == "" {
		return true
	}
	first, last := s[0], s[len(s)-1]
	if first == ' ' || first == '\t' || first == '\n' || last == ' ' || last == '\t' || last == '\n' {
		return false
	}
	for _, bad := range []string{"\n\n\n", " \n", "\t\n", "\u00a0\n", "\u3000\n", "\n\u00a0", "\n\u3000", "\n \n", "\n\t"} {
		if strings.Contains(s, bad) {
			return false
		}
	}
	return !strings.HasPrefix(s, "\u00a0") && !strings.HasPrefix(s, "\u3000") &&
		!strings.HasSuffix(s, "\u00a0") && !strings.HasSuffix(s, "\u3000")
}

// needsCharFix reports whether s holds a character that fixChars
// changes: a carriage return or other control character, a C1 control, a
// Unicode line or paragraph separator, or a byte order mark.
func needsCharFix(s string) bool {
	for i := 0; i < len(s); i++ {
		if !fixLead[s[i]] {
			continue // the common case, tested with one load
		}
		switch c := s[i]; {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0: // U+0080-U+009F
			return true
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9): // U+2028, U+2029
			return true
		case c == 0xef && i+2 < len(s) && s[i+1] == 0xbb && s[i+2] == 0xbf: // U+FEFF
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xad, // U+00AD soft hyphen
			c == 0xd8 && i+1 < len(s) && s[i+1] == 0x9c, // U+061C
			c == 0xe1 || c == 0xe2:                      // U+180E, U+200B–U+200F, U+202A–U+202E, U+2060–U+2069
			if r, _ := utf8.DecodeRuneInString(s[i:]); text.Invisible(r) {
				return true
			}
		}
	}
	return false
}

// fixLead marks the bytes that may start a character fixChars
// changes (see needsCharFix).
var fixLead = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2], t[0xef] = true, true, true, true
	t[0xd8], t[0xe1] = true, true
	return t
}()

// fixChars turns "\r\n", "\r", form feeds, vertical tabs, U+0085,
// U+2028 and U+2029 into "\n" and drops the other control characters and
// byte order marks.
func fixChars(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			sb.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
		case r == '\f', r == '\v', r == '\u2028', r == '\u2029', r == '\u0085':
			sb.WriteByte('\n')
		case r == '\t', r == '\n':
			sb.WriteRune(r)
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, text.Invisible(r):
			// dropped
		default:
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String()
}
