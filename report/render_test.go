package report

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

// pixelStdDev is the standard deviation of an image's luminance: 0 for a blank image.
func pixelStdDev(img image.Image) float64 {
	b := img.Bounds()
	var sum, sq, n float64
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			l := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 257
			sum += l
			sq += l * l
			n++
		}
	}
	mean := sum / n
	v := sq/n - mean*mean
	if v < 0 {
		return 0
	}
	return math.Sqrt(v)
}

// checkPNG decodes b and checks its size and that it is not blank.
func checkPNG(t *testing.T, name string, b []byte, w, h int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: not a PNG: %v", name, err)
	}
	if got := img.Bounds().Size(); got.X != w || got.Y != h {
		t.Errorf("%s: %dx%d, want %dx%d", name, got.X, got.Y, w, h)
	}
	if sd := pixelStdDev(img); sd < 8 {
		t.Errorf("%s: looks blank (luminance standard deviation %.2f)", name, sd)
	}
}

func TestPlotsImages(t *testing.T) {
	wantHeights := map[string]int{"traffic": 640, "convergence": 820, "node-convergence": 440, "memory": 760, "rss": 380}
	for name, r := range records() {
		t.Run(name, func(t *testing.T) {
			plots, err := Plots(r)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range plots {
				if p.Skipped != "" {
					if p.PNG != nil {
						t.Errorf("%s: skipped (%s) but has an image", p.Name, p.Skipped)
					}
					continue
				}
				if p.Width != PlotWidth {
					t.Errorf("%s: width %d, want %d", p.Name, p.Width, PlotWidth)
				}
				if h, ok := wantHeights[p.Name]; ok && strings.HasPrefix(name, "ospf") && p.Height != h {
					t.Errorf("%s: height %d, want %d", p.Name, p.Height, h)
				}
				checkPNG(t, p.Name, p.PNG, p.Width, p.Height)
			}
		})
	}
}

func TestPlotsSkipWhatIsMissing(t *testing.T) {
	plots, err := Plots(reporttest.Chain(reporttest.Options{Seed: 1}))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range plots {
		got[p.Name] = p.Skipped
	}
	for _, name := range []string{"convergence", "node-convergence", "rss"} {
		if got[name] == "" {
			t.Errorf("chain-5 has no OSPF or daemon memory series, yet plot %s was drawn", name)
		}
	}
	for _, name := range []string{"traffic", "memory", "phases"} {
		if got[name] != "" {
			t.Errorf("plot %s skipped: %s", name, got[name])
		}
	}
	// A record with no series at all still reports, with every series plot skipped.
	bare := &lab.Record{Schema: lab.RecordSchema, ID: "x", Scenario: "empty", Start: reporttest.Start}
	plots, err = Plots(bare)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plots {
		if p.Skipped == "" {
			t.Errorf("plot %s drawn for a record without data", p.Name)
		}
	}
	if _, err := Render(bare, t.TempDir(), nil); err != nil {
		t.Errorf("render a bare record: %v", err)
	}
	// A run shorter than two sampling ticks: one point per series is no line to draw.
	short := reporttest.Chain(reporttest.Options{Seed: 1})
	for i := range short.Series {
		short.Series[i].Points = short.Series[i].Points[:1]
	}
	plots, err = Plots(short)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plots {
		if p.Name != "phases" && p.Skipped == "" {
			t.Errorf("plot %s drawn from single samples", p.Name)
		}
	}
}

func TestPlotsOddSeries(t *testing.T) {
	r := reporttest.Chain(reporttest.Options{Seed: 1})
	// One point, a constant series, points out of order: drawn, not a panic or an error.
	r.Series = []lab.Series{
		{Name: lab.SeriesLinksRxPackets, Points: []lab.Point{{T: 5, V: 3}}},
		{Name: lab.SeriesLinksTxPackets, Points: []lab.Point{{T: 3, V: 0}, {T: 1, V: 0}, {T: 2, V: 0}}},
		{Name: lab.SeriesMemAvailable, Points: []lab.Point{{T: 0, V: 1 << 30}, {T: 1, V: 1 << 30}}},
	}
	if _, err := Plots(r); err != nil {
		t.Fatal(err)
	}
}

func TestRender(t *testing.T) {
	dir := t.TempDir()
	r := reporttest.OSPF(reporttest.Options{Seed: 1})
	files, err := Render(r, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
		if _, err := os.Stat(f); err != nil {
			t.Error(err)
		}
	}
	want := []string{"traffic.png", "convergence.png", "node-convergence.png", "memory.png", "rss.png", "phases.png",
		HTMLFile, MarkdownFile, SummaryFile, BenchFile}
	if !slices.Equal(names, want) {
		t.Errorf("wrote %v, want %v", names, want)
	}
	md, _ := os.ReadFile(filepath.Join(dir, MarkdownFile))
	if !strings.Contains(string(md), "![Bridge traffic](traffic.png)") {
		t.Error("report.md does not link the PNG beside it")
	}
	var s RunSummary
	b, _ := os.ReadFile(filepath.Join(dir, SummaryFile))
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	if s.ID != r.ID || s.Checks.Total != 3 || len(s.Slowest) != SlowestShown || s.Metrics[lab.MetricConvergeSec] == 0 {
		t.Errorf("summary.json: %+v", s)
	}
	html, _ := os.ReadFile(filepath.Join(dir, HTMLFile))
	for _, ref := range []string{`src="traffic.png"`, `href="report.css"`, `<link`, `src="http`} {
		if strings.Contains(string(html), ref) {
			t.Errorf("report.html is not self-contained: it refers to %s", ref)
		}
	}

	// Only the formats asked for; unknown formats are refused.
	dir2 := t.TempDir()
	files, err = Render(r, dir2, []string{"md"})
	if err != nil || len(files) != 1 {
		t.Fatalf("md only: %v %v", files, err)
	}
	md, _ = os.ReadFile(files[0])
	if strings.Contains(string(md), ".png)") {
		t.Error("report.md links PNGs that were not written")
	}
	if _, err := Render(r, dir2, []string{"pdf"}); err == nil || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestMarkdownEscapesCells(t *testing.T) {
	r := reporttest.Chain(reporttest.Options{Seed: 1})
	r.Checks[0].Actual = "a|b <x>"
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, r, nil, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `a\|b &lt;x&gt;`) {
		t.Errorf("pipe or angle brackets not escaped:\n%s", buf.String())
	}
}
