package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/vnetbench/vnetbench/lab"
)

// Summary writes the run's tables for a terminal: a verdict line, checks, phases, metrics,
// then outliers, host tuning and problems when there are any, and the run and environment
// last, as reference. The run command prints it at the end of every run.
func Summary(w io.Writer, r *lab.Record) error {
	ew := &errWriter{w: w}
	fmt.Fprintln(ew, headline(r))
	tables := Tables(r)
	for _, t := range append(tables[1:], tables[0]) {
		if len(t.Rows) == 0 && t.ID != "checks" {
			continue // the terminal view stays short: say nothing about what did not happen
		}
		fmt.Fprintln(ew)
		if err := WriteTableText(ew, t); err != nil {
			return err
		}
	}
	return ew.err
}

// headline is the one-line verdict of a run.
func headline(r *lab.Record) string {
	verdict := "PASS"
	if !r.OK {
		verdict = "FAIL"
	}
	passed, total := checksPassed(r)
	s := fmt.Sprintf("%s  %s on %s, run %s: %d/%d checks passed", verdict, r.Scenario, r.Platform, r.ID, passed, total)
	if v, ok := r.Metrics[lab.MetricConvergeSec]; ok {
		s += ", converged in " + fmtSeconds(v)
	}
	return s
}

// WriteTableText renders t for a terminal with box-drawing borders.
func WriteTableText(w io.Writer, t Table) error {
	title := strings.ToUpper(t.Title)
	if t.Note != "" {
		title += " — " + t.Note
	}
	if _, err := fmt.Fprintln(w, title); err != nil {
		return err
	}
	if len(t.Rows) == 0 {
		_, err := fmt.Fprintln(w, "  "+t.Empty)
		return err
	}
	tb := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off), // keep names as written: converge_s, not CONVERGE S
		tablewriter.WithHeaderAlignmentConfig(tw.CellAlignment{PerColumn: aligns(t)}),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns(t)}),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	tb.Header(anySlice(t.Header)...)
	for _, row := range t.Rows {
		if err := tb.Append(anySlice(row)...); err != nil {
			return fmt.Errorf("table %s: %w", t.ID, err)
		}
	}
	if err := tb.Render(); err != nil {
		return fmt.Errorf("table %s: %w", t.ID, err)
	}
	return nil
}

// WriteTableMarkdown renders t as a GitHub-flavoured Markdown table under a level-3 heading.
func WriteTableMarkdown(w io.Writer, t Table) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "### %s\n\n", mdEscape(t.Title))
	if t.Note != "" {
		fmt.Fprintf(ew, "%s\n\n", mdEscape(t.Note))
	}
	if len(t.Rows) == 0 {
		fmt.Fprintf(ew, "_%s_\n", mdEscape(t.Empty))
		return ew.err
	}
	tb := tablewriter.NewTable(ew,
		tablewriter.WithRenderer(renderer.NewMarkdown()),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignmentConfig(tw.CellAlignment{PerColumn: aligns(t)}),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns(t)}),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	h := make([]any, len(t.Header))
	for i, c := range t.Header {
		h[i] = mdCell(c)
	}
	tb.Header(h...)
	for _, row := range t.Rows {
		cells := make([]any, len(row))
		for i, c := range row {
			cells[i] = mdCell(c)
		}
		if err := tb.Append(cells...); err != nil {
			return fmt.Errorf("table %s: %w", t.ID, err)
		}
	}
	if err := tb.Render(); err != nil {
		return fmt.Errorf("table %s: %w", t.ID, err)
	}
	return ew.err
}

func aligns(t Table) []tw.Align {
	a := make([]tw.Align, len(t.Header))
	for i := range a {
		a[i] = tw.AlignLeft
		if i < len(t.Right) && t.Right[i] {
			a[i] = tw.AlignRight
		}
	}
	return a
}

func anySlice(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// mdCell makes a cell safe inside a Markdown table: pipes escaped, never empty.
func mdCell(s string) string {
	s = mdEscape(s)
	if s == "" {
		return " "
	}
	return s
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "`", "\\`", "<", "&lt;", ">", "&gt;")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

// errWriter remembers the first write error so that a sequence of Fprintf calls can be checked once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}
