// Package golden compares test output with golden files under testdata, and rewrites them
// when the tests run with -update. A mismatch is reported as a line diff.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Check compares got with the file at path, or writes it there under -update.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("output differs from %s (- want, + got; go test -update rewrites it if the change is intended):\n%s",
			path, Diff(string(want), string(got)))
	}
}

// maxCells bounds the LCS table; beyond it Diff shows the first difference with context.
const maxCells = 4 << 20

// Diff is a line diff of a and b: "N - line" for a's lines, "N + line" for b's, by a longest
// common subsequence; for texts too long for that, the first differing line with context.
func Diff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(x)*len(y) > maxCells {
		return firstDifference(x, y)
	}
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			i++
			j++
		case i < len(x) && (j == len(y) || lcs[i+1][j] >= lcs[i][j+1]):
			fmt.Fprintf(&out, "%4d - %s\n", i+1, x[i])
			i++
		default:
			fmt.Fprintf(&out, "%4d + %s\n", j+1, y[j])
			j++
		}
	}
	return out.String()
}

func firstDifference(x, y []string) string {
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	var out strings.Builder
	fmt.Fprintf(&out, "first difference at line %d (%d lines against %d):\n", i+1, len(x), len(y))
	for k := max(0, i-3); k < i; k++ {
		fmt.Fprintf(&out, "%4d   %s\n", k+1, x[k])
	}
	for k := i; k < min(len(x), i+3); k++ {
		fmt.Fprintf(&out, "%4d - %s\n", k+1, x[k])
	}
	for k := i; k < min(len(y), i+3); k++ {
		fmt.Fprintf(&out, "%4d + %s\n", k+1, y[k])
	}
	return out.String()
}
