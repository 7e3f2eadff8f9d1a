package report

import (
	"bytes"
	"fmt"
	"html/template"
	"image/color"
	"io"
	"maps"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// TrendOptions tunes regression marking on the trend page.
type TrendOptions struct {
	// Threshold is how much worse than the baseline (percent) a run must be to be marked.
	Threshold float64
	// Window is how many previous passing runs of the same benchmark form the baseline.
	Window int
	// MinHistory is how many previous runs a baseline needs before any run is judged.
	MinHistory int
}

// DefaultTrendOptions mark a run worse by more than 10% than the median of the previous 10
// passing runs, once there are at least 3.
var DefaultTrendOptions = TrendOptions{Threshold: 10, Window: 10, MinHistory: 3}

// TrendFile is the name of the trend page.
const TrendFile = "trend.html"

// Trend is the history of every benchmark found in a results directory.
type Trend struct {
	Options    TrendOptions
	Benchmarks []TrendBenchmark
}

// TrendBenchmark is the history of one scenario with one set of parameters.
type TrendBenchmark struct {
	Name     string
	Scenario string
	Params   string
	// Runs are in time order.
	Runs    []Run
	Metrics []TrendSeries
}

// TrendSeries is one headline metric over the runs of a benchmark.
type TrendSeries struct {
	Metric string
	Points []TrendPoint
}

// TrendPoint is one run's value of a metric and how it compares with the runs before it.
type TrendPoint struct {
	Run   int // index into TrendBenchmark.Runs
	Value float64
	// Baseline is the median of up to Window previous passing runs (HasBaseline says if there
	// were MinHistory of them).
	Baseline    float64
	HasBaseline bool
	DeltaPct    float64
	Regression  bool
}

// TrendRegression names a marked point.
type TrendRegression struct {
	Benchmark, Metric, RunID, Dir string
	Value, Baseline, DeltaPct     float64
}

func (g TrendRegression) String() string {
	return fmt.Sprintf("%s %s: run %s %s is %+.1f%% against the median %s of the runs before it",
		g.Benchmark, g.Metric, g.RunID, FormatMetric(g.Metric, g.Value), g.DeltaPct, FormatMetric(g.Metric, g.Baseline))
}

// BuildTrend groups runs by benchmark, orders them in time and marks, for metrics where higher
// is worse, the runs worse than the median of the previous runs by more than the threshold.
func BuildTrend(runs []Run, o TrendOptions) *Trend {
	if o.Window <= 0 {
		o.Window = DefaultTrendOptions.Window
	}
	if o.MinHistory <= 0 {
		o.MinHistory = 1
	}
	t := &Trend{Options: o}
	byBench := map[string][]Run{}
	for _, r := range runs {
		b := BenchName(r.Record.Scenario, r.Record.Params)
		byBench[b] = append(byBench[b], r)
	}
	for _, name := range slices.Sorted(maps.Keys(byBench)) {
		rs := byBench[name]
		sortRuns(rs)
		tb := TrendBenchmark{Name: name, Scenario: rs[0].Record.Scenario, Params: paramsString(rs[0].Record.Params), Runs: rs}
		metrics := map[string]bool{}
		for _, r := range rs {
			for m := range r.Record.Metrics {
				metrics[m] = true
			}
		}
		for _, m := range metricNames(boolKeys(metrics)) {
			ts := TrendSeries{Metric: m}
			var history []float64 // values of previous passing runs
			for i, r := range rs {
				v, ok := r.Record.Metrics[m]
				if !ok {
					continue
				}
				pt := TrendPoint{Run: i, Value: v}
				if len(history) >= o.MinHistory {
					prev := slices.Clone(history[max(0, len(history)-o.Window):])
					slices.Sort(prev)
					pt.Baseline, pt.HasBaseline = median(prev), true
					if pt.Baseline != 0 {
						pt.DeltaPct = (v/pt.Baseline - 1) * 100
						pt.Regression = HigherIsWorse(m) && pt.DeltaPct > o.Threshold
					}
				}
				if r.Record.OK {
					history = append(history, v)
				}
				ts.Points = append(ts.Points, pt)
			}
			tb.Metrics = append(tb.Metrics, ts)
		}
		t.Benchmarks = append(t.Benchmarks, tb)
	}
	return t
}

func boolKeys(m map[string]bool) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k := range m {
		out[k] = 0
	}
	return out
}

// Regressions lists every marked point, oldest first within each benchmark.
func (t *Trend) Regressions() []TrendRegression {
	var out []TrendRegression
	for _, b := range t.Benchmarks {
		for _, s := range b.Metrics {
			for _, p := range s.Points {
				if p.Regression {
					r := b.Runs[p.Run]
					out = append(out, TrendRegression{b.Name, s.Metric, r.Record.ID, r.Dir, p.Value, p.Baseline, p.DeltaPct})
				}
			}
		}
	}
	return out
}

// LatestBatch is how long before a benchmark's most recent run a run may have started and
// still belong to the latest batch (one night's repeats).
const LatestBatch = 12 * time.Hour

// LatestRegressions lists the marked points of each benchmark's latest batch of runs (its most
// recent run and those started up to LatestBatch before it): what a nightly job reports.
func (t *Trend) LatestRegressions() []TrendRegression {
	var out []TrendRegression
	for _, b := range t.Benchmarks {
		cut := b.Runs[len(b.Runs)-1].Record.Start.Add(-LatestBatch)
		for _, s := range b.Metrics {
			for _, p := range s.Points {
				r := b.Runs[p.Run]
				if p.Regression && !r.Record.Start.Before(cut) {
					out = append(out, TrendRegression{b.Name, s.Metric, r.Record.ID, r.Dir, p.Value, p.Baseline, p.DeltaPct})
				}
			}
		}
	}
	return out
}

// WriteTrend writes the trend page (trend.html, self-contained, with each benchmark's plot also
// written beside it as trend-<benchmark>.png) into outDir and returns the paths written.
func WriteTrend(runs []Run, outDir string, o TrendOptions) ([]string, *Trend, error) {
	t := BuildTrend(runs, o)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, t, fmt.Errorf("trend: %w", err)
	}
	var written []string
	plots := make([]Plot, len(t.Benchmarks))
	for i, b := range t.Benchmarks {
		p, err := trendPlot(b, t.Options)
		if err != nil {
			return written, t, fmt.Errorf("trend %s: %w", b.Name, err)
		}
		plots[i] = p
		if p.Skipped != "" {
			continue
		}
		path := filepath.Join(outDir, p.File())
		if err := writeFileAtomic(path, p.PNG); err != nil {
			return written, t, fmt.Errorf("trend: %w", err)
		}
		written = append(written, path)
	}
	var buf bytes.Buffer
	if err := writeTrendHTML(&buf, t, plots, outDir); err != nil {
		return written, t, err
	}
	path := filepath.Join(outDir, TrendFile)
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return written, t, fmt.Errorf("trend: %w", err)
	}
	return append(written, path), t, nil
}

// dateTicks label a Unix-seconds axis with dates (or hours when the span is short).
type dateTicks struct{}

func (dateTicks) Ticks(lo, hi float64) []plot.Tick {
	span := hi - lo
	steps := []float64{3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400, 91 * 86400, 365 * 86400}
	step := steps[len(steps)-1]
	for _, s := range steps {
		if span/s <= 7 {
			step = s
			break
		}
	}
	format := "Jan 02"
	if step < 86400 {
		format = "Jan 02 15:04"
	}
	var ts []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: time.Unix(int64(v), 0).UTC().Format(format)})
	}
	return ts
}

// trendPlot draws one panel per headline metric of a benchmark: each run a dot (failed runs
// grey), the rolling baseline dashed, regressions ringed in red.
func trendPlot(b TrendBenchmark, o TrendOptions) (Plot, error) {
	name := "trend-" + fileSafe(strings.TrimPrefix(b.Name, "Benchmark"))
	title := "Headline metrics over time"
	if len(b.Metrics) == 0 {
		return skipped(name, title, "its runs recorded no headline metrics"), nil
	}
	first, last := b.Runs[0].Record.Start, b.Runs[len(b.Runs)-1].Record.Start
	xmin, xmax := float64(first.Unix()), float64(last.Unix())
	pad := math.Max((xmax-xmin)*0.04, 6*3600)
	xmin, xmax = xmin-pad, xmax+pad
	cols := 2
	if len(b.Metrics) == 1 {
		cols = 1
	}
	rows := (len(b.Metrics) + cols - 1) / cols
	grid := make([][]*plot.Plot, rows)
	for i := range grid {
		grid[i] = make([]*plot.Plot, cols)
	}
	for i, s := range b.Metrics {
		unit, f := "", 1.0
		label := s.Metric
		switch {
		case strings.HasSuffix(s.Metric, "_s"):
			unit = "seconds"
		case strings.Contains(s.Metric, "bytes"):
			maxV := 0.0
			for _, p := range s.Points {
				maxV = math.Max(maxV, p.Value)
			}
			unit, f = byteScale(maxV)
		case strings.HasSuffix(s.Metric, "_pct"):
			unit = "%"
		}
		p := newPlot(label)
		p.Title.Padding = px(22)
		p.X.Tick.Marker = dateTicks{}
		p.Y.Label.Text = unit
		var all, base, ok, failed, regr plotter.XYs
		for _, pt := range s.Points {
			r := b.Runs[pt.Run].Record
			xy := plotter.XY{X: float64(r.Start.Unix()), Y: pt.Value * f}
			all = append(all, xy)
			if r.OK {
				ok = append(ok, xy)
			} else {
				failed = append(failed, xy)
			}
			if pt.HasBaseline {
				base = append(base, plotter.XY{X: xy.X, Y: pt.Baseline * f})
			}
			if pt.Regression {
				regr = append(regr, xy)
			}
		}
		var items []legendItem
		if len(all) > 1 {
			l, err := plotter.NewLine(all)
			if err != nil {
				return Plot{Name: name}, err
			}
			l.Color, l.Width = color.Gray{Y: 0xb8}, px(1)
			p.Add(l)
		}
		if len(base) > 1 {
			l, err := plotter.NewLine(base)
			if err != nil {
				return Plot{Name: name}, err
			}
			l.Color, l.Width, l.Dashes = colGreen, px(1.4), []vg.Length{px(5), px(3)}
			p.Add(l)
			items = append(items, legendItem{"median of previous", colGreen, true})
		}
		for _, set := range []struct {
			xys   plotter.XYs
			glyph draw.GlyphStyle
		}{
			{ok, draw.GlyphStyle{Color: colBlue, Radius: px(3.2), Shape: draw.CircleGlyph{}}},
			{failed, draw.GlyphStyle{Color: colGrey, Radius: px(3.6), Shape: draw.CrossGlyph{}}},
			{regr, draw.GlyphStyle{Color: colRed, Radius: px(6.5), Shape: draw.RingGlyph{}}},
		} {
			if len(set.xys) == 0 {
				continue
			}
			sc, err := plotter.NewScatter(set.xys)
			if err != nil {
				return Plot{Name: name}, err
			}
			sc.GlyphStyle = set.glyph
			p.Add(sc)
		}
		if len(regr) > 0 {
			items = append(items, legendItem{fmt.Sprintf("worse by >%.0f%%", o.Threshold), colRed, false})
		}
		p.Add(hLegend{items: items})
		ymin, ymax := math.Inf(1), math.Inf(-1)
		for _, xy := range append(slices.Clone(all), base...) {
			ymin, ymax = math.Min(ymin, xy.Y), math.Max(ymax, xy.Y)
		}
		fitY(p, ymin, ymax, true) // from zero: night-to-night noise should look as small as it is
		p.X.Min, p.X.Max = xmin, xmax
		grid[i/cols][i%cols] = p
	}
	png, w, h, err := encodeTiles(grid, PlotWidth, 30+230*float64(rows))
	if err != nil {
		return Plot{Name: name}, err
	}
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: h,
		Caption: "Each dot is a run (a grey cross a failed run); the dashed line is the median of the previous passing runs; red rings mark runs worse than it by more than the threshold."}, nil
}

func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, s)
}

type trendRow struct {
	Date, ID, Link, Result string
	OK                     bool
	Cells                  []trendCell
}

type trendCell struct {
	Text, Class, Title string
}

type trendSection struct {
	B       TrendBenchmark
	Plot    Plot
	Metrics []string
	Rows    []trendRow
}

var trendPage = template.Must(template.New("trend").Funcs(funcs).Parse(tableTmpl + `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vnetbench trend: {{len .Runs}} runs</title>
<style>{{.CSS}}</style>
<script>{{.JS}}</script>
</head>
<body>
<div class="wrap">
<header class="top {{if .Latest}}fail{{else}}pass{{end}}">
<h1>vnetbench trend <span class="badge {{if .Latest}}fail{{else}}pass{{end}}">{{with len .Latest}}{{.}} REGRESSION{{if gt . 1}}S{{end}}{{else}}NO REGRESSION{{end}}</span></h1>
<p class="sub">{{len .Runs}} runs of {{len .Sections}} benchmarks, {{.From}} to {{.To}}. A run is marked when a duration or memory metric is worse than the median of up to {{.O.Window}} previous passing runs (at least {{.O.MinHistory}}) by more than {{.O.Threshold}} %.</p>
<nav>{{range .Sections}}<a href="#{{.Plot.Name}}">{{.B.Scenario}}</a>{{end}}</nav>
{{- if .Latest}}
<div class="why" id="why"><h2>Latest runs worse than their history</h2><ul>
{{- range .Latest}}
<li>{{.}}</li>
{{- end}}
</ul></div>
{{- end}}
</header>
<main>
{{- range .Sections}}
<h2 id="{{.Plot.Name}}">{{.B.Scenario}} <span class="note">{{.B.Params}} · {{len .B.Runs}} runs</span></h2>
{{template "figure" .Plot}}
<table id="t-{{.Plot.Name}}">
<thead><tr><th>Started (UTC)</th><th>Run</th><th>Result</th>{{range .Metrics}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr{{if not .OK}} class="warn"{{end}}><td>{{.Date}}</td><td><a href="{{.Link}}">{{.ID}}</a></td><td class="{{if .OK}}pass{{else}}fail{{end}}">{{.Result}}</td>{{range .Cells}}<td class="num {{.Class}}"{{with .Title}} title="{{.}}"{{end}}>{{.Text}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{- end}}
</main>
<footer>Made by <code>vnetbench trend</code> from run records; each run links to its report.html (or its run.json when it has no report yet).
<div id="selfcheck" data-status="pending">Page check did not run (scripts disabled?).</div></footer>
</div>
</body>
</html>
`))

func writeTrendHTML(w io.Writer, t *Trend, plots []Plot, outDir string) error {
	var sections []trendSection
	var all []Run
	for i, b := range t.Benchmarks {
		all = append(all, b.Runs...)
		sec := trendSection{B: b, Plot: plots[i]}
		for _, s := range b.Metrics {
			sec.Metrics = append(sec.Metrics, s.Metric)
		}
		points := map[[2]int]TrendPoint{} // [metric, run]
		for mi, s := range b.Metrics {
			for _, p := range s.Points {
				points[[2]int{mi, p.Run}] = p
			}
		}
		for ri := len(b.Runs) - 1; ri >= 0; ri-- { // newest first
			r := b.Runs[ri]
			row := trendRow{Date: r.Record.Start.UTC().Format("2006-01-02 15:04"), ID: r.Record.ID,
				Link: runLink(outDir, r.Dir), OK: r.Record.OK, Result: "PASS"}
			if !r.Record.OK {
				row.Result = "FAIL"
			}
			for mi, s := range b.Metrics {
				p, ok := points[[2]int{mi, ri}]
				if !ok {
					row.Cells = append(row.Cells, trendCell{Text: "—"})
					continue
				}
				c := trendCell{Text: FormatMetric(s.Metric, p.Value)}
				if p.HasBaseline {
					c.Title = fmt.Sprintf("%+.1f%% against the median %s of the previous runs", p.DeltaPct, FormatMetric(s.Metric, p.Baseline))
				}
				if p.Regression {
					c.Text = fmt.Sprintf("▲ %s (%+.0f%%)", c.Text, p.DeltaPct)
					c.Class = "worse regression"
				}
				row.Cells = append(row.Cells, c)
			}
			sec.Rows = append(sec.Rows, row)
		}
		sections = append(sections, sec)
	}
	sortRuns(all)
	from, to := "", ""
	if len(all) > 0 {
		from = all[0].Record.Start.UTC().Format("2006-01-02")
		to = all[len(all)-1].Record.Start.UTC().Format("2006-01-02")
	}
	data := map[string]any{"CSS": template.CSS(pageCSS), "JS": template.JS(selfCheckJS), "Runs": all,
		"Sections": sections, "O": t.Options, "From": from, "To": to, "Latest": t.LatestRegressions()}
	if err := trendPage.Execute(w, data); err != nil {
		return fmt.Errorf("render trend html: %w", err)
	}
	return nil
}

// runLink is the relative link from the trend page to a run's report (or record).
func runLink(outDir, runDir string) string {
	target := filepath.Join(runDir, HTMLFile)
	if _, err := os.Stat(target); err != nil {
		target = filepath.Join(runDir, RecordFile)
	}
	rel, err := filepath.Rel(absOr(outDir), absOr(target))
	if err != nil {
		rel = target
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func absOr(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
