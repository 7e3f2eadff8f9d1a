package freebsd

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

// ParseHumanCount reads a count that FreeBSD printed with humanize_number(3) and
// HN_DIVISOR_1000, as netstat -h does for packet, error, drop and collision columns:
// "490", "1.5k", "29k", "1.6M". Multipliers are powers of 1000 (k, M, G, T, P, E).
//
// The case of the kilo suffix decides its base whatever the column: humanize_number writes
// a lower-case "k" only with HN_DIVISOR_1000 and an upper-case "K" only without it, so "k" is
// always 1000 and "K" always 1024. A value with one decimal ("1.7k") is exact only to that
// digit; the result is rounded to the nearest integer.
func ParseHumanCount(s string) (uint64, error) { return parseHuman(s, 1000) }

// ParseHumanBytes reads a byte size printed with humanize_number(3) in base 1024, as
// netstat -h does for byte columns ("826K", "7.0M", "2.7G") and top does for memory sizes
// ("9856K", "2918M", "15G", "512B"). Multipliers are powers of 1024 (K, M, G, T, P, E); a
// bare number or a "B" suffix is bytes. A lower-case "k" is read as 1000, see
// ParseHumanCount.
func ParseHumanBytes(s string) (uint64, error) { return parseHuman(s, 1024) }

var errHumanSyntax = errors.New("not a humanized number")

// parseHuman converts a humanize_number(3) string with the given base for M, G, T, P, E.
func parseHuman(s string, base uint64) (uint64, error) {
	if s == "" {
		return 0, fmt.Errorf("%q: %w", s, errHumanSyntax)
	}
	num, mult := s, uint64(1)
	switch last := s[len(s)-1]; {
	case last >= '0' && last <= '9':
	default:
		num = s[:len(s)-1]
		exp := strings.IndexByte("MGTPE", last) + 2 // M is base^2
		switch {
		case last == 'B':
			exp = 0
		case last == 'k':
			exp, base = 1, 1000
		case last == 'K':
			exp, base = 1, 1024
		case exp < 2:
			return 0, fmt.Errorf("%q: unknown unit %q: %w", s, last, errHumanSyntax)
		}
		for range exp {
			mult *= base
		}
	}
	intPart, fracPart, hasDot := strings.Cut(num, ".")
	if intPart == "" || (hasDot && fracPart == "") || len(intPart)+len(fracPart) > 19 ||
		!allDigits(intPart) || !allDigits(fracPart) {
		return 0, fmt.Errorf("%q: %w", s, errHumanSyntax)
	}
	var mant, scale uint64 = 0, 1
	for _, c := range intPart + fracPart {
		mant = mant*10 + uint64(c-'0')
	}
	for range len(fracPart) {
		scale *= 10
	}
	hi, lo := bits.Mul64(mant, mult)
	if hi >= scale {
		return 0, fmt.Errorf("%q: value out of range", s)
	}
	q, r := bits.Div64(hi, lo, scale)
	if r*2 >= scale && scale > 1 {
		if q == ^uint64(0) {
			return 0, fmt.Errorf("%q: value out of range", s)
		}
		q++
	}
	return q, nil
}

// allDigits reports whether s consists of ASCII digits only (true for "").
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
