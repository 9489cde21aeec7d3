package syntax

import (
	"sort"
	"strconv"
	"strings"
)

// lookupUnicodeName returns the code point named by a \N{...} escape
// (already upper-cased): from the table in names_table.go, or computed
// for CJK unified ideographs and Hangul syllables, whose names follow a
// rule rather than a list.
func lookupUnicodeName(name string) (rune, bool) {
	k := sort.Search(len(unicodeNames), func(i int) bool { return unicodeNames[i].name >= name })
	if k < len(unicodeNames) && unicodeNames[k].name == name {
		return unicodeNames[k].r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok && (len(hex) == 4 || len(hex) == 5) {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && isUnifiedIdeograph(rune(v)) {
			return rune(v), true
		}
		return 0, false
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(syl)
	}
	return 0, false
}

// The ideograph blocks of Unicode 14 (CPython 3.11's database).
func isUnifiedIdeograph(r rune) bool {
	return r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF ||
		r >= 0x20000 && r <= 0x2A6DF || r >= 0x2A700 && r <= 0x2B738 ||
		r >= 0x2B740 && r <= 0x2B81D || r >= 0x2B820 && r <= 0x2CEA1 ||
		r >= 0x2CEB0 && r <= 0x2EBE0 || r >= 0x30000 && r <= 0x3134A
}

var (
	jamoL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable finds the syllable whose name is the concatenation of
// its leading, vowel and trailing jamo short names.
func hangulSyllable(s string) (rune, bool) {
	for l, ls := range jamoL {
		rest, ok := strings.CutPrefix(s, ls)
		if !ok {
			continue
		}
		for v, vs := range jamoV {
			tail, ok := strings.CutPrefix(rest, vs)
			if !ok {
				continue
			}
			for t, ts := range jamoT {
				if tail == ts {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}
