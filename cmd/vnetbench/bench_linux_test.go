//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// benchNodes is the size of the benchmarked OSPF lab (VNB_BENCH_NODES, default the seed's 480).
func benchNodes(b *testing.B) int {
	n := 480
	if v := os.Getenv("VNB_BENCH_NODES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 2 {
			b.Fatalf("VNB_BENCH_NODES=%q: want a number >= 2", v)
		}
	}
	return n
}

func benchRoot(b *testing.B) {
	if os.Geteuid() != 0 {
		b.Skip("benchmarks build real namespaces: run as root")
	}
}

// BenchmarkBuildSeedVsVnetbench builds the ospf topology (namespaces, bridge, veths,
// addresses; no daemons) twice per iteration: with the seed's serial script transcribed to
// ip(8) (scripts/seed-ospf.sh), and with vnetbench (`run ospf-N --until build`). It reports
// both build times and the speed-up.
func BenchmarkBuildSeedVsVnetbench(b *testing.B) {
	benchRoot(b)
	n := benchNodes(b)
	script, err := filepath.Abs("../../scripts/seed-ospf.sh")
	if err != nil {
		b.Fatal(err)
	}
	var seed, vnb []float64
	for i := 0; i < b.N; i++ {
		env := append(os.Environ(), "P=vnb-seed-", "D="+b.TempDir())
		sh := func(args ...string) error {
			cmd := exec.Command("sh", append([]string{script}, args...)...)
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if err != nil {
				return fmt.Errorf("%v: %v\n%s", args, err, out)
			}
			return nil
		}
		t0 := time.Now()
		err := sh("build", strconv.Itoa(n))
		seed = append(seed, time.Since(t0).Seconds())
		if terr := sh("teardown", strconv.Itoa(n)); err != nil || terr != nil {
			b.Fatal(err, terr)
		}
		out := b.TempDir()
		code := run(b.Context(), []string{"run", fmt.Sprintf("ospf-%d", n), "--until", "build", "--out", out}, devNull{}, devNull{})
		if code != 0 {
			b.Fatalf("vnetbench run --until build: exit %d", code)
		}
		rec := readRecordB(b, out)
		vnb = append(vnb, rec.Metrics[lab.MetricBuildSec])
		time.Sleep(2 * time.Second) // let the kernel finish freeing the namespaces
	}
	s, v := median(seed), median(vnb)
	b.ReportMetric(s, "seed-build-s")
	b.ReportMetric(v, "vnetbench-build-s")
	b.ReportMetric(s/v, "speedup-x")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkOSPFRun runs the whole ospf-N scenario (seed timers) and reports what the record
// measured: daemon start, convergence by protocol phase, teardown, memory per node, and the
// harness's own CPU and RSS while sampling.
func BenchmarkOSPFRun(b *testing.B) {
	benchRoot(b)
	n := benchNodes(b)
	for i := 0; i < b.N; i++ {
		out := b.TempDir()
		code := run(b.Context(), []string{"run", fmt.Sprintf("ospf-%d", n), "--out", out}, devNull{}, os.Stderr)
		rec := readRecordB(b, out)
		if code != 0 {
			b.Fatalf("ospf-%d failed: %v", n, rec.Errors)
		}
		m := rec.Metrics
		b.ReportMetric(m[lab.MetricBuildSec], "build-s")
		b.ReportMetric(m[lab.MetricDaemonStartSec], "daemons-start-s")
		b.ReportMetric(m[lab.MetricConvergeSec], "converge-s")
		b.ReportMetric(m[lab.MetricTeardownSec], "teardown-s")
		b.ReportMetric(m[lab.MetricDaemonRSSNode], "daemon-rss-B/node")
		b.ReportMetric(m[lab.MetricDaemonPSSNode], "daemon-pss-B/node")
		b.ReportMetric(m[lab.MetricKernelMemNode], "kernel-B/node")
		b.ReportMetric(m[lab.MetricHarnessCPU], "harness-cpu-%")
		b.ReportMetric(m[lab.MetricHarnessRSS], "harness-rss-B")
		// Convergence by protocol phase: the slowest node's time to each criterion, from the
		// moment the daemons were started.
		var daemonsAt float64
		for _, p := range rec.Phases {
			if p.Name == "daemons" {
				daemonsAt = p.Start.Sub(rec.Start).Seconds() + p.Seconds
			}
		}
		for _, c := range []string{"neighbors", "two-way", "lsas", "bird-routes", "fib-routes"} {
			var worst float64
			for _, nr := range rec.Nodes {
				worst = max(worst, nr.Converged[c]-daemonsAt)
			}
			b.ReportMetric(worst, c+"-s")
		}
		b.ReportMetric(0, "ns/op")
	}
}

type devNull struct{}

func (devNull) Write(p []byte) (int, error) { return len(p), nil }

func readRecordB(b *testing.B, out string) *lab.Record {
	m, _ := filepath.Glob(filepath.Join(out, "*", "run.json"))
	if len(m) != 1 {
		b.Fatalf("want one run.json under %s, found %v", out, m)
	}
	data, err := os.ReadFile(m[0])
	if err != nil {
		b.Fatal(err)
	}
	rec, err := lab.DecodeRecord(data)
	if err != nil {
		b.Fatal(err)
	}
	return rec
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
