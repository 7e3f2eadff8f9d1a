package report

import (
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// pageCSS is shared by the run, trend and comparison pages: inline, so a page opens from
// file:// or an e-mail attachment with nothing beside it.
const pageCSS = `
:root { --fg:#1d2329; --muted:#5b6670; --line:#d9dee3; --zebra:#f6f8fa; --pass:#1a7f37; --fail:#cf222e; --warn:#9a6700; --accent:#4e79a7; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; color:var(--fg); background:#fff; }
.wrap { max-width:1080px; margin:0 auto; padding:0 20px 40px; }
header.top { border-bottom:4px solid var(--accent); padding:18px 0 12px; margin-bottom:8px; }
header.top.pass { border-color:var(--pass); } header.top.fail { border-color:var(--fail); }
h1 { font-size:24px; margin:0 0 4px; } h2 { font-size:19px; margin:30px 0 8px; padding-bottom:4px; border-bottom:1px solid var(--line); }
h3 { font-size:15px; margin:20px 0 6px; }
.sub { color:var(--muted); margin:0; }
.badge { display:inline-block; font-size:14px; font-weight:700; color:#fff; padding:2px 10px; border-radius:4px; vertical-align:middle; margin-left:8px; background:var(--accent); }
.badge.pass { background:var(--pass); } .badge.fail { background:var(--fail); }
.facts { display:flex; flex-wrap:wrap; gap:10px; margin:14px 0 4px; padding:0; list-style:none; }
.facts li { border:1px solid var(--line); border-radius:6px; padding:6px 12px; min-width:130px; }
.facts b { display:block; font-size:18px; } .facts span { color:var(--muted); font-size:12px; }
nav { font-size:13px; margin:8px 0 0; } nav a { margin-right:12px; color:var(--accent); text-decoration:none; }
table { border-collapse:collapse; margin:6px 0 4px; font-size:13px; }
th, td { border:1px solid var(--line); padding:4px 9px; text-align:left; vertical-align:top; }
th { background:#eef1f4; font-weight:600; } tr:nth-child(even) td { background:var(--zebra); }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
tr.fail td { color:var(--fail); } td.pass { color:var(--pass); font-weight:700; } td.fail { color:var(--fail); font-weight:700; }
tr.warn td { color:var(--warn); }
td.better { color:var(--pass); font-weight:600; } td.worse { color:var(--fail); font-weight:600; } td.regression { background:#ffebe9 !important; }
.note { color:var(--muted); margin:2px 0 6px; font-size:13px; }
.empty { color:var(--muted); font-style:italic; }
figure { margin:14px 0 26px; } figure img { display:block; max-width:100%; height:auto; border:1px solid var(--line); }
figcaption { color:var(--muted); font-size:13px; margin-top:4px; }
.why { border:1px solid var(--fail); border-left-width:6px; border-radius:6px; padding:8px 14px; margin:16px 0 0; background:#fff8f7; }
.why h2 { border:0; margin:0 0 4px; font-size:16px; color:var(--fail); } .why ul { margin:0; padding-left:20px; }
.skipped { border:1px dashed var(--line); border-radius:6px; padding:8px 12px; color:var(--muted); margin:10px 0; }
.skipped b { color:var(--fg); }
details summary { cursor:pointer; color:var(--accent); }
footer { color:var(--muted); font-size:12px; border-top:1px solid var(--line); margin-top:36px; padding-top:8px; }
code { font-family: "Liberation Mono", Menlo, Consolas, monospace; font-size:12.5px; }
@media print { nav, #selfcheck { display:none; } figure { break-inside:avoid; } }
`

// selfCheckJS reports on the page itself whether every image decoded and no script error
// occurred: a test (or a person) reads the verdict from #selfcheck.
const selfCheckJS = `
(function () {
  var errors = [];
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t.tagName === 'IMG') { errors.push('image failed to load: ' + (t.getAttribute('alt') || t.src.slice(0, 40))); return; }
    errors.push(String(e.message || e));
  }, true);
  var origError = console.error;
  console.error = function () { errors.push(Array.prototype.join.call(arguments, ' ')); origError.apply(console, arguments); };
  window.addEventListener('load', function () {
    var imgs = document.images, ok = 0;
    for (var i = 0; i < imgs.length; i++) { if (imgs[i].complete && imgs[i].naturalWidth > 0) { ok++; } }
    var el = document.getElementById('selfcheck');
    if (!el) { return; }
    el.setAttribute('data-images', String(imgs.length));
    el.setAttribute('data-loaded', String(ok));
    el.setAttribute('data-errors', String(errors.length));
    el.setAttribute('data-status', ok === imgs.length && errors.length === 0 ? 'ok' : 'fail');
    el.textContent = 'Page check: ' + ok + ' of ' + imgs.length + ' images loaded, ' +
      (errors.length ? errors.length + ' script errors: ' + errors.join('; ') : 'no script errors') + '.';
  });
})();
`

var funcs = template.FuncMap{
	"pngURI": func(b []byte) template.URL {
		return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(b))
	},
	"trim":  strings.TrimSpace,
	"right": func(t Table, i int) bool { return i < len(t.Right) && t.Right[i] },
	"status": func(t Table, i int) string {
		if i < len(t.Status) {
			return t.Status[i]
		}
		return ""
	},
	"cellClass": func(t Table, row, col int) string {
		if row < len(t.CellClass) && col < len(t.CellClass[row]) {
			return t.CellClass[row][col]
		}
		return ""
	},
}

// tableTmpl renders a Table (without its title when Title is empty).
const tableTmpl = `{{define "table"}}
{{- if .Title}}<h3 id="{{.ID}}">{{.Title}}</h3>{{end}}
{{- if .Note}}
<p class="note">{{.Note}}</p>{{end}}
{{- if .Rows}}
<table id="t-{{.ID}}">
<thead><tr>{{range $i, $h := .Header}}<th{{if right $ $i}} class="num"{{end}}>{{$h}}</th>{{end}}</tr></thead>
<tbody>
{{- range $r, $row := .Rows}}
<tr{{with status $ $r}} class="{{.}}"{{end}}>{{range $i, $c := $row}}<td{{with printf "%s %s" (or (and (right $ $i) "num") "") (cellClass $ $r $i) | trim}} class="{{.}}"{{end}}>{{$c}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p class="empty">{{.Empty}}</p>
{{- end}}
{{end}}
{{define "figure"}}
{{- if .Skipped}}
<div class="skipped" id="plot-{{.Name}}"><b>{{.Title}}</b>: not drawn, {{.Skipped}}.</div>
{{- else}}
<figure id="plot-{{.Name}}">
<h3>{{.Title}}</h3>
<img src="{{pngURI .PNG}}" width="{{.Width}}" height="{{.Height}}" alt="{{.Title}}">
<figcaption>{{.Caption}}</figcaption>
</figure>
{{- end}}
{{end}}`

var runPage = template.Must(template.New("run").Funcs(funcs).Parse(tableTmpl + `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Verdict}} {{.R.Scenario}}: vnetbench run {{.R.ID}}</title>
<style>{{.CSS}}</style>
<script>{{.JS}}</script>
</head>
<body>
<div class="wrap">
<header class="top {{.Class}}">
<h1>{{.R.Scenario}} <span class="badge {{.Class}}">{{.Verdict}}</span></h1>
<p class="sub">Run <code>{{.R.ID}}</code> · {{.Params}} · {{.R.Platform}} on {{.R.Env.Hostname}} ({{.R.Env.OS}} {{.R.Env.Kernel}}) · started {{.Started}} · {{.Duration}}</p>
<ul class="facts">
{{- range .Facts}}
<li><b>{{.Value}}</b><span>{{.Label}}</span></li>
{{- end}}
</ul>
<nav>{{range .Nav}}<a href="#{{.ID}}">{{.Title}}</a>{{end}}</nav>
{{- if .Why}}
<div class="why" id="why"><h2>Why this run failed</h2><ul>
{{- range .Why}}
<li>{{.}}</li>
{{- end}}
</ul></div>
{{- end}}
</header>
<main>
<h2 id="s-checks">Checks</h2>
{{template "table" .Checks}}
<h2 id="s-plots">Plots</h2>
{{- range .Plots}}{{template "figure" .}}{{end}}
<h2 id="s-timing">Timing and metrics</h2>
{{template "table" .Phases}}
{{template "table" .Metrics}}
<h2 id="s-outliers">Outliers</h2>
{{template "table" .Slowest}}
{{template "table" .Lacking}}
{{template "table" .Exits}}
{{- range .ExitLogs}}
<details><summary>Last log lines of {{.Node}} ({{.Status}})</summary><pre><code>{{.Log}}</code></pre></details>
{{- end}}
<h2 id="s-problems">Errors, warnings and events</h2>
{{template "table" .Problems}}
<details><summary>{{len .R.Events}} events</summary>
{{template "table" .Events}}
</details>
<h2 id="s-run">Run and environment</h2>
{{template "table" .Run}}
{{template "table" .Tuning}}
</main>
<footer>Made by <code>vnetbench report</code> from the run record <code>run.json</code> (schema {{.R.Schema}}); reports read records only, nothing was re-run.
<div id="selfcheck" data-status="pending">Page check did not run (scripts disabled?).</div></footer>
</div>
</body>
</html>
`))

type fact struct{ Label, Value string }

type navItem struct{ ID, Title string }

type exitLog struct{ Node, Status, Log string }

// WriteHTML writes the self-contained HTML page of a run: inline CSS, plots as data: URIs, so
// it opens from file:// with nothing beside it.
func WriteHTML(w io.Writer, r *lab.Record, plots []Plot) error {
	verdict, class := "PASS", "pass"
	if !r.OK {
		verdict, class = "FAIL", "fail"
	}
	passed, total := checksPassed(r)
	facts := []fact{{"checks passed", fmt.Sprintf("%d / %d", passed, total)}}
	for _, m := range []struct{ name, label string }{
		{lab.MetricConvergeSec, "to converge"}, {lab.MetricBuildSec, "to build"},
		{lab.MetricDaemonRSSNode, "daemon RSS per node"}, {lab.MetricKernelMemNode, "kernel memory per node"},
	} {
		if v, ok := r.Metrics[m.name]; ok {
			facts = append(facts, fact{m.label, FormatMetric(m.name, v)})
		}
	}
	if len(r.Nodes) > 0 {
		facts = append(facts, fact{"nodes", fmt.Sprint(len(r.Nodes))})
	}
	if n := len(r.Errors); n > 0 {
		facts = append(facts, fact{"errors", fmt.Sprint(n)})
	}
	var logs []exitLog
	for _, n := range r.Nodes {
		if n.Exit != nil && len(n.Exit.LogTail) > 0 {
			logs = append(logs, exitLog{n.Name, n.Exit.Status, strings.Join(n.Exit.LogTail, "\n")})
		}
	}
	checks := ChecksTable(r)
	checks.Title = "" // the section heading says it
	data := map[string]any{
		"Why": whyFailed(r),
		"R":   r, "CSS": template.CSS(pageCSS), "JS": template.JS(selfCheckJS),
		"Verdict": verdict, "Class": class, "Params": paramsString(r.Params),
		"Started":  r.Start.UTC().Format("2006-01-02 15:04 MST"),
		"Duration": fmtDuration(runSeconds(r)),
		"Facts":    facts,
		"Nav": []navItem{{"s-checks", "Checks"}, {"s-plots", "Plots"}, {"s-timing", "Timing and metrics"},
			{"s-outliers", "Outliers"}, {"s-problems", "Errors and events"}, {"s-run", "Environment"}},
		"Checks": checks, "Plots": plots, "Phases": PhasesTable(r), "Metrics": MetricsTable(r),
		"Slowest": SlowestTable(r), "Lacking": LackingTable(r), "Exits": ExitsTable(r), "ExitLogs": logs,
		"Problems": ProblemsTable(r), "Events": EventsTable(r), "Run": RunTable(r), "Tuning": TuningTable(r),
	}
	if err := runPage.Execute(w, data); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	return nil
}

// whyFailed lists, for a failed run, what went wrong: errors, failed checks, daemon exits and
// nodes that did not converge. It is empty for a run that passed without errors.
func whyFailed(r *lab.Record) []string {
	if r.OK && len(r.Errors) == 0 {
		return nil
	}
	out := slices.Clone(r.Errors)
	for _, c := range r.Checks {
		if !c.Pass {
			out = append(out, fmt.Sprintf("check %q failed: expected %s, got %s", c.Name, c.Expected, c.Actual))
		}
	}
	var exits, lacking []string
	for _, n := range r.Nodes {
		if n.Exit != nil {
			exits = append(exits, n.Name+" ("+n.Exit.Status+")")
		}
		if len(n.Lacking) > 0 {
			lacking = append(lacking, n.Name)
		}
	}
	if len(exits) > 0 {
		out = append(out, fmt.Sprintf("%s: %s", plural(len(exits), "daemon exit"), strings.Join(exits, ", ")))
	}
	if len(lacking) > 0 {
		out = append(out, fmt.Sprintf("%s did not converge: %s", plural(len(lacking), "node"), strings.Join(lacking, ", ")))
	}
	if len(out) == 0 {
		out = append(out, "the run is marked failed but recorded no error, failed check or daemon exit")
	}
	return out
}
