package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/perf/benchfmt"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

func TestBenchName(t *testing.T) {
	for _, c := range []struct {
		scenario string
		params   map[string]string
		want     string
	}{
		{"ospf-480", nil, "BenchmarkOSPF480"},
		{"ospf-12", map[string]string{"timers": "fast", "mtu": "9000"}, "BenchmarkOSPF12/mtu=9000/timers=fast"},
		{"chain-5", map[string]string{}, "BenchmarkChain5"},
		{"bridge-vlan-10", map[string]string{"tag": "a b/c-2"}, "BenchmarkBridgeVLAN10/tag=a_b_c_2"},
	} {
		if got := BenchName(c.scenario, c.params); got != c.want {
			t.Errorf("BenchName(%q, %v) = %q, want %q", c.scenario, c.params, got, c.want)
		}
	}
}

func TestBenchUnit(t *testing.T) {
	for in, want := range map[string]string{
		"converge_s": "converge-sec", "daemon_rss_bytes_per_node": "daemon-rss-B/node", "kernel_bytes_per_node": "kernel-B/node",
		"harness_cpu_pct": "harness-cpu-%", "harness_rss_bytes": "harness-rss-B", "phase.build_s": "phase-build-sec", "routes": "routes",
	} {
		if got := BenchUnit(in); got != want {
			t.Errorf("BenchUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWriteBenchfmt reads the output back with the reader benchstat uses.
func TestWriteBenchfmt(t *testing.T) {
	r := reporttest.OSPF(reporttest.Options{Seed: 1})
	var buf bytes.Buffer
	for range 2 { // two runs in one file, as the nightly job concatenates them
		if err := WriteBenchfmt(&buf, r); err != nil {
			t.Fatal(err)
		}
	}
	rd := benchfmt.NewReader(&buf, "bench.txt")
	n := 0
	for rd.Scan() {
		res, ok := rd.Result().(*benchfmt.Result)
		if !ok {
			t.Fatalf("not a result: %v", rd.Result())
		}
		n++
		if string(res.Name) != "OSPF16/mtu=9000/timers=default" || res.Iters != 1 {
			t.Errorf("name %q iters %d", res.Name, res.Iters)
		}
		if got := res.GetConfig("scenario"); got != "ospf-16" {
			t.Errorf("scenario config %q", got)
		}
		if got := res.GetConfig("goos"); got != "linux" {
			t.Errorf("goos config %q", got)
		}
		if v, ok := res.Value("converge-sec"); !ok || v != r.Metrics[lab.MetricConvergeSec] {
			t.Errorf("converge-sec = %v (%v), want %v", v, ok, r.Metrics[lab.MetricConvergeSec])
		}
		if v, ok := res.Value("daemon-rss-B/node"); !ok || v != r.Metrics[lab.MetricDaemonRSSNode] {
			t.Errorf("daemon-rss-B/node = %v (%v)", v, ok)
		}
		if _, ok := res.Value("phase-steady-sec"); !ok {
			t.Error("no per-phase value")
		}
	}
	if err := rd.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("read %d results, want 2", n)
	}
	if err := WriteBenchfmt(&buf, &lab.Record{Schema: 1, ID: "bare", Scenario: "x"}); err == nil {
		t.Error("a record without metrics or phases wrote a result")
	}
}

// TestBenchstatReadsIt runs the real benchstat when it is installed (go install
// golang.org/x/perf/cmd/benchstat@latest) and checks it finds the known difference.
func TestBenchstatReadsIt(t *testing.T) {
	bs, err := exec.LookPath("benchstat")
	if err != nil {
		t.Skip("benchstat not in PATH")
	}
	dir := t.TempDir()
	write := func(name string, scale float64, seed uint64) string {
		var buf bytes.Buffer
		for i := range uint64(5) {
			r := reporttest.OSPF(reporttest.Options{Seed: seed + i, Scale: map[string]float64{lab.MetricConvergeSec: scale}})
			if err := WriteBenchfmt(&buf, r); err != nil {
				t.Fatal(err)
			}
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	old, new := write("old.txt", 1, 1), write("new.txt", 1.3, 101)
	out, err := exec.Command(bs, old, new).CombinedOutput()
	if err != nil {
		t.Fatalf("benchstat: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "converge-sec") || !strings.Contains(string(out), "+30.40% (p=0.008 n=5)") {
		t.Errorf("benchstat did not see the 30%% convergence regression:\n%s", out)
	}
}
