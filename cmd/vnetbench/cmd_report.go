package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/vnetbench/vnetbench/report"
)

// Exit statuses of report, compare and trend.
const (
	reportExitOK         = 0
	reportExitError      = 1
	reportExitUsage      = 2
	reportExitRegression = 3 // compare --fail-on-regression found a significant regression
)

func init() {
	register("report", "draw tables, plots and a self-contained HTML page from run records", cmdReport)
	register("compare", "compare runs or groups of repeated runs with a significance test", cmdCompare)
	register("trend", "history page of a results directory (nightly runs), regressions marked", cmdTrend)
}

// newReportFlags makes a command's flag set; --help prints usage and flags to stdout.
func newReportFlags(name, usage string, stdout io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(io.Discard) // parse errors are printed once, by parseReportFlags, to stderr
	fs.Usage = func() {
		fmt.Fprintln(stdout, strings.TrimSpace(usage))
		fmt.Fprintln(stdout, "\nFlags:")
		fmt.Fprint(stdout, fs.FlagUsages())
	}
	return fs
}

// parseReportFlags parses args; done reports that the command should return code at once (help was
// asked for, or the flags were wrong).
func parseReportFlags(fs *pflag.FlagSet, args []string, stderr io.Writer) (code int, done bool) {
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) { // pflag has printed the usage
		return reportExitOK, true
	}
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench %s: %v (see 'vnetbench %s --help')\n", fs.Name(), err, fs.Name())
		return reportExitUsage, true
	}
	return reportExitOK, false
}

const reportUsage = `
Usage: vnetbench report RUN_DIR... [-o DIR] [--format html,png,md,json,bench]

Reads run records (RUN_DIR/run.json) and writes their reports: report.html (one self-contained
page: tables, plots embedded, opens from file://), the plots as PNG files beside it, report.md
(tables and plot links for pasting into a ticket), summary.json and bench.txt (the Go benchmark
format, for benchstat). Nothing is re-run. A directory holding several run directories reports
each of them. The written paths are printed, one per line.

Examples:
  vnetbench report results/20250314T020000Z-ospf-480
  vnetbench report results/*/ --format html
  vnetbench report results/run-1 -o /tmp/ticket-1234 --format md,png -t`

func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newReportFlags("report", reportUsage, stdout)
	out := fs.StringP("out", "o", "", "write reports here instead of into each run directory (one subdirectory per run when there are several)")
	formats := fs.String("format", strings.Join(report.DefaultFormats, ","), "comma-separated outputs: "+strings.Join(report.Formats, ", "))
	tables := fs.BoolP("tables", "t", false, "also print each run's tables to the terminal")
	if code, done := parseReportFlags(fs, args, stderr); done {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vnetbench report: give at least one run directory (see 'vnetbench report --help')")
		return reportExitUsage
	}
	fl, err := report.ParseFormats(*formats)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench report: %v\n", err)
		return reportExitUsage
	}
	var dirs []string
	code := reportExitOK
	for _, a := range fs.Args() {
		found, err := report.FindRuns(a)
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench report: %v\n", err)
			code = reportExitError
			continue
		}
		if len(found) == 0 {
			fmt.Fprintf(stderr, "vnetbench report: %s: no run record (run.json) here or below\n", a)
			code = reportExitError
		}
		dirs = append(dirs, found...)
	}
	outDirs := reportOutDirs(dirs, *out)
	for i, d := range dirs {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "vnetbench report: %v\n", err)
			return reportExitError
		}
		r, err := report.LoadRun(d)
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench report: %v\n", err)
			code = reportExitError
			continue
		}
		if *tables {
			if err := report.Summary(stdout, r); err != nil {
				fmt.Fprintf(stderr, "vnetbench report: %v\n", err)
				code = reportExitError
			}
			fmt.Fprintln(stdout)
		}
		written, err := report.Render(r, outDirs[i], fl)
		for _, p := range written {
			fmt.Fprintln(stdout, p)
		}
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench report: %v\n", err)
			code = reportExitError
		}
	}
	return code
}

// reportOutDirs picks each run's output directory: the run directory itself, or out, or
// out/<run dir name> when several runs share out (made unique if two runs share a name).
func reportOutDirs(dirs []string, out string) []string {
	res := make([]string, len(dirs))
	used := map[string]int{}
	for i, d := range dirs {
		switch {
		case out == "":
			res[i] = d
		case len(dirs) == 1:
			res[i] = out
		default:
			base := filepath.Base(filepath.Clean(d))
			used[base]++
			if used[base] > 1 {
				base = fmt.Sprintf("%s-%d", base, used[base])
			}
			res[i] = filepath.Join(out, base)
		}
	}
	return res
}

const compareUsage = `
Usage: vnetbench compare [flags] BASELINE OTHER [OTHER...]

Compares runs metric by metric (the record's headline metrics and the seconds of each phase).
Each argument is a run directory or a directory of repeated runs (a group); the first is the
baseline. For each benchmark (scenario and parameters) and metric it prints every group's
median ± 95% confidence interval and, for the other groups, the delta against the baseline
tested with a Mann-Whitney U test as benchstat does: "~" means no significant difference,
"~ (need ≥ 4 runs)" means the groups are too small for any difference to be significant.

Exit status: 0, or 1 on an error, 2 on a usage error, 3 when --fail-on-regression found a
duration (*_s) or memory (*_bytes) metric significantly worse than the baseline by more than
PCT percent.

Examples:
  vnetbench compare results/nightly/2025-03-13 results/nightly/2025-03-14
  vnetbench compare --fail-on-regression 10 old-kernel/ new-kernel/
  vnetbench compare --format md --png cmp.png results/a results/b results/c
  vnetbench compare --json results/a results/b | jq '.rows[] | select(.cells[1].worse)'`

func cmdCompare(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newReportFlags("compare", compareUsage, stdout)
	alpha := fs.Float64("alpha", report.DefaultAlpha, "significance level of the test")
	failPct := fs.Float64("fail-on-regression", 0, "exit 3 when a *_s or *_bytes metric is significantly worse by more than `PCT` percent")
	asJSON := fs.Bool("json", false, "print the comparison as JSON instead of a table")
	format := fs.String("format", "text", "table format: text (terminal) or md (Markdown)")
	pngPath := fs.String("png", "", "also draw the comparison as a grouped bar chart into this PNG `FILE`")
	names := fs.String("names", "", "comma-separated group names (default: the directory names)")
	if code, done := parseReportFlags(fs, args, stderr); done {
		return code
	}
	if fs.NArg() < 2 {
		fmt.Fprintln(stderr, "vnetbench compare: give a baseline and at least one more run or group (see 'vnetbench compare --help')")
		return reportExitUsage
	}
	if *format != "text" && *format != "md" && *format != "markdown" {
		fmt.Fprintf(stderr, "vnetbench compare: unknown --format %q (text or md)\n", *format)
		return reportExitUsage
	}
	failOn := fs.Changed("fail-on-regression")
	if failOn && *failPct < 0 {
		fmt.Fprintln(stderr, "vnetbench compare: --fail-on-regression must be a percentage ≥ 0")
		return reportExitUsage
	}
	var labels []string
	if *names != "" {
		labels = strings.Split(*names, ",")
		if len(labels) != fs.NArg() {
			fmt.Fprintf(stderr, "vnetbench compare: --names has %d names for %d groups\n", len(labels), fs.NArg())
			return reportExitUsage
		}
	}
	var groups []report.Group
	for _, a := range fs.Args() {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "vnetbench compare: %v\n", err)
			return reportExitError
		}
		g, err := report.LoadGroup(a)
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench compare: %v\n", err)
			return reportExitError
		}
		groups = append(groups, g)
	}
	uniqueGroupNames(groups, labels)
	c, err := report.Compare(groups, *alpha)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench compare: %v\n", err)
		return reportExitUsage
	}
	switch {
	case *asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(struct {
			*report.Comparison
			Regressions []report.Regression `json:"regressions"`
		}{c, nonNilSlice(c.Regressions(*failPct))})
	case *format == "text":
		err = c.WriteText(stdout)
	default:
		err = c.WriteMarkdown(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench compare: %v\n", err)
		return reportExitError
	}
	if *pngPath != "" {
		p, err := c.Plot()
		if err == nil && p.Skipped != "" {
			err = fmt.Errorf("no chart: %s", p.Skipped)
		}
		if err == nil {
			err = os.WriteFile(*pngPath, p.PNG, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench compare: %v\n", err)
			return reportExitError
		}
	}
	if !failOn {
		return reportExitOK
	}
	if n := c.Untestable(); n > 0 {
		fmt.Fprintf(stderr, "vnetbench compare: note: %d comparisons have too few runs to be significant, so they cannot fail the check (repeat each scenario more often)\n", n)
	}
	regs := c.Regressions(*failPct)
	for _, g := range regs {
		fmt.Fprintf(stderr, "vnetbench compare: regression: %s\n", g)
	}
	if len(regs) > 0 {
		return reportExitRegression
	}
	return reportExitOK
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// uniqueGroupNames applies the user's names, or makes the directory names unique by falling
// back to the path as given.
func uniqueGroupNames(groups []report.Group, labels []string) {
	count := map[string]int{}
	for _, g := range groups {
		count[g.Name]++
	}
	for i := range groups {
		switch {
		case labels != nil:
			groups[i].Name = strings.TrimSpace(labels[i])
		case count[groups[i].Name] > 1:
			groups[i].Name = filepath.Clean(groups[i].Dir)
		}
	}
}

const trendUsage = `
Usage: vnetbench trend RESULTS_DIR [-o DIR] [--threshold PCT]

Writes DIR/trend.html (default DIR is RESULTS_DIR): the history of every run record below
RESULTS_DIR, one section per benchmark (scenario and parameters) with each headline metric
plotted over time, runs worse than the median of the previous passing runs by more than the
threshold marked, and a table linking to each run's report.html (relative links: keep the
page beside the results). Unreadable records are skipped with a warning and exit status 1.

Examples:
  vnetbench trend /var/db/vnetbench/nightly
  vnetbench trend results -o /srv/www/vnetbench --threshold 5`

func cmdTrend(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newReportFlags("trend", trendUsage, stdout)
	out := fs.StringP("out", "o", "", "write trend.html and its PNGs here (default: RESULTS_DIR)")
	threshold := fs.Float64("threshold", report.DefaultTrendOptions.Threshold, "mark a run worse than the median of the previous runs by more than `PCT` percent")
	window := fs.Int("window", report.DefaultTrendOptions.Window, "how many previous passing runs form the median")
	minHistory := fs.Int("min-history", report.DefaultTrendOptions.MinHistory, "how many previous runs are needed before a run is judged")
	asJSON := fs.Bool("json", false, "print the files written and the latest regressions as JSON")
	if code, done := parseReportFlags(fs, args, stderr); done {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "vnetbench trend: give exactly one results directory (see 'vnetbench trend --help')")
		return reportExitUsage
	}
	if *threshold < 0 || *window < 1 || *minHistory < 1 {
		fmt.Fprintln(stderr, "vnetbench trend: --threshold must be ≥ 0, --window and --min-history ≥ 1")
		return reportExitUsage
	}
	root := fs.Arg(0)
	dir := *out
	if dir == "" {
		dir = root
	}
	code := reportExitOK
	runs, err := report.LoadRuns(root)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench trend: %v\n", err)
		code = reportExitError
		if len(runs) == 0 {
			return code
		}
		fmt.Fprintf(stderr, "vnetbench trend: continuing with the %d readable runs\n", len(runs))
	}
	if err := ctx.Err(); err != nil {
		fmt.Fprintf(stderr, "vnetbench trend: %v\n", err)
		return reportExitError
	}
	written, t, err := report.WriteTrend(runs, dir, report.TrendOptions{Threshold: *threshold, Window: *window, MinHistory: *minHistory})
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench trend: %v\n", err)
		return reportExitError
	}
	latest := t.LatestRegressions()
	if *asJSON {
		type reg struct {
			Benchmark string  `json:"benchmark"`
			Metric    string  `json:"metric"`
			Run       string  `json:"run"`
			Dir       string  `json:"dir"`
			Value     float64 `json:"value"`
			Baseline  float64 `json:"baseline"`
			DeltaPct  float64 `json:"delta_pct"`
		}
		regs := []reg{}
		for _, g := range latest {
			regs = append(regs, reg{g.Benchmark, g.Metric, g.RunID, g.Dir, g.Value, g.Baseline, g.DeltaPct})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"files": nonNilSlice(written), "runs": len(runs), "latest_regressions": regs}); err != nil {
			fmt.Fprintf(stderr, "vnetbench trend: %v\n", err)
			return reportExitError
		}
		return code
	}
	for _, p := range written {
		fmt.Fprintln(stdout, p)
	}
	for _, g := range latest {
		fmt.Fprintf(stdout, "regression: %s\n", g)
	}
	return code
}
