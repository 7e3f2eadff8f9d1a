package report

import (
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/perf/benchfmt"

	"github.com/vnetbench/vnetbench/lab"
)

// PhaseMetricPrefix names the per-phase durations that Values adds to a record's metrics.
const PhaseMetricPrefix = "phase."

// Values returns the numbers runs are compared by: the record's headline metrics plus the
// seconds of every phase as "phase.<name>_s".
func Values(r *lab.Record) map[string]float64 {
	v := make(map[string]float64, len(r.Metrics)+len(r.Phases))
	maps.Copy(v, r.Metrics)
	for _, p := range r.Phases {
		v[PhaseMetricPrefix+p.Name+"_s"] += phaseSeconds(p)
	}
	return v
}

// valueNames orders metric names: headline metrics as in the metrics table, then phases in
// the record's order.
func valueNames(r *lab.Record, v map[string]float64) []string {
	names := metricNames(r.Metrics)
	for _, p := range r.Phases {
		if n := PhaseMetricPrefix + p.Name + "_s"; !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(v)) {
		if !slices.Contains(names, k) {
			names = append(names, k)
		}
	}
	return names
}

// BenchName is the Go benchmark name of a run: "Benchmark" + the scenario in CamelCase, then one
// "/key=value" per parameter, sorted: ospf-480 with timers=fast is "BenchmarkOSPF480/timers=fast".
// The scenario's dashes are dropped because a trailing "-N" means GOMAXPROCS to benchstat.
func BenchName(scenario string, params map[string]string) string {
	var b strings.Builder
	b.WriteString("Benchmark")
	for _, part := range strings.FieldsFunc(scenario, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if up, ok := acronyms[strings.ToLower(part)]; ok {
			b.WriteString(up)
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	for _, k := range slices.Sorted(maps.Keys(params)) {
		fmt.Fprintf(&b, "/%s=%s", benchToken(k), benchToken(params[k]))
	}
	name := b.String()
	if m := trailingProcs.FindStringIndex(name); m != nil {
		name = name[:m[0]] + "_" + name[m[0]+1:]
	}
	return name
}

var acronyms = map[string]string{"ospf": "OSPF", "bgp": "BGP", "vnet": "VNET", "vlan": "VLAN", "vf": "VF", "vi": "VI", "ipv4": "IPv4", "ipv6": "IPv6", "rip": "RIP"}

var trailingProcs = regexp.MustCompile(`-[0-9]+$`)

// benchToken keeps a name part free of the characters the format gives a meaning to.
func benchToken(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '/' || r == '=' {
			return '_'
		}
		return r
	}, s)
}

// BenchUnit turns a metric name into a benchmark unit that benchstat scales well:
// converge_s → converge-sec, daemon_rss_bytes_per_node → daemon-rss-B/node,
// harness_cpu_pct → harness-cpu-%, phase.build_s → phase-build-sec.
func BenchUnit(metric string) string {
	u := strings.ReplaceAll(metric, ".", "_")
	per := ""
	if i := strings.Index(u, "_per_"); i >= 0 {
		per = "/" + u[i+len("_per_"):]
		u = u[:i]
	}
	switch {
	case strings.HasSuffix(u, "_s"):
		u = strings.TrimSuffix(u, "_s") + "_sec"
	case strings.HasSuffix(u, "_bytes"):
		u = strings.TrimSuffix(u, "_bytes") + "_B"
	case strings.HasSuffix(u, "_pct"):
		u = strings.TrimSuffix(u, "_pct") + "_%"
	}
	return strings.ReplaceAll(u, "_", "-") + per
}

// WriteBenchfmt writes r's metrics and phase durations as one result in the Go benchmark
// format (golang.org/x/perf/benchfmt), after file configuration lines describing the machine
// and scenario, so `benchstat old.txt new.txt` compares two nightly runs. Values that vary
// from run to run (run ID, start time, commit) stay out of the configuration: benchstat would
// otherwise split every run into its own table.
func WriteBenchfmt(w io.Writer, r *lab.Record) error {
	// The format's Name excludes the "Benchmark" prefix; the writer adds it back.
	res := &benchfmt.Result{Name: benchfmt.Name(strings.TrimPrefix(BenchName(r.Scenario, r.Params), "Benchmark")), Iters: 1}
	conf := func(k, v string) {
		v = strings.Join(strings.Fields(v), " ")
		if v != "" {
			res.Config = append(res.Config, benchfmt.Config{Key: k, Value: []byte(v), File: true})
		}
	}
	conf("goos", strings.ToLower(r.Env.OS))
	conf("cpu", r.Env.CPU)
	conf("platform", r.Platform)
	conf("kernel", r.Env.Kernel)
	conf("host", r.Env.Hostname)
	conf("scenario", r.Scenario)
	v := Values(r)
	for _, name := range valueNames(r, v) {
		res.Values = append(res.Values, benchfmt.Value{Value: v[name], Unit: BenchUnit(name)})
	}
	if len(res.Values) == 0 {
		return fmt.Errorf("benchfmt: run %s has no metrics or phases to write", r.ID)
	}
	if err := benchfmt.NewWriter(w).Write(res); err != nil {
		return fmt.Errorf("benchfmt: %w", err)
	}
	return nil
}
