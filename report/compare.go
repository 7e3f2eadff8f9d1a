package report

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/perf/benchmath"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Group is a set of repeated runs compared as one sample (one run is a group of one).
type Group struct {
	Name string
	Dir  string
	Runs []Run
}

// LoadGroup loads a run directory, or every run below a directory of repeated runs, as one
// group named after the directory.
func LoadGroup(path string) (Group, error) {
	runs, err := LoadRuns(path)
	if err != nil {
		return Group{}, err // a group silently missing a run would mislead
	}
	name := filepath.Base(filepath.Clean(path))
	if name == RecordFile {
		name = filepath.Base(filepath.Dir(filepath.Clean(path)))
	}
	return Group{Name: name, Dir: path, Runs: runs}, nil
}

// DefaultAlpha is the significance level of comparisons, as in benchstat.
const DefaultAlpha = 0.05

// Comparison is the result of Compare: one row per benchmark and metric, one cell per group.
type Comparison struct {
	Alpha  float64      `json:"alpha"`
	Groups []GroupInfo  `json:"groups"`
	Rows   []CompareRow `json:"rows"`
}

// GroupInfo describes a compared group.
type GroupInfo struct {
	Name string `json:"name"`
	Dir  string `json:"dir"`
	Runs int    `json:"runs"`
}

// CompareRow is one metric of one benchmark (scenario and parameters) across the groups.
type CompareRow struct {
	Benchmark string `json:"benchmark"`
	Scenario  string `json:"scenario"`
	Metric    string `json:"metric"`
	// HigherIsWorse is set for metrics whose growth is a regression (*_s, *_bytes*).
	HigherIsWorse bool          `json:"higher_is_worse"`
	Cells         []CompareCell `json:"cells"`
}

// CompareCell is one group's sample of a metric and, for every group after the first, how it
// differs from the first (the baseline).
type CompareCell struct {
	N      int       `json:"n"`
	Values []float64 `json:"values,omitempty"`
	// Median is the sample's centre; CI is its 95% confidence interval as "± 3%", empty when
	// there are too few runs for a finite interval (fewer than 6).
	Median float64 `json:"median"`
	CI     string  `json:"ci,omitempty"`
	// The fields below compare with the baseline; they are empty for the baseline itself.
	DeltaPct    *float64 `json:"delta_pct,omitempty"`
	P           *float64 `json:"p,omitempty"`
	Significant bool     `json:"significant,omitempty"`
	// NeedRuns is set when the groups are too small for any difference to be significant
	// (even a complete separation would not reach alpha): the runs per group the test needs.
	NeedRuns int `json:"need_runs,omitempty"`
	// Delta is the delta as benchstat prints it: "+12.30%", "~", "~ (need ≥ 4 runs)".
	Delta string `json:"delta,omitempty"`
	// Worse and Better are set for significant changes of metrics with a known direction.
	Worse  bool `json:"worse,omitempty"`
	Better bool `json:"better,omitempty"`
}

// HigherIsWorse reports whether growth of the metric is a regression: durations (*_s) and
// memory (*_bytes*). Other metrics are compared but never judged.
func HigherIsWorse(metric string) bool {
	return strings.HasSuffix(metric, "_s") || strings.Contains(metric, "_bytes")
}

// Compare compares groups of runs metric by metric, the first group being the baseline: the
// median of each group, and for the others the delta against the baseline with a Mann-Whitney
// U test at level alpha (benchstat's method, golang.org/x/perf/benchmath). Runs are matched by
// benchmark (scenario and parameters), so a group may hold several scenarios.
func Compare(groups []Group, alpha float64) (*Comparison, error) {
	if len(groups) < 2 {
		return nil, errors.New("compare needs at least two groups of runs")
	}
	if alpha <= 0 || alpha >= 1 {
		return nil, fmt.Errorf("significance level %v is not between 0 and 1", alpha)
	}
	th := benchmath.DefaultThresholds
	th.CompareAlpha = alpha
	c := &Comparison{Alpha: alpha}
	type key struct{ bench, metric string }
	samples := make([]map[key][]float64, len(groups))
	var order []key
	seen := map[key]bool{}
	scenario := map[string]string{}
	for gi, g := range groups {
		if len(g.Runs) == 0 {
			return nil, fmt.Errorf("group %s has no runs", g.Name)
		}
		c.Groups = append(c.Groups, GroupInfo{Name: g.Name, Dir: g.Dir, Runs: len(g.Runs)})
		samples[gi] = map[key][]float64{}
		for _, run := range g.Runs {
			r := run.Record
			bench := BenchName(r.Scenario, r.Params)
			scenario[bench] = r.Scenario
			v := Values(r)
			for _, m := range valueNames(r, v) {
				k := key{bench, m}
				samples[gi][k] = append(samples[gi][k], v[m])
				if !seen[k] {
					seen[k] = true
					order = append(order, k)
				}
			}
		}
	}
	// Benchmarks sorted by name; metrics within one in first-seen (table) order.
	slices.SortStableFunc(order, func(a, b key) int { return strings.Compare(a.bench, b.bench) })
	need := uTestNeed(alpha)
	for _, k := range order {
		row := CompareRow{Benchmark: k.bench, Scenario: scenario[k.bench], Metric: k.metric, HigherIsWorse: HigherIsWorse(k.metric)}
		var base *benchmath.Sample
		var baseSum benchmath.Summary
		for gi := range groups {
			vals := samples[gi][k]
			cell := CompareCell{N: len(vals)}
			if len(vals) == 0 {
				cell.Delta = "—"
				row.Cells = append(row.Cells, cell)
				continue
			}
			s := benchmath.NewSample(vals, &th)
			sum := benchmath.AssumeNothing.Summary(s, 0.95)
			cell.Values, cell.Median = s.Values, sum.Center
			if !math.IsInf(sum.Lo, 0) && !math.IsInf(sum.Hi, 0) && len(vals) > 1 {
				cell.CI = "± " + sum.PctRangeString()
			}
			if gi == 0 {
				base, baseSum = s, sum
				row.Cells = append(row.Cells, cell)
				continue
			}
			if base == nil {
				cell.Delta = "— (no baseline)"
				row.Cells = append(row.Cells, cell)
				continue
			}
			cmpRes := benchmath.AssumeNothing.Compare(base, s)
			p := cmpRes.P
			cell.P = &p
			if baseSum.Center != 0 {
				d := (sum.Center/baseSum.Center - 1) * 100
				cell.DeltaPct = &d
			}
			cell.Significant = cmpRes.P <= cmpRes.Alpha
			cell.Delta = cmpRes.FormatDelta(baseSum.Center, sum.Center)
			if !cell.Significant && uTestMinP(len(base.Values), len(vals)) > alpha {
				cell.NeedRuns = need
				cell.Delta = fmt.Sprintf("~ (need ≥ %d runs)", need)
			}
			if cell.Significant && row.HigherIsWorse && sum.Center != baseSum.Center {
				cell.Worse = sum.Center > baseSum.Center
				cell.Better = !cell.Worse
			}
			row.Cells = append(row.Cells, cell)
		}
		c.Rows = append(c.Rows, row)
	}
	return c, nil
}

// uTestMinP is the smallest two-sided p a Mann-Whitney U test can give for groups of n1 and n2
// runs (complete separation, no ties): 2/C(n1+n2, n1). Above alpha no difference can ever be
// significant, whatever the data.
func uTestMinP(n1, n2 int) float64 {
	c := 1.0
	for i := 1; i <= n2; i++ { // C(n1+n2, n2) = Π (n1+i)/i
		c = c * float64(n1+i) / float64(i)
	}
	return math.Min(1, 2/c)
}

// uTestNeed is the smallest number of runs per group with which a Mann-Whitney U test can reach
// significance at alpha.
func uTestNeed(alpha float64) int {
	for n := 1; n <= 50; n++ {
		if uTestMinP(n, n) <= alpha {
			return n
		}
	}
	return 51
}

// Regression is a significant worsening beyond a threshold.
type Regression struct {
	Benchmark string  `json:"benchmark"`
	Metric    string  `json:"metric"`
	Group     string  `json:"group"`
	Baseline  string  `json:"baseline"`
	DeltaPct  float64 `json:"delta_pct"`
	P         float64 `json:"p"`
}

func (g Regression) String() string {
	return fmt.Sprintf("%s %s: %+.1f%% in %s against %s (p=%.3f)", g.Benchmark, g.Metric, g.DeltaPct, g.Group, g.Baseline, g.P)
}

// Regressions lists the metrics that got significantly worse than the baseline by more than
// pct percent (only metrics where higher is worse: *_s and *_bytes*).
func (c *Comparison) Regressions(pct float64) []Regression {
	var out []Regression
	for _, row := range c.Rows {
		for gi, cell := range row.Cells {
			if gi == 0 || !cell.Worse || cell.DeltaPct == nil || *cell.DeltaPct <= pct {
				continue
			}
			out = append(out, Regression{Benchmark: row.Benchmark, Metric: row.Metric, Group: c.Groups[gi].Name,
				Baseline: c.Groups[0].Name, DeltaPct: *cell.DeltaPct, P: *cell.P})
		}
	}
	return out
}

// Untestable counts the comparisons that could not reach significance for lack of runs.
func (c *Comparison) Untestable() int {
	n := 0
	for _, row := range c.Rows {
		for _, cell := range row.Cells {
			if cell.NeedRuns > 0 {
				n++
			}
		}
	}
	return n
}

// Table lays the comparison out benchstat-style: per group its median ± CI, and for every
// group after the baseline the delta with p and sample sizes.
func (c *Comparison) Table() Table {
	t := Table{ID: "compare", Title: "Comparison",
		Note: fmt.Sprintf("Medians over repeated runs (± 95%% confidence interval from 6 runs); deltas against %s tested with Mann-Whitney U at α=%v (~ means no significant difference). For *_s and *_bytes metrics higher is worse.",
			c.Groups[0].Name, c.Alpha),
		Header: []string{"Benchmark", "Metric"}, Right: []bool{false, false}, Empty: "Nothing to compare."}
	for gi, g := range c.Groups {
		t.Header = append(t.Header, fmt.Sprintf("%s (n=%d)", g.Name, g.Runs))
		t.Right = append(t.Right, true)
		if gi > 0 {
			t.Header = append(t.Header, "vs "+c.Groups[0].Name)
			t.Right = append(t.Right, true)
		}
	}
	for _, row := range c.Rows {
		cells := []string{row.Benchmark, row.Metric}
		classes := []string{"", ""}
		status := ""
		for gi, cell := range row.Cells {
			v := "—"
			if cell.N > 0 {
				v = FormatMetric(row.Metric, cell.Median)
				if cell.CI != "" {
					v += " " + cell.CI
				}
			}
			cells = append(cells, v)
			classes = append(classes, "")
			if gi == 0 {
				continue
			}
			d := cell.Delta
			if cell.P != nil && cell.NeedRuns == 0 && cell.N > 0 {
				d += fmt.Sprintf(" (p=%.3f n=%d+%d)", *cell.P, row.Cells[0].N, cell.N)
			}
			cells = append(cells, d)
			switch {
			case cell.Worse:
				classes = append(classes, "worse")
				status = "fail"
			case cell.Better:
				classes = append(classes, "better")
			default:
				classes = append(classes, "")
			}
		}
		t.add(status, cells...)
		t.CellClass = append(t.CellClass, classes)
	}
	return t
}

// WriteText writes the comparison as a terminal table.
func (c *Comparison) WriteText(w io.Writer) error { return WriteTableText(w, c.Table()) }

// WriteMarkdown writes the comparison as a Markdown table.
func (c *Comparison) WriteMarkdown(w io.Writer) error { return WriteTableMarkdown(w, c.Table()) }

// Plot draws the comparison as grouped horizontal bars: for each benchmark and metric, one bar
// per group after the baseline showing its median's change from the baseline's median, in
// percent. Significant changes are drawn solid and starred, others pale and marked "~".
func (c *Comparison) Plot() (Plot, error) {
	const name, title = "compare", "Change against the baseline"
	type bar struct {
		group int // 1… (the baseline is 0)
		pct   float64
		sig   bool
	}
	type rowBars struct {
		label string
		bars  []bar
	}
	benches := map[string]bool{}
	for _, row := range c.Rows {
		benches[row.Benchmark] = true
	}
	var rows []rowBars
	for _, row := range c.Rows {
		if row.Cells[0].N == 0 || row.Cells[0].Median == 0 {
			continue
		}
		label := row.Metric
		if len(benches) > 1 {
			label = shortBench(row.Benchmark) + " " + row.Metric
		}
		rb := rowBars{label: label}
		for gi, cell := range row.Cells[1:] {
			if cell.DeltaPct != nil {
				rb.bars = append(rb.bars, bar{gi + 1, *cell.DeltaPct, cell.Significant})
			}
		}
		if len(rb.bars) > 0 {
			rows = append(rows, rb)
		}
	}
	if len(rows) == 0 {
		return skipped(name, title, "no metric is present in the baseline and another group"), nil
	}
	heading := "Median change against " + c.Groups[0].Name
	if len(benches) == 1 {
		heading += " · " + shortBench(c.Rows[0].Benchmark)
	}
	p := newPlot(heading)
	p.X.Label.Text = "change of the median (%); for *_s and *_bytes metrics right is worse"
	var names []string
	lo, hi := 0.0, 0.0
	for i := len(rows) - 1; i >= 0; i-- {
		names = append(names, rows[i].label)
		for _, b := range rows[i].bars {
			lo, hi = math.Min(lo, b.pct), math.Max(hi, b.pct)
		}
	}
	p.NominalY(names...)
	p.Y.Tick.Label.Font.Size = vg.Points(8.5)
	var items []legendItem
	for gi, g := range c.Groups[1:] {
		items = append(items, legendItem{g.Name, groupColor(gi + 1), false})
	}
	items = append(items, legendItem{"* significant at α=" + strconvFloat(c.Alpha) + ", pale: ~ not significant", color.Gray{Y: 0xc0}, false})
	p.Add(hLegend{items: items})
	others := len(c.Groups) - 1
	p.Add(plotFunc(func(cv draw.Canvas, pl *plot.Plot) {
		trX, trY := pl.Transforms(&cv)
		sty := pl.X.Tick.Label
		sty.Font.Size = vg.Points(8)
		sty.YAlign = text.YCenter
		cv.StrokeLine2(draw.LineStyle{Color: color.Gray{Y: 0x30}, Width: px(1.2)}, trX(0), cv.Min.Y, trX(0), cv.Max.Y)
		slot := (trY(1) - trY(0)) * 0.76 / vg.Length(others)
		for ri, rb := range rows {
			yc := trY(float64(len(rows) - 1 - ri))
			for _, b := range rb.bars {
				y0 := yc + slot*vg.Length(others)/2 - slot*vg.Length(b.group)
				x0, x1 := trX(0), trX(b.pct)
				col := color.Color(groupColor(b.group))
				label := fmt.Sprintf("%+.1f%%", b.pct)
				if b.sig {
					label += " *"
				} else {
					c := groupColor(b.group)
					col = color.NRGBA{c.R, c.G, c.B, 0x55}
					label += " ~"
				}
				cv.FillPolygon(col, []vg.Point{{X: x0, Y: y0 + 1}, {X: x1, Y: y0 + 1}, {X: x1, Y: y0 + slot - 1}, {X: x0, Y: y0 + slot - 1}})
				if b.pct >= 0 {
					sty.XAlign = text.XLeft
					cv.FillText(sty, vg.Point{X: x1 + px(4), Y: y0 + slot/2}, label)
				} else {
					sty.XAlign = text.XRight
					cv.FillText(sty, vg.Point{X: x1 - px(4), Y: y0 + slot/2}, label)
				}
			}
		}
	}))
	span := math.Max(hi-lo, 10)
	p.X.Min, p.X.Max = lo-span*0.18, hi+span*0.18
	p.Y.Min, p.Y.Max = -0.6, float64(len(rows))-0.4
	h := 100 + float64(len(rows))*math.Max(22, float64(others)*14)
	png, w, ht, err := encodeTiles([][]*plot.Plot{{p}}, PlotWidth, h)
	if err != nil {
		return Plot{Name: name}, err
	}
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: ht,
		Caption: "Each group's median against the baseline's, in percent; a star marks a significant difference (Mann-Whitney U), pale bars are within the noise."}, nil
}

// groupColor gives compared groups colours that do not read as good or bad (no red or green).
func groupColor(i int) color.RGBA {
	cs := []color.RGBA{colGrey, colBlue, colOrange, colTeal, colPurple, colBrown, colPink, colYellow}
	return cs[i%len(cs)]
}

// plotFunc adapts a function to plot.Plotter.
type plotFunc func(c draw.Canvas, p *plot.Plot)

func (f plotFunc) Plot(c draw.Canvas, p *plot.Plot) { f(c, p) }

func shortBench(b string) string { return strings.TrimPrefix(b, "Benchmark") }

func strconvFloat(f float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.3f", f), "0"), ".")
}

// sortRuns orders runs by start time, then directory.
func sortRuns(runs []Run) {
	slices.SortStableFunc(runs, func(a, b Run) int {
		return cmp.Or(a.Record.Start.Compare(b.Record.Start), strings.Compare(a.Dir, b.Dir))
	})
}
