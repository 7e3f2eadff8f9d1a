package report

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// Table is one report table. The same value is rendered for the terminal, as Markdown and as
// HTML, so the three never disagree.
type Table struct {
	// ID is a short stable identifier (an HTML anchor, a JSON key).
	ID    string
	Title string
	// Note is a sentence shown under the title (units, what is counted).
	Note   string
	Header []string
	Rows   [][]string
	// Right marks the columns to align right (numbers).
	Right []bool
	// Status classifies each row ("pass", "fail", "warn" or ""); HTML colours rows by it.
	Status []string
	// CellClass optionally classifies single cells ("pass", "fail", "better", "worse",
	// "regression") for HTML.
	CellClass [][]string
	// Empty is what to say instead of a table without rows.
	Empty string
}

func (t *Table) add(status string, cells ...string) {
	for i, c := range cells {
		cells[i] = oneLine(c)
	}
	t.Rows = append(t.Rows, cells)
	t.Status = append(t.Status, status)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Criteria are the per-node convergence criteria, in the order a node reaches them.
var Criteria = []string{"neighbors", "two-way", "lsas", "bird-routes", "fib-routes", "all"}

// SlowestShown is how many of the slowest nodes the outlier table lists.
const SlowestShown = 10

// Tables returns every table of a run report, in reading order: run, checks, phases, metrics,
// slowest nodes, nodes lacking something, daemon exits, host tuning, errors and warnings.
func Tables(r *lab.Record) []Table {
	return []Table{
		RunTable(r), ChecksTable(r), PhasesTable(r), MetricsTable(r),
		SlowestTable(r), LackingTable(r), ExitsTable(r), TuningTable(r), ProblemsTable(r),
	}
}

// RunTable describes the run: scenario, parameters, platform, verdict and environment.
func RunTable(r *lab.Record) Table {
	t := Table{ID: "run", Title: "Run", Header: []string{"Field", "Value"}}
	passed, total := checksPassed(r)
	verdict := "PASS"
	status := "pass"
	if !r.OK {
		verdict, status = "FAIL", "fail"
	}
	t.add("", "Run", r.ID)
	t.add("", "Scenario", r.Scenario)
	t.add("", "Parameters", paramsString(r.Params))
	t.add("", "Platform", r.Platform)
	t.add(status, "Result", fmt.Sprintf("%s (%d of %d checks passed, %s)", verdict, passed, total, plural(len(r.Errors), "error")))
	t.add("", "Started", r.Start.UTC().Format("2006-01-02 15:04:05 MST"))
	t.add("", "Duration", fmtDuration(runSeconds(r)))
	t.add("", "Nodes", fmt.Sprint(len(r.Nodes)))
	e := r.Env
	t.add("", "Host", e.Hostname)
	t.add("", "OS / kernel", strings.TrimSpace(e.OS+" "+e.Kernel))
	cpu := e.CPU
	if e.Cores > 0 {
		cpu = fmt.Sprintf("%s (%d cores)", cpu, e.Cores)
	}
	t.add("", "CPU", cpu)
	if e.MemBytes > 0 {
		t.add("", "Memory", fmtBytes(float64(e.MemBytes)))
	} else {
		t.add("", "Memory", "")
	}
	var tools []string
	for _, k := range slices.Sorted(maps.Keys(e.Tools)) {
		tools = append(tools, k+" "+e.Tools[k])
	}
	t.add("", "Tools", strings.Join(tools, ", "))
	v := e.Version
	if e.Commit != "" {
		v += " (" + e.Commit + ")"
	}
	if e.GoVersion != "" {
		v += ", " + e.GoVersion
	}
	t.add("", "vnetbench", strings.TrimSpace(v))
	return t
}

// ChecksTable lists every check with what was promised, what was measured and the verdict.
func ChecksTable(r *lab.Record) Table {
	passed, total := checksPassed(r)
	t := Table{ID: "checks", Title: "Checks", Header: []string{"Check", "Kind", "Expected", "Actual", "Result"},
		Note: fmt.Sprintf("%d of %d passed.", passed, total), Empty: "The run recorded no checks."}
	for _, c := range r.Checks {
		if c.Pass {
			t.add("", c.Name, c.Kind, c.Expected, c.Actual, "PASS")
			t.CellClass = append(t.CellClass, []string{4: "pass"})
		} else {
			t.add("fail", c.Name, c.Kind, c.Expected, c.Actual, "FAIL")
			t.CellClass = append(t.CellClass, []string{4: "fail"})
		}
	}
	return t
}

// PhasesTable lists the phases with their start offset, duration and share of the run.
func PhasesTable(r *lab.Record) Table {
	t := Table{ID: "phases", Title: "Phases", Header: []string{"Phase", "Starts at", "Duration", "Share"},
		Right: []bool{false, true, true, true}, Note: "Start offsets are seconds since the run started.",
		Empty: "The run recorded no phases."}
	total := runSeconds(r)
	for _, p := range r.Phases {
		share := ""
		if total > 0 {
			share = fmt.Sprintf("%.1f %%", 100*phaseSeconds(p)/total)
		}
		t.add("", p.Name, "+"+fmtSeconds(p.Start.Sub(r.Start).Seconds()), fmtSeconds(phaseSeconds(p)), share)
	}
	return t
}

// MetricsTable lists the headline numbers in a stable order: known metrics first.
func MetricsTable(r *lab.Record) Table {
	t := Table{ID: "metrics", Title: "Metrics", Header: []string{"Metric", "Value", "Meaning"},
		Right: []bool{false, true, false}, Empty: "The run recorded no headline metrics."}
	for _, name := range metricNames(r.Metrics) {
		t.add("", name, FormatMetric(name, r.Metrics[name]), metricMeaning[name])
	}
	return t
}

// SlowestTable lists the nodes that took longest to converge, with the time of each criterion.
func SlowestTable(r *lab.Record) Table {
	crit := presentCriteria(r)
	t := Table{ID: "slowest", Title: "Slowest nodes to converge",
		Header: append([]string{"Node"}, crit...),
		Empty:  "No per-node convergence was recorded (the scenario runs no routing daemon)."}
	t.Right = make([]bool, len(t.Header))
	for i := 1; i < len(t.Right); i++ {
		t.Right[i] = true
	}
	nodes := ConvergenceOrder(r)
	if len(nodes) == 0 {
		return t
	}
	shown := min(SlowestShown, len(nodes))
	t.Note = fmt.Sprintf("The %d slowest of %d nodes that converged, slowest first; seconds since the run started.", shown, len(nodes))
	for _, n := range nodes[:shown] {
		row := []string{n.Name}
		for _, c := range crit {
			if v, ok := n.Converged[c]; ok {
				row = append(row, fmt.Sprintf("%.1f", v))
			} else {
				row = append(row, "—")
			}
		}
		t.add("", row...)
	}
	return t
}

// LackingTable lists the nodes that still lacked something when the run stopped waiting.
func LackingTable(r *lab.Record) Table {
	t := Table{ID: "lacking", Title: "Nodes that did not converge", Header: []string{"Node", "Lacking", "Reached"},
		Empty: "No node reported anything missing."}
	for _, n := range r.Nodes {
		if len(n.Lacking) == 0 {
			continue
		}
		var reached []string
		for _, c := range Criteria {
			if v, ok := n.Converged[c]; ok {
				reached = append(reached, fmt.Sprintf("%s at %.1f s", c, v))
			}
		}
		t.add("fail", n.Name, strings.Join(n.Lacking, ", "), strings.Join(reached, ", "))
	}
	if len(t.Rows) > 0 {
		t.Note = fmt.Sprintf("%d of %d nodes.", len(t.Rows), len(r.Nodes))
	}
	return t
}

// ExitsTable lists the daemons that exited during the run, with their last log line.
func ExitsTable(r *lab.Record) Table {
	t := Table{ID: "exits", Title: "Daemon exits", Header: []string{"Node", "At", "Status", "Last log line"},
		Right: []bool{false, true, false, false}, Empty: "No daemon exited during the run."}
	for _, n := range r.Nodes {
		if n.Exit == nil {
			continue
		}
		last := ""
		if len(n.Exit.LogTail) > 0 {
			last = n.Exit.LogTail[len(n.Exit.LogTail)-1]
		}
		t.add("fail", n.Name, "+"+fmtSeconds(n.Exit.Time.Sub(r.Start).Seconds()), n.Exit.Status, last)
	}
	return t
}

// TuningTable lists the kernel-global tunables the run changed (DESIGN.md rule 1).
func TuningTable(r *lab.Record) Table {
	t := Table{ID: "tuning", Title: "Host tuning", Header: []string{"Tunable", "Before", "During run", "Restored"},
		Empty: "The run changed no kernel-global tunable."}
	for _, c := range r.Tuning {
		if c.Restored {
			t.add("", c.Name, c.Old, c.New, "yes")
		} else {
			t.add("fail", c.Name, c.Old, c.New, "NO")
		}
	}
	return t
}

// ProblemsTable lists the run's errors and warnings.
func ProblemsTable(r *lab.Record) Table {
	t := Table{ID: "problems", Title: "Errors and warnings", Header: []string{"Level", "Message"},
		Empty: "No errors or warnings."}
	for _, e := range r.Errors {
		t.add("fail", "error", e)
	}
	for _, w := range r.Warnings {
		t.add("warn", "warning", w)
	}
	return t
}

// EventsTable lists the run's events (daemon exits, late samples, retries) in time order.
func EventsTable(r *lab.Record) Table {
	t := Table{ID: "events", Title: "Events", Header: []string{"At", "Kind", "Node", "Message"},
		Right: []bool{true, false, false, false}, Empty: "No events."}
	ev := slices.Clone(r.Events)
	slices.SortStableFunc(ev, func(a, b lab.Event) int { return a.Time.Compare(b.Time) })
	for _, e := range ev {
		t.add("", "+"+fmtSeconds(e.Time.Sub(r.Start).Seconds()), e.Kind, e.Node, e.Msg)
	}
	return t
}

// ConvergenceOrder returns the nodes that converged, slowest first. A node's time is its "all"
// criterion, or the latest criterion it reached when the record has no "all".
func ConvergenceOrder(r *lab.Record) []lab.NodeResult {
	var nodes []lab.NodeResult
	for _, n := range r.Nodes {
		if _, ok := nodeTime(n); ok && len(n.Lacking) == 0 {
			nodes = append(nodes, n)
		}
	}
	slices.SortStableFunc(nodes, func(a, b lab.NodeResult) int {
		ta, _ := nodeTime(a)
		tb, _ := nodeTime(b)
		return cmp.Or(cmp.Compare(tb, ta), strings.Compare(a.Name, b.Name))
	})
	return nodes
}

func nodeTime(n lab.NodeResult) (float64, bool) {
	if v, ok := n.Converged["all"]; ok {
		return v, true
	}
	best, ok := 0.0, false
	for _, v := range n.Converged {
		if !ok || v > best {
			best, ok = v, true
		}
	}
	return best, ok
}

// presentCriteria returns the criteria some node reached, in canonical order, then any others.
func presentCriteria(r *lab.Record) []string {
	seen := map[string]bool{}
	for _, n := range r.Nodes {
		for c := range n.Converged {
			seen[c] = true
		}
	}
	var out []string
	for _, c := range Criteria {
		if seen[c] {
			out = append(out, c)
			delete(seen, c)
		}
	}
	return append(out, slices.Sorted(maps.Keys(seen))...)
}

func checksPassed(r *lab.Record) (passed, total int) {
	for _, c := range r.Checks {
		if c.Pass {
			passed++
		}
	}
	return passed, len(r.Checks)
}

func phaseSeconds(p lab.PhaseTiming) float64 {
	if p.Seconds > 0 {
		return p.Seconds
	}
	return p.Duration.Seconds()
}

// runSeconds is the span from Start to the end of the last phase (or the last sample).
func runSeconds(r *lab.Record) float64 {
	end := 0.0
	for _, p := range r.Phases {
		end = math.Max(end, p.Start.Sub(r.Start).Seconds()+phaseSeconds(p))
	}
	if end == 0 {
		for _, s := range r.Series {
			if len(s.Points) > 0 {
				end = math.Max(end, s.Points[len(s.Points)-1].T)
			}
		}
	}
	return end
}

func paramsString(p map[string]string) string {
	if len(p) == 0 {
		return "(defaults)"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(p)) {
		parts = append(parts, k+"="+p[k])
	}
	return strings.Join(parts, " ")
}

// metricOrder is the order headline metrics are listed in; others follow alphabetically.
var metricOrder = []string{
	lab.MetricBuildSec, lab.MetricDaemonStartSec, lab.MetricConvergeSec, lab.MetricVerifySec,
	lab.MetricTeardownSec, lab.MetricDaemonRSSNode, lab.MetricDaemonPSSNode, lab.MetricKernelMemNode,
	lab.MetricHarnessCPU, lab.MetricHarnessRSS,
}

var metricMeaning = map[string]string{
	lab.MetricBuildSec:       "build the topology (nodes, links, addresses, routes)",
	lab.MetricDaemonStartSec: "start every routing daemon",
	lab.MetricConvergeSec:    "from daemons started to every node converged",
	lab.MetricVerifySec:      "run the checks",
	lab.MetricTeardownSec:    "destroy the lab",
	lab.MetricDaemonRSSNode:  "daemon resident memory per node",
	lab.MetricDaemonPSSNode:  "daemon proportional memory per node (shared pages split)",
	lab.MetricKernelMemNode:  "kernel memory per node (slab growth / node count)",
	lab.MetricHarnessCPU:     "CPU used by vnetbench itself",
	lab.MetricHarnessRSS:     "memory used by vnetbench itself",
}

func metricNames(m map[string]float64) []string {
	var out []string
	for _, k := range metricOrder {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(metricOrder, k) {
			out = append(out, k)
		}
	}
	return out
}

// FormatMetric formats a metric value with the unit its name implies: *_s seconds, *bytes*
// IEC bytes, *_pct percent.
func FormatMetric(name string, v float64) string {
	switch {
	case strings.HasSuffix(name, "_s"):
		return fmtSeconds(v)
	case strings.Contains(name, "bytes"):
		return fmtBytes(v)
	case strings.HasSuffix(name, "_pct"):
		return fmt.Sprintf("%.1f %%", v)
	}
	return fmtNumber(v)
}

func fmtSeconds(v float64) string {
	a := math.Abs(v)
	switch {
	case v == 0:
		return "0 s"
	case a < 1:
		return fmt.Sprintf("%.3f s", v)
	case a < 10:
		return fmt.Sprintf("%.2f s", v)
	case a < 1000:
		return fmt.Sprintf("%.1f s", v)
	}
	return fmt.Sprintf("%.0f s", v)
}

func fmtDuration(sec float64) string {
	d := time.Duration(sec * float64(time.Second)).Round(time.Second)
	if d < time.Minute {
		return fmtSeconds(sec)
	}
	return fmt.Sprintf("%s (%s)", d, fmtSeconds(sec))
}

func fmtBytes(v float64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	i := 0
	for math.Abs(v) >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f B", v)
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

func fmtNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.4g", v)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
