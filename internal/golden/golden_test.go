package golden

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	if got, want := Diff("a\nb\nc", "a\nB\nc"), "   2 - b\n   2 + B\n"; got != want {
		t.Errorf("Diff = %q, want %q", got, want)
	}
	if d := Diff("same\n", "same\n"); d != "" {
		t.Errorf("Diff of equal texts = %q, want empty", d)
	}
	d := Diff("a\nb\nc\nd", "a\nB\nc\nd\ne")
	for _, want := range []string{"- b", "+ B", "+ e"} {
		if !strings.Contains(d, want) {
			t.Errorf("Diff lacks %q:\n%s", want, d)
		}
	}
}

func TestDiffOfLongTexts(t *testing.T) {
	a := strings.Repeat("line\n", 5000) + "old\n" + strings.Repeat("tail\n", 100)
	b := strings.Repeat("line\n", 5000) + "new\n" + strings.Repeat("tail\n", 100)
	d := Diff(a, b)
	if !strings.Contains(d, "first difference at line 5001") || !strings.Contains(d, "- old") || !strings.Contains(d, "+ new") {
		t.Errorf("Diff of long texts:\n%s", d)
	}
}
