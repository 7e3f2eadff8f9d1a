package report

import (
	"bytes"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/vnetbench/vnetbench/internal/golden"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

// records are the synthetic runs every golden and image test draws from.
func records() map[string]*lab.Record {
	return map[string]*lab.Record{
		"ospf-16":      reporttest.OSPF(reporttest.Options{Seed: 1}),
		"ospf-16-fail": reporttest.OSPF(reporttest.Options{Seed: 2, Fail: true}),
		"chain-5":      reporttest.Chain(reporttest.Options{Seed: 3}),
	}
}

// checkGolden compares got with testdata/golden/name (go test -update rewrites it).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name), got)
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
