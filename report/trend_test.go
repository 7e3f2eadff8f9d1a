package report

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

// writeNights writes days of nightly results (two repeats of ospf-12 and chain-5 a night) under
// dir/<date>/<scenario>-<repeat>; the last night converges 40% slower.
func writeNights(t *testing.T, dir string, days int) {
	t.Helper()
	for day := range days {
		for rep := range 2 {
			scale := map[string]float64{}
			if day == days-1 {
				scale[lab.MetricConvergeSec] = 1.4
			}
			o := reporttest.Options{Seed: uint64(day*10 + rep), Day: day, Repeat: rep, Scale: scale, Nodes: 12, Seconds: 120}
			night := filepath.Join(dir, reporttest.Start.AddDate(0, 0, day).Format("2006-01-02"))
			if err := reporttest.Write(filepath.Join(night, fmt.Sprintf("ospf-12-%d", rep)), reporttest.OSPF(o)); err != nil {
				t.Fatal(err)
			}
			o.Nodes, o.Seconds = 0, 0
			if err := reporttest.Write(filepath.Join(night, fmt.Sprintf("chain-5-%d", rep)), reporttest.Chain(o)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestTrend(t *testing.T) {
	results := t.TempDir()
	writeNights(t, results, 8)
	runs, err := LoadRuns(results)
	if err != nil {
		t.Fatal(err)
	}
	// One run has its report already: the trend page links to it, others to their record.
	withReport := filepath.Join(results, reporttest.Start.Format("2006-01-02"), "chain-5-0")
	if err := os.WriteFile(filepath.Join(withReport, HTMLFile), []byte("<p>report</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	files, tr, err := WriteTrend(runs, out, DefaultTrendOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Benchmarks) != 2 || len(files) != 3 {
		t.Fatalf("%d benchmarks, files %v", len(tr.Benchmarks), files)
	}
	latest := tr.LatestRegressions()
	if len(latest) != 2 {
		t.Fatalf("latest regressions %v, want the two slow runs of the last night", latest)
	}
	for _, g := range latest {
		if g.Metric != lab.MetricConvergeSec || g.DeltaPct < 25 || !strings.HasPrefix(g.Benchmark, "BenchmarkOSPF12") {
			t.Errorf("regression %v", g)
		}
	}
	if all := tr.Regressions(); len(all) != 2 {
		t.Errorf("noise marked as regressions: %v", all)
	}
	for _, f := range files[:2] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkPNG(t, filepath.Base(f), b, PlotWidth, pngHeight(t, b))
	}
	page, err := os.ReadFile(filepath.Join(out, TrendFile))
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	hrefs := regexp.MustCompile(`href="([^"#][^"]*)"`).FindAllStringSubmatch(html, -1)
	if len(hrefs) != len(runs) {
		t.Errorf("%d run links, want %d", len(hrefs), len(runs))
	}
	for _, h := range hrefs {
		link := h[1]
		if filepath.IsAbs(link) || strings.Contains(link, "://") {
			t.Errorf("link %q is not relative", link)
			continue
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(link))); err != nil {
			t.Errorf("link %q does not resolve from the page: %v", link, err)
		}
	}
	if !strings.Contains(html, "/chain-5-0/report.html") || !strings.Contains(html, "/chain-5-1/run.json") {
		t.Error("links do not prefer report.html and fall back to run.json")
	}
	if n := strings.Count(html, "▲"); n != 2 {
		t.Errorf("%d regression marks in the table, want 2", n)
	}
	if !strings.Contains(html, "2 REGRESSIONS") {
		t.Error("page headline does not count the regressions")
	}
}

func TestTrendOneRun(t *testing.T) {
	files, tr, err := WriteTrend([]Run{{Dir: t.TempDir(), Record: reporttest.Chain(reporttest.Options{Seed: 1})}}, t.TempDir(), DefaultTrendOptions)
	if err != nil || len(files) != 2 || len(tr.Regressions()) != 0 {
		t.Fatalf("files %v, err %v", files, err)
	}
}

func pngHeight(t *testing.T, b []byte) int {
	t.Helper()
	if len(b) < 24 {
		t.Fatal("short png")
	}
	return int(b[20])<<24 | int(b[21])<<16 | int(b[22])<<8 | int(b[23])
}
