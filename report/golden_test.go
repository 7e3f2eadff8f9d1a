package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// records are the synthetic runs every golden and image test draws from.
func records() map[string]*lab.Record {
	return map[string]*lab.Record{
		"ospf-16":      reporttest.OSPF(reporttest.Options{Seed: 1}),
		"ospf-16-fail": reporttest.OSPF(reporttest.Options{Seed: 2, Fail: true}),
		"chain-5":      reporttest.Chain(reporttest.Options{Seed: 3}),
	}
}

// checkGolden compares got with testdata/golden/name, or rewrites it under -update. A mismatch
// shows a line diff.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
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
		t.Fatalf("%v (run 'go test ./report -run %s -update' to create it)", err, t.Name())
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file (-want +got); rerun with -update if the change is intended:\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff is a small LCS line diff with three lines of context, enough to read a golden mismatch.
func lineDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		kind byte
		line string
	}
	var ops []op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			ops = append(ops, op{' ', x[i]})
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, op{'-', x[i]})
			i++
		default:
			ops = append(ops, op{'+', y[j]})
			j++
		}
	}
	var out strings.Builder
	last := -10
	for k, o := range ops {
		if o.kind == ' ' {
			continue
		}
		for c := max(last+1, k-3, 0); c < k; c++ {
			fmt.Fprintf(&out, "  %s\n", ops[c].line)
		}
		fmt.Fprintf(&out, "%c %s\n", o.kind, o.line)
		last = k
		for c := k + 1; c < len(ops) && c <= k+3 && ops[c].kind == ' '; c++ {
			fmt.Fprintf(&out, "  %s\n", ops[c].line)
			last = c
		}
	}
	return out.String()
}

var dataURI = regexp.MustCompile(`data:image/png;base64,[A-Za-z0-9+/=]+`)

// stripImages replaces embedded PNG payloads so that golden HTML compares structure, not pixels.
func stripImages(b []byte) []byte {
	return dataURI.ReplaceAll(b, []byte("data:image/png;base64,…"))
}

func TestGoldenHTML(t *testing.T) {
	for name, r := range records() {
		t.Run(name, func(t *testing.T) {
			plots, err := Plots(r)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteHTML(&buf, r, plots); err != nil {
				t.Fatal(err)
			}
			if n := len(dataURI.FindAll(buf.Bytes(), -1)); n != drawn(plots) {
				t.Errorf("page embeds %d images, want one per drawn plot (%d)", n, drawn(plots))
			}
			checkGolden(t, name+".html", stripImages(buf.Bytes()))
		})
	}
}

func drawn(ps []Plot) int {
	n := 0
	for _, p := range ps {
		if p.Skipped == "" {
			n++
		}
	}
	return n
}

func TestGoldenMarkdown(t *testing.T) {
	for name, r := range records() {
		t.Run(name, func(t *testing.T) {
			plots, err := Plots(r)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteMarkdown(&buf, r, plots, true); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".md", buf.Bytes())
		})
	}
}

func TestGoldenSummary(t *testing.T) {
	for name, r := range records() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Summary(&buf, r); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".txt", buf.Bytes())
		})
	}
}

func TestLineDiff(t *testing.T) {
	d := lineDiff("a\nb\nc\nd", "a\nB\nc\nd\ne")
	for _, want := range []string{"- b", "+ B", "+ e", "  a"} {
		if !strings.Contains(d, want) {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
}
