package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

func vnetbench(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// writeGroup writes n OSPF runs under dir with the given metric scaling.
func writeGroup(t *testing.T, dir string, n int, seed0 uint64, scale map[string]float64) {
	t.Helper()
	if _, err := reporttest.WriteGroup(dir, n, func(s uint64) *lab.Record {
		return reporttest.OSPF(reporttest.Options{Seed: seed0 + s, Scale: scale, Repeat: int(s)})
	}); err != nil {
		t.Fatal(err)
	}
}

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	runA, runB := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := reporttest.Write(runA, reporttest.OSPF(reporttest.Options{Seed: 1})); err != nil {
		t.Fatal(err)
	}
	if err := reporttest.Write(runB, reporttest.Chain(reporttest.Options{Seed: 1})); err != nil {
		t.Fatal(err)
	}

	code, out, errs := vnetbench(t, "report", runA)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range []string{report.HTMLFile, report.MarkdownFile, report.SummaryFile, report.BenchFile, "traffic.png"} {
		p := filepath.Join(runA, f)
		if !strings.Contains(out, p+"\n") {
			t.Errorf("did not print %s", p)
		}
		if _, err := os.Stat(p); err != nil {
			t.Error(err)
		}
	}

	// Several runs into one -o: one subdirectory each; --tables prints the terminal summary.
	o := filepath.Join(dir, "out")
	code, out, errs = vnetbench(t, "report", "-o", o, "--format", "html,md", "-t", runA, runB)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, p := range []string{filepath.Join(o, "a", report.HTMLFile), filepath.Join(o, "b", report.MarkdownFile)} {
		if _, err := os.Stat(p); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(o, "a", "traffic.png")); err == nil {
		t.Error("wrote PNGs though --format html,md")
	}
	if !strings.Contains(out, "PASS  ospf-16 on linux-netns") || !strings.Contains(out, "CHECKS") {
		t.Errorf("--tables printed no summary:\n%s", out)
	}

	// A directory of runs reports each.
	if code, _, errs = vnetbench(t, "report", "--format", "json", dir); code != 0 {
		t.Errorf("directory of runs: exit %d: %s", code, errs)
	}
}

func TestReportCommandErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	if err := reporttest.Write(good, reporttest.Chain(reporttest.Options{Seed: 1})); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "old")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, "run.json"), []byte(`{"schema": 0}`), 0o644); err != nil {
		t.Fatal(err)
	}
	trunc := filepath.Join(dir, "trunc")
	if err := os.MkdirAll(trunc, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(trunc, "run.json"), []byte(`{"schema": 1, "id": "x", "sce`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"no args", []string{"report"}, 2, []string{"at least one run directory"}},
		{"bad format", []string{"report", "--format", "pdf", good}, 2, []string{`unknown report format "pdf"`}},
		{"bad flag", []string{"report", "--colour", good}, 2, []string{"unknown flag: --colour"}},
		{"missing", []string{"report", filepath.Join(dir, "nope")}, 1, []string{"nope"}},
		{"old schema", []string{"report", old}, 1, []string{filepath.Join(old, "run.json"), "schema 0 is not supported"}},
		{"truncated", []string{"report", trunc}, 1, []string{filepath.Join(trunc, "run.json"), "truncated"}},
		{"one bad of two", []string{"report", "--format", "md", old, good}, 1, []string{"schema 0"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := vnetbench(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q lacks %q", errs, w)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(good, report.MarkdownFile)); err != nil {
		t.Error("a bad run stopped the good one from being reported")
	}
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"report", "compare", "trend"} {
		code, out, _ := vnetbench(t, cmd, "--help")
		if code != 0 || !strings.Contains(out, "Usage: vnetbench "+cmd) || !strings.Contains(out, "Examples:") || !strings.Contains(out, "Flags:") {
			t.Errorf("%s --help: exit %d\n%s", cmd, code, out)
		}
	}
	_, out, _ := vnetbench(t, "help")
	for _, cmd := range []string{"report", "compare", "trend"} {
		if !strings.Contains(out, "  "+cmd+" ") {
			t.Errorf("help lacks %s:\n%s", cmd, out)
		}
	}
}

func TestCompareCommand(t *testing.T) {
	dir := t.TempDir()
	base, slow, same := filepath.Join(dir, "base"), filepath.Join(dir, "slow"), filepath.Join(dir, "same")
	writeGroup(t, base, 5, 0, nil)
	writeGroup(t, slow, 5, 100, map[string]float64{lab.MetricConvergeSec: 1.3})
	writeGroup(t, same, 5, 200, nil)

	code, out, errs := vnetbench(t, "compare", base, slow)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "converge_s") || !strings.Contains(out, "+30.") || !strings.Contains(out, "base (n=5)") {
		t.Errorf("table:\n%s", out)
	}

	code, _, errs = vnetbench(t, "compare", "--fail-on-regression", "10", base, slow)
	if code != 3 || !strings.Contains(errs, "regression:") || !strings.Contains(errs, "converge_s") {
		t.Errorf("regression beyond 10%%: exit %d, stderr %q", code, errs)
	}
	if code, _, errs = vnetbench(t, "compare", "--fail-on-regression", "50", base, slow); code != 0 {
		t.Errorf("regression below 50%%: exit %d, stderr %q", code, errs)
	}
	if code, _, errs = vnetbench(t, "compare", "--fail-on-regression", "5", slow, base); code != 0 {
		t.Errorf("an improvement failed the check: exit %d, stderr %q", code, errs)
	}
	if code, _, errs = vnetbench(t, "compare", "--fail-on-regression", "5", base, same); code != 0 {
		t.Errorf("repeats of the same thing: exit %d, stderr %q", code, errs)
	}

	// Single runs cannot be significant: say so, never fail.
	code, out, errs = vnetbench(t, "compare", "--fail-on-regression", "10", filepath.Join(base, "run-1"), filepath.Join(slow, "run-1"))
	if code != 0 || !strings.Contains(out, "~ (need ≥ 4 runs)") || !strings.Contains(errs, "too few runs") {
		t.Errorf("single runs: exit %d\n%s\n%s", code, out, errs)
	}

	png := filepath.Join(dir, "cmp.png")
	code, out, errs = vnetbench(t, "compare", "--json", "--png", png, "--names", "before,after", base, slow)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var got struct {
		Groups []struct {
			Name string `json:"name"`
			Runs int    `json:"runs"`
		} `json:"groups"`
		Rows []struct {
			Metric string `json:"metric"`
			Cells  []struct {
				Worse    bool     `json:"worse"`
				DeltaPct *float64 `json:"delta_pct"`
			} `json:"cells"`
		} `json:"rows"`
		Regressions []json.RawMessage `json:"regressions"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out)
	}
	if len(got.Groups) != 2 || got.Groups[1].Name != "after" || got.Groups[0].Runs != 5 {
		t.Errorf("groups %+v", got.Groups)
	}
	worse := 0
	for _, r := range got.Rows {
		if r.Cells[1].Worse {
			worse++
		}
	}
	if worse != 2 { // converge_s and phase.converge_s
		t.Errorf("%d rows worse, want 2", worse)
	}
	if fi, err := os.Stat(png); err != nil || fi.Size() < 1000 {
		t.Errorf("--png: %v", err)
	}

	code, out, _ = vnetbench(t, "compare", "--format", "md", base, slow)
	if code != 0 || !strings.Contains(out, "| converge_s") {
		t.Errorf("--format md: exit %d\n%s", code, out)
	}

	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"compare", base}, 2, "at least one more"},
		{[]string{"compare", "--format", "xml", base, slow}, 2, "unknown --format"},
		{[]string{"compare", "--names", "x", base, slow}, 2, "--names has 1 names for 2 groups"},
		{[]string{"compare", "--fail-on-regression", "lots", base, slow}, 2, "invalid argument"},
		{[]string{"compare", base, filepath.Join(dir, "missing")}, 1, "missing"},
		{[]string{"compare", "--alpha", "2", base, slow}, 2, "significance level"},
	} {
		code, _, errs := vnetbench(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}

func TestTrendCommand(t *testing.T) {
	results := t.TempDir()
	for day := range 6 {
		scale := map[string]float64{}
		if day == 5 {
			scale[lab.MetricConvergeSec] = 1.5
		}
		night := filepath.Join(results, fmt.Sprintf("night-%d", day))
		if err := reporttest.Write(filepath.Join(night, "ospf"), reporttest.OSPF(reporttest.Options{Seed: uint64(day), Day: day, Scale: scale, Nodes: 8, Seconds: 100})); err != nil {
			t.Fatal(err)
		}
	}
	site := filepath.Join(t.TempDir(), "site")
	code, out, errs := vnetbench(t, "trend", results, "-o", site)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, filepath.Join(site, report.TrendFile)) || !strings.Contains(out, "regression: BenchmarkOSPF8") {
		t.Errorf("stdout:\n%s", out)
	}

	code, out, errs = vnetbench(t, "trend", "--json", results)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var got struct {
		Files  []string `json:"files"`
		Runs   int      `json:"runs"`
		Latest []struct {
			Metric string `json:"metric"`
		} `json:"latest_regressions"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Runs != 6 || len(got.Latest) != 1 || got.Latest[0].Metric != "converge_s" {
		t.Errorf("--json: %v %+v", err, got)
	}
	if _, err := os.Stat(filepath.Join(results, report.TrendFile)); err != nil {
		t.Errorf("default output directory: %v", err)
	}

	// An unreadable record: the page is still written from the others, and the exit says so.
	bad := filepath.Join(results, "night-9", "crashed")
	if err := os.MkdirAll(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "run.json"), []byte(`{"schema": 1, "id": "x"`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = vnetbench(t, "trend", results, "-o", site)
	if code != 1 || !strings.Contains(errs, filepath.Join(bad, "run.json")) || !strings.Contains(errs, "continuing with the 6 readable runs") {
		t.Errorf("broken record: exit %d, stderr %q", code, errs)
	}
	if code, _, errs = vnetbench(t, "trend", t.TempDir()); code != 1 || !strings.Contains(errs, "no run records") {
		t.Errorf("empty results: exit %d, stderr %q", code, errs)
	}
	if code, _, _ = vnetbench(t, "trend"); code != 2 {
		t.Errorf("no argument: exit %d", code)
	}
}

func TestReportOutDirs(t *testing.T) {
	got := reportOutDirs([]string{"r/a/x", "r/b/x", "r/c/y"}, "out")
	want := []string{"out/x", "out/x-2", "out/y"}
	for i := range want {
		if got[i] != filepath.FromSlash(want[i]) {
			t.Errorf("reportOutDirs = %v, want %v", got, want)
			break
		}
	}
	if got := reportOutDirs([]string{"r/a"}, ""); got[0] != "r/a" {
		t.Errorf("default: %v", got)
	}
}
