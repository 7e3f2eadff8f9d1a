package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// Formats are the outputs Render knows, in the order it writes them.
var Formats = []string{"png", "html", "md", "json", "bench"}

// DefaultFormats is what Render writes when given no formats.
var DefaultFormats = []string{"html", "png", "md", "json", "bench"}

// File names Render writes in its output directory (PNGs are named after their plot).
const (
	HTMLFile     = "report.html"
	MarkdownFile = "report.md"
	SummaryFile  = "summary.json"
	BenchFile    = "bench.txt"
)

// ParseFormats splits a comma-separated list of formats and checks each one.
func ParseFormats(list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if f == "markdown" {
			f = "md"
		}
		if !slices.Contains(Formats, f) {
			return nil, fmt.Errorf("unknown report format %q (known: %s)", f, strings.Join(Formats, ", "))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// Render writes the report of r into outDir in each of formats (html, png, md, json, bench;
// none means DefaultFormats) and returns the paths it wrote. The HTML page is self-contained;
// the PNGs are also written beside it when "png" is asked for, and report.md links them.
// Files are replaced atomically, so a reader never sees half a report.
func Render(r *lab.Record, outDir string, formats []string) ([]string, error) {
	if r == nil {
		return nil, fmt.Errorf("render: no record")
	}
	if len(formats) == 0 {
		formats = DefaultFormats
	}
	formats, err := ParseFormats(strings.Join(formats, ","))
	if err != nil {
		return nil, err
	}
	want := func(f string) bool { return slices.Contains(formats, f) }
	var plots []Plot
	if want("html") || want("png") || want("md") || want("json") {
		if plots, err = Plots(r); err != nil {
			return nil, fmt.Errorf("report %s: %w", r.ID, err)
		}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("report %s: %w", r.ID, err)
	}
	var written []string
	write := func(name string, fill func(w io.Writer) error) error {
		var buf bytes.Buffer
		if err := fill(&buf); err != nil {
			return fmt.Errorf("report %s: %s: %w", r.ID, name, err)
		}
		path := filepath.Join(outDir, name)
		if err := writeFileAtomic(path, buf.Bytes()); err != nil {
			return fmt.Errorf("report %s: %w", r.ID, err)
		}
		written = append(written, path)
		return nil
	}
	for _, f := range Formats { // a fixed order, whatever order formats came in
		if !want(f) {
			continue
		}
		switch f {
		case "png":
			for _, p := range plots {
				if p.Skipped != "" {
					continue
				}
				if err := write(p.File(), func(w io.Writer) error { _, err := w.Write(p.PNG); return err }); err != nil {
					return written, err
				}
			}
		case "html":
			err = write(HTMLFile, func(w io.Writer) error { return WriteHTML(w, r, plots) })
		case "md":
			err = write(MarkdownFile, func(w io.Writer) error { return WriteMarkdown(w, r, plots, want("png")) })
		case "json":
			err = write(SummaryFile, func(w io.Writer) error {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(Summarize(r, plots))
			})
		case "bench":
			if len(Values(r)) == 0 {
				continue // nothing to compare: no file rather than an empty one
			}
			err = write(BenchFile, func(w io.Writer) error { return WriteBenchfmt(w, r) })
		}
		if err != nil {
			return written, err
		}
	}
	return written, nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteMarkdown writes the report of r as Markdown for pasting into a ticket: a verdict
// heading, every table, and the plots as image links when images is true (the PNGs sit
// beside report.md), otherwise a line per plot saying where to find it.
func WriteMarkdown(w io.Writer, r *lab.Record, plots []Plot, images bool) error {
	ew := &errWriter{w: w}
	verdict := "PASS"
	if !r.OK {
		verdict = "FAIL"
	}
	fmt.Fprintf(ew, "## vnetbench %s: %s\n\n", mdEscape(r.Scenario), verdict)
	fmt.Fprintf(ew, "Run `%s` · %s · %s on %s · started %s · %s\n\n", r.ID, mdEscape(paramsString(r.Params)),
		mdEscape(r.Platform), mdEscape(r.Env.Hostname), r.Start.UTC().Format("2006-01-02 15:04 MST"), fmtDuration(runSeconds(r)))
	tables := Tables(r)
	for _, t := range tables[1:] { // the run table goes last: it is reference, not news
		if err := WriteTableMarkdown(ew, t); err != nil {
			return err
		}
		fmt.Fprintln(ew)
	}
	if len(plots) > 0 {
		fmt.Fprintf(ew, "### Plots\n\n")
		for _, p := range plots {
			switch {
			case p.Skipped != "":
				fmt.Fprintf(ew, "- %s: not drawn, %s.\n", mdEscape(p.Title), mdEscape(p.Skipped))
			case images:
				fmt.Fprintf(ew, "- %s\n\n  ![%s](%s)\n\n", mdEscape(p.Title), mdEscape(p.Title), p.File())
			default:
				fmt.Fprintf(ew, "- %s: see %s\n", mdEscape(p.Title), HTMLFile)
			}
		}
		fmt.Fprintln(ew)
	}
	if err := WriteTableMarkdown(ew, tables[0]); err != nil {
		return err
	}
	return ew.err
}

// RunSummary is the machine-readable digest of a run report (summary.json).
type RunSummary struct {
	ID       string             `json:"id"`
	Scenario string             `json:"scenario"`
	Params   map[string]string  `json:"params,omitempty"`
	Platform string             `json:"platform"`
	Host     string             `json:"host,omitempty"`
	Start    time.Time          `json:"start"`
	Seconds  float64            `json:"seconds"`
	OK       bool               `json:"ok"`
	Checks   CheckCounts        `json:"checks"`
	Phases   []PhaseSeconds     `json:"phases"`
	Metrics  map[string]float64 `json:"metrics,omitempty"`
	// Slowest lists the slowest nodes to converge, slowest first.
	Slowest     []NodeTime `json:"slowest,omitempty"`
	Lacking     []string   `json:"lacking,omitempty"`
	DaemonExits []string   `json:"daemon_exits,omitempty"`
	Errors      []string   `json:"errors,omitempty"`
	Warnings    []string   `json:"warnings,omitempty"`
	Plots       []Plot     `json:"plots,omitempty"`
}

// CheckCounts counts checks, and names the failed ones.
type CheckCounts struct {
	Total  int      `json:"total"`
	Passed int      `json:"passed"`
	Failed []string `json:"failed,omitempty"`
}

// PhaseSeconds is a phase and how long it took.
type PhaseSeconds struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"`
}

// NodeTime is when a node converged, in seconds since the run started.
type NodeTime struct {
	Node    string  `json:"node"`
	Seconds float64 `json:"seconds"`
}

// Summarize digests a record (and the plots made of it) for summary.json.
func Summarize(r *lab.Record, plots []Plot) RunSummary {
	s := RunSummary{ID: r.ID, Scenario: r.Scenario, Params: r.Params, Platform: r.Platform, Host: r.Env.Hostname,
		Start: r.Start, Seconds: runSeconds(r), OK: r.OK, Metrics: r.Metrics, Errors: r.Errors, Warnings: r.Warnings,
		Plots: plots, Phases: []PhaseSeconds{}}
	for _, c := range r.Checks {
		s.Checks.Total++
		if c.Pass {
			s.Checks.Passed++
		} else {
			s.Checks.Failed = append(s.Checks.Failed, c.Name)
		}
	}
	for _, p := range r.Phases {
		s.Phases = append(s.Phases, PhaseSeconds{p.Name, phaseSeconds(p)})
	}
	order := ConvergenceOrder(r)
	for _, n := range order[:min(SlowestShown, len(order))] {
		t, _ := nodeTime(n)
		s.Slowest = append(s.Slowest, NodeTime{n.Name, t})
	}
	for _, n := range r.Nodes {
		if len(n.Lacking) > 0 {
			s.Lacking = append(s.Lacking, n.Name)
		}
		if n.Exit != nil {
			s.DaemonExits = append(s.DaemonExits, n.Name)
		}
	}
	return s
}
