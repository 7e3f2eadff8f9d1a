package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

// group builds n runs in memory, seeded from seed0.
func group(name string, n int, seed0 uint64, o reporttest.Options, build func(reporttest.Options) *lab.Record) Group {
	g := Group{Name: name, Dir: "/results/" + name}
	for i := range n {
		o.Seed = seed0 + uint64(i)
		o.Repeat = i
		g.Runs = append(g.Runs, Run{Dir: fmt.Sprintf("%s/run-%d", g.Dir, i+1), Record: build(o)})
	}
	return g
}

func row(t *testing.T, c *Comparison, bench, metric string) CompareRow {
	t.Helper()
	for _, r := range c.Rows {
		if strings.HasPrefix(r.Benchmark, bench) && r.Metric == metric {
			return r
		}
	}
	t.Fatalf("no row %s %s", bench, metric)
	return CompareRow{}
}

func TestCompareFindsKnownDifferences(t *testing.T) {
	base := group("before", 5, 1, reporttest.Options{}, reporttest.OSPF)
	slower := group("after", 5, 101, reporttest.Options{Scale: map[string]float64{
		lab.MetricConvergeSec: 1.3, lab.MetricDaemonRSSNode: 1.2,
	}}, reporttest.OSPF)
	c, err := Compare([]Group{base, slower}, DefaultAlpha)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{lab.MetricConvergeSec, "phase.converge_s", lab.MetricDaemonRSSNode} {
		cell := row(t, c, "BenchmarkOSPF16", m).Cells[1]
		if !cell.Significant || !cell.Worse || cell.DeltaPct == nil || *cell.DeltaPct < 15 {
			t.Errorf("%s: %+v, want a significant worsening", m, cell)
		}
		if !strings.HasPrefix(cell.Delta, "+") {
			t.Errorf("%s: delta %q", m, cell.Delta)
		}
	}
	for _, m := range []string{lab.MetricBuildSec, lab.MetricKernelMemNode, lab.MetricVerifySec} {
		if cell := row(t, c, "BenchmarkOSPF16", m).Cells[1]; cell.Significant || cell.Delta != "~" {
			t.Errorf("%s: %+v, want no significant difference", m, cell)
		}
	}
	regs := c.Regressions(10)
	var names []string
	for _, g := range regs {
		names = append(names, g.Metric)
	}
	if len(regs) != 3 {
		t.Errorf("regressions beyond 10%%: %v, want converge_s, phase.converge_s, daemon_rss_bytes_per_node", names)
	}
	if regs := c.Regressions(50); len(regs) != 0 {
		t.Errorf("regressions beyond 50%%: %v", regs)
	}

	// The same difference the other way round is an improvement, never a regression.
	c, err = Compare([]Group{slower, base}, DefaultAlpha)
	if err != nil {
		t.Fatal(err)
	}
	if cell := row(t, c, "BenchmarkOSPF16", lab.MetricConvergeSec).Cells[1]; !cell.Better || cell.Worse {
		t.Errorf("faster convergence: %+v", cell)
	}
	if regs := c.Regressions(0); len(regs) != 0 {
		t.Errorf("improvements reported as regressions: %v", regs)
	}
}

func TestCompareIdenticalRepeats(t *testing.T) {
	exact := reporttest.Options{Jitter: -1}
	for _, tc := range []struct {
		name string
		a, b Group
	}{
		{"same records", group("a", 5, 1, exact, reporttest.OSPF), group("b", 5, 1, exact, reporttest.OSPF)},
		{"same distribution", group("a", 6, 1, reporttest.Options{}, reporttest.OSPF), group("b", 6, 201, reporttest.Options{}, reporttest.OSPF)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Compare([]Group{tc.a, tc.b}, DefaultAlpha)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range c.Rows {
				if cell := r.Cells[1]; cell.Significant || cell.Worse || cell.Better {
					t.Errorf("%s: %+v, want no difference", r.Metric, cell)
				}
			}
			if regs := c.Regressions(0); len(regs) != 0 {
				t.Errorf("regressions: %v", regs)
			}
		})
	}
}

func TestCompareTooFewRuns(t *testing.T) {
	a := group("a", 3, 1, reporttest.Options{}, reporttest.OSPF)
	b := group("b", 3, 11, reporttest.Options{Scale: map[string]float64{lab.MetricConvergeSec: 1.5}}, reporttest.OSPF)
	c, err := Compare([]Group{a, b}, DefaultAlpha)
	if err != nil {
		t.Fatal(err)
	}
	cell := row(t, c, "BenchmarkOSPF16", lab.MetricConvergeSec).Cells[1]
	if cell.Significant || cell.NeedRuns != 4 || cell.Delta != "~ (need ≥ 4 runs)" {
		t.Errorf("3 runs against 3: %+v", cell)
	}
	if c.Untestable() != len(c.Rows) {
		t.Errorf("untestable %d of %d rows", c.Untestable(), len(c.Rows))
	}
	if regs := c.Regressions(0); len(regs) != 0 {
		t.Errorf("regressions without significance: %v", regs)
	}
}

func TestUTestMinP(t *testing.T) {
	for _, c := range []struct {
		n1, n2 int
		want   float64
	}{{1, 1, 1}, {3, 3, 0.1}, {4, 4, 2.0 / 70}, {5, 1, 2.0 / 6}, {5, 3, 2.0 / 56}} {
		if got := uTestMinP(c.n1, c.n2); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("uTestMinP(%d, %d) = %v, want %v", c.n1, c.n2, got, c.want)
		}
	}
}

func TestUTestNeed(t *testing.T) {
	for alpha, want := range map[float64]int{0.05: 4, 0.01: 5, 0.001: 7, 0.2: 3} {
		if got := uTestNeed(alpha); got != want {
			t.Errorf("uTestNeed(%v) = %d, want %d", alpha, got, want)
		}
	}
}

func TestCompareGroupsOfScenarios(t *testing.T) {
	// Nightly groups hold several scenarios; runs are matched by benchmark, and a scenario
	// missing from a group shows as such.
	a := group("mon", 4, 1, reporttest.Options{}, reporttest.OSPF)
	a.Runs = append(a.Runs, group("mon", 4, 1, reporttest.Options{}, reporttest.Chain).Runs...)
	b := group("tue", 4, 21, reporttest.Options{}, reporttest.OSPF)
	c3 := group("wed", 4, 41, reporttest.Options{Scale: map[string]float64{lab.MetricBuildSec: 2}}, reporttest.Chain)
	c, err := Compare([]Group{a, b, c3}, DefaultAlpha)
	if err != nil {
		t.Fatal(err)
	}
	chain := row(t, c, "BenchmarkChain5", lab.MetricBuildSec)
	if chain.Cells[0].N != 4 || chain.Cells[1].N != 0 || chain.Cells[1].Delta != "—" || !chain.Cells[2].Worse {
		t.Errorf("chain-5 build_s across groups: %+v", chain.Cells)
	}
	ospf := row(t, c, "BenchmarkOSPF16", lab.MetricConvergeSec)
	if ospf.Cells[2].N != 0 || ospf.Cells[1].N != 4 {
		t.Errorf("ospf-16 converge_s across groups: %+v", ospf.Cells)
	}
	if _, err := Compare([]Group{a}, DefaultAlpha); err == nil {
		t.Error("one group compared")
	}
	if _, err := Compare([]Group{a, b}, 1.5); err == nil {
		t.Error("alpha 1.5 accepted")
	}
	p, err := c.Plot()
	if err != nil || p.Skipped != "" {
		t.Fatalf("plot: %v %s", err, p.Skipped)
	}
	checkPNG(t, "compare.png", p.PNG, p.Width, p.Height)
	b2, err := json.Marshal(c)
	if err != nil {
		t.Fatalf("comparison does not encode as JSON: %v", err)
	}
	var back Comparison
	if err := json.Unmarshal(b2, &back); err != nil || len(back.Rows) != len(c.Rows) {
		t.Errorf("JSON round trip: %v", err)
	}
}

func TestGoldenCompare(t *testing.T) {
	base := group("before", 5, 1, reporttest.Options{}, reporttest.OSPF)
	slower := group("after", 5, 101, reporttest.Options{Scale: map[string]float64{lab.MetricConvergeSec: 1.3}}, reporttest.OSPF)
	few := group("one-run", 1, 301, reporttest.Options{}, reporttest.OSPF)
	c, err := Compare([]Group{base, slower, few}, DefaultAlpha)
	if err != nil {
		t.Fatal(err)
	}
	var text, md bytes.Buffer
	if err := c.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := c.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "compare.txt", text.Bytes())
	checkGolden(t, "compare.md", md.Bytes())
}
