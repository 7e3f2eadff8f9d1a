//go:build linux

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/vishvananda/netlink"

	"github.com/vnetbench/vnetbench/internal/testenv"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/platform/linux"
	"github.com/vnetbench/vnetbench/scenarios"
)

// needRoot skips a test that creates namespaces when not root; CI sets VNETBENCH_REQUIRE_ROOT=1
// so that such a skip fails instead.
func needRoot(t *testing.T) {
	t.Helper()
	if testing.Short() && !testenv.Required() {
		t.Skip("-short: skipping a real namespace test")
	}
	testenv.Root(t)
}

// rootSnapshot is everything of the root network namespace a run could conceivably touch.
type rootSnapshot struct {
	Links   []string
	Addrs   []string
	Routes  []string
	Sysctls map[string]string
}

// sysctlsWatched are the root namespace's settings the linux platform could touch: the one
// kernel-global tunable it may change (restored) and the per-namespace ones it sets in nodes.
var sysctlsWatched = []string{
	"net/core/netdev_max_backlog", "net/ipv4/ip_forward", "net/ipv4/conf/all/forwarding",
	"net/ipv4/conf/default/forwarding", "net/ipv4/conf/all/rp_filter", "net/ipv6/conf/all/forwarding",
	"net/ipv4/neigh/default/gc_thresh2", "net/ipv4/neigh/default/gc_thresh3", "net/core/rmem_max", "net/core/rmem_default",
}

func snapshotRoot(t *testing.T) rootSnapshot {
	t.Helper()
	var s rootSnapshot
	links, err := netlink.LinkList() // read-only, root namespace: what must not change
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		a := l.Attrs()
		s.Links = append(s.Links, fmt.Sprintf("%s %s mtu=%d flags=%v master=%d", a.Name, l.Type(), a.MTU, a.Flags, a.MasterIndex))
		addrs, _ := netlink.AddrList(l, netlink.FAMILY_ALL)
		for _, ad := range addrs {
			s.Addrs = append(s.Addrs, a.Name+" "+ad.IPNet.String())
		}
	}
	routes, err := netlink.RouteListFiltered(netlink.FAMILY_ALL, &netlink.Route{Table: 0}, netlink.RT_FILTER_TABLE)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range routes {
		s.Routes = append(s.Routes, r.String())
	}
	sort.Strings(s.Routes)
	s.Sysctls = map[string]string{}
	for _, k := range sysctlsWatched {
		b, err := os.ReadFile("/proc/sys/" + k)
		if err == nil {
			s.Sysctls[k] = strings.TrimSpace(string(b))
		}
	}
	return s
}

func (a rootSnapshot) diff(b rootSnapshot) string {
	ja, _ := json.MarshalIndent(a, "", " ")
	jb, _ := json.MarshalIndent(b, "", " ")
	if bytes.Equal(ja, jb) {
		return ""
	}
	return fmt.Sprintf("before:\n%s\nafter:\n%s", ja, jb)
}

// vnbNamespaces lists namespaces named by vnetbench with the given prefix ("" = any).
func vnbNamespaces(prefix string) []string {
	var out []string
	for _, n := range linux.Leftovers() {
		if strings.HasPrefix(n, prefix) {
			out = append(out, n)
		}
	}
	return out
}

// birdsUnder lists bird processes whose command line mentions dir.
func birdsUnder(dir string) []string {
	var out []string
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		b, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err != nil {
			continue
		}
		cmd := strings.ReplaceAll(string(b), "\x00", " ")
		if strings.HasPrefix(filepath.Base(strings.Fields(cmd + " x")[0]), "bird") && strings.Contains(cmd, dir) {
			stat, _ := os.ReadFile("/proc/" + e.Name() + "/stat")
			if !bytes.Contains(stat, []byte(") Z ")) {
				out = append(out, e.Name()+": "+cmd)
			}
		}
	}
	return out
}

// outDir is a short temporary --out: BIRD control sockets live under it, and unix socket
// paths are limited to about 100 bytes, more than t.TempDir() leaves.
func outDir(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("", "vnb")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

// runCLI runs the CLI in-process and returns exit status, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// readRecord loads the only run record under out.
func readRecord(t *testing.T, out string) *lab.Record {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(out, "*", "run.json"))
	if len(m) != 1 {
		t.Fatalf("want one run.json under %s, found %v", out, m)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	rec, err := lab.DecodeRecord(b)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// runTag extracts the namespace prefix of a run from its id (…-<tag>).
func runPrefix(rec *lab.Record) string {
	i := strings.LastIndexByte(rec.ID, '-')
	return linux.PrefixBase + rec.ID[i+1:] + "-"
}

func assertNothingLeft(t *testing.T, prefix, out string) {
	t.Helper()
	if ns := vnbNamespaces(prefix); len(ns) > 0 {
		t.Errorf("namespaces left behind: %v", ns)
	}
	if procs := birdsUnder(out); len(procs) > 0 {
		t.Errorf("bird processes left behind: %v", procs)
	}
}

func TestScenariosEndToEnd(t *testing.T) {
	needRoot(t)
	testenv.Tools(t, "ping", "traceroute")
	for _, tc := range []struct {
		scenario string
		checks   int
	}{
		{"isolated", 3}, {"host-link", 5}, {"chain-5", 2}, {"bridge-3", 9},
	} {
		t.Run(tc.scenario, func(t *testing.T) {
			before := snapshotRoot(t)
			out := outDir(t)
			code, stdout, stderr := runCLI(t, "run", tc.scenario, "--out", out)
			if code != 0 {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
			}
			rec := readRecord(t, out)
			if !rec.OK || len(rec.Checks) != tc.checks {
				t.Fatalf("record ok=%v with %d checks, want ok with %d: %+v", rec.OK, len(rec.Checks), tc.checks, rec.Checks)
			}
			for _, c := range rec.Checks {
				if !c.Pass || c.Expected == "" || c.Actual == "" {
					t.Errorf("check %q: pass=%v expected=%q actual=%q", c.Name, c.Pass, c.Expected, c.Actual)
				}
			}
			if tc.scenario == "chain-5" {
				assertTraceroute(t, rec, 5)
			}
			if rec.Schema != lab.RecordSchema || rec.Env.Kernel == "" || rec.Env.Cores == 0 || len(rec.Phases) < 3 {
				t.Errorf("record lacks schema/env/phases: %+v", rec)
			}
			assertNothingLeft(t, runPrefix(rec), out)
			if d := before.diff(snapshotRoot(t)); d != "" {
				t.Errorf("root namespace changed:\n%s", d)
			}
		})
	}
}

// assertTraceroute checks that the record holds a structured traceroute of n hops in order.
func assertTraceroute(t *testing.T, rec *lab.Record, n int) {
	t.Helper()
	for _, c := range rec.Checks {
		if c.Kind != string(lab.CheckTraceroute) {
			continue
		}
		b, _ := json.Marshal(c.Detail)
		var tr lab.TraceResult
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatal(err)
		}
		if len(tr.Hops) != n {
			t.Fatalf("traceroute has %d hops, want %d: %+v", len(tr.Hops), n, tr)
		}
		for i, h := range tr.Hops {
			want := fmt.Sprintf("192.0.2.%d", 2*i+1)
			if h.TTL != i+1 || h.Addr.String() != want || len(h.RTTs) == 0 {
				t.Errorf("hop %d = %+v, want ttl %d from %s with RTTs", i, h, i+1, want)
			}
		}
		return
	}
	t.Fatal("no traceroute check in record")
}

func TestOSPFSmallEndToEnd(t *testing.T) {
	needRoot(t)
	testenv.Tools(t, "bird", "ping")
	before := snapshotRoot(t)
	out := outDir(t)
	// tuning=on exercises the kernel-global tunable path: raised, journaled, restored.
	code, stdout, stderr := runCLI(t, "run", "ospf-12", "--set", "timers=fast", "--set", "tuning=on", "--out", out)
	if code != 0 {
		t.Logf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	rec := readRecord(t, out)
	if code != 0 || !rec.OK {
		t.Fatalf("exit %d ok=%v errors=%v\nstdout:\n%s\nstderr:\n%s", code, rec.OK, rec.Errors, stdout, stderr)
	}
	if len(rec.Nodes) != 12 {
		t.Fatalf("want 12 node results, got %d", len(rec.Nodes))
	}
	for _, n := range rec.Nodes {
		for _, c := range []string{"neighbors", "two-way", "lsas", "bird-routes", "fib-routes", "all"} {
			if _, ok := n.Converged[c]; !ok {
				t.Errorf("node %s has no convergence time for %s: %v", n.Name, c, n.Converged)
			}
		}
		if n.RSSBytes == 0 {
			t.Errorf("node %s: no daemon RSS sampled", n.Name)
		}
	}
	series := map[string]int{}
	for _, s := range rec.Series {
		series[s.Name] += len(s.Points)
	}
	for _, name := range []string{lab.SeriesBridgeRxPackets, lab.SeriesBridgeTxBytes, lab.SeriesLinksRxPackets,
		lab.SeriesNodesConverged, lab.SeriesNeighbors, lab.SeriesDaemonRSS, lab.SeriesDaemonPSS,
		lab.SeriesMemAvailable, lab.SeriesSlab, lab.SeriesLoad1, lab.SeriesHarnessCPU, lab.SeriesHarnessRSS, lab.SeriesSoftnetDrops} {
		if series[name] < 2 {
			t.Errorf("series %s has %d points, want a time series", name, series[name])
		}
	}
	// Tuning only ever raises: below the lab's need the backlog is raised, journaled and
	// restored; at or above it, left alone.
	backlog, _ := strconv.Atoi(before.Sysctls["net/core/netdev_max_backlog"])
	if backlog < scenarios.RxBacklogFor(12) {
		if len(rec.Tuning) != 1 || !rec.Tuning[0].Restored || rec.Tuning[0].Name != "net.core.netdev_max_backlog" {
			t.Errorf("tuning not recorded as restored: %+v", rec.Tuning)
		}
	} else if len(rec.Tuning) != 0 {
		t.Errorf("backlog %d already high enough, yet tuning changed: %+v", backlog, rec.Tuning)
	}
	logs, _ := filepath.Glob(filepath.Join(out, rec.ID, "nodes", "*", "bird.log"))
	if len(logs) != 12 {
		t.Errorf("want 12 per-node bird logs, found %d", len(logs))
	}
	assertNothingLeft(t, runPrefix(rec), out)
	if d := before.diff(snapshotRoot(t)); d != "" {
		t.Errorf("root namespace changed:\n%s", d)
	}
}

func TestBadInputCreatesNothing(t *testing.T) {
	before := vnbNamespaces("")
	for _, args := range [][]string{
		{"run", "nosuch"},
		{"run", "chain-0"},
		{"run", "chain;rm -rf /"},
		{"run", "chain", "--set", "hops=5;reboot"},
		{"run", "chain", "--set", "hops"},
		{"run", "chain", "--set", "color=blue"},
		{"run", "ospf-480", "--set", "mtu=1500"},
		{"run", "ospf-2000"}, // a Linux bridge holds 1023 ports: refused by preflight
		{"run", "bridge-3", "--platform", "plan9"},
		{"run", "bridge-3", "--workers", "0"},
		{"run"},
		{"plan", "$(reboot)", "--out"},
	} {
		out := outDir(t)
		code, _, stderr := runCLI(t, append(args, "--out", out)...)
		if code == 0 {
			t.Errorf("%q: exit 0, want an error", args)
		}
		if !strings.Contains(stderr, "vnetbench") || len(strings.TrimSpace(stderr)) < 20 {
			t.Errorf("%q: unclear error %q", args, stderr)
		}
		if ents, _ := os.ReadDir(out); len(ents) != 0 {
			t.Errorf("%q: created %v in --out", args, ents)
		}
	}
	if after := vnbNamespaces(""); len(after) != len(before) {
		t.Errorf("namespaces appeared: before %v after %v", before, after)
	}
}

// topology is a namespace-prefix-free dump of every namespace of one lab.
func topology(t *testing.T, prefix string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, ns := range vnbNamespaces(prefix) {
		node := strings.TrimPrefix(ns, prefix)
		p, err := linux.New(prefix)
		if err != nil {
			t.Fatal(err)
		}
		ifs, err := p.Ifaces(context.Background(), node)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, i := range ifs {
			lines = append(lines, fmt.Sprintf("if %s up=%v mtu=%d addrs=%v", i.Name, i.Up, i.MTU, i.Addrs))
		}
		rs, err := p.Routes(context.Background(), node)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Proto == "bird" {
				continue // learned by the daemons: how far they got differs between the two labs
			}
			lines = append(lines, fmt.Sprintf("route %s via %v dev %s proto %s", r.Dst, r.Via, r.Iface, r.Proto))
		}
		p.Close()
		sort.Strings(lines)
		out[node] = lines
	}
	return out
}

// TestPlanScriptIsTheTruth builds each scenario twice, once with `run --keep` (netlink) and
// once by executing the printed `plan` script with ip(8), and compares the two topologies.
func TestPlanScriptIsTheTruth(t *testing.T) {
	needRoot(t)
	testenv.Tools(t, "ip", "sysctl")
	for _, sc := range []string{"isolated", "host-link", "chain-5", "bridge-3", "ospf-4"} {
		t.Run(sc, func(t *testing.T) {
			out := outDir(t)
			args := []string{"run", sc, "--keep", "--out", out}
			if strings.HasPrefix(sc, "ospf") {
				testenv.Tools(t, "bird")
				args = append(args, "--set", "timers=fast")
			}
			if code, so, se := runCLI(t, args...); code != 0 {
				t.Fatalf("run --keep: exit %d\n%s\n%s", code, so, se)
			}
			rec := readRecord(t, out)
			prefix := runPrefix(rec)
			t.Cleanup(func() { runCLI(t, "clean", "--run", rec.ID, "--out", out) })
			viaRun := topology(t, prefix)

			code, script, se := runCLI(t, "plan", sc)
			if code != 0 {
				t.Fatalf("plan: %s", se)
			}
			path := filepath.Join(t.TempDir(), "plan.sh")
			os.WriteFile(path, []byte(script), 0o755)
			planPrefix := "vnb-tpln-"
			env := append(os.Environ(), "P="+planPrefix, "D="+t.TempDir())
			teardown := func() {
				cmd := exec.Command("sh", path, "teardown")
				cmd.Env = env
				if b, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("plan teardown: %v\n%s", err, b)
				}
			}
			t.Cleanup(teardown)
			cmd := exec.Command("sh", path)
			cmd.Env = env
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("plan script failed: %v\n%s", err, b)
			}
			viaPlan := topology(t, planPrefix)
			if len(viaRun) == 0 {
				t.Fatal("kept run has no namespaces")
			}
			for node, want := range viaRun {
				got := viaPlan[node]
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("node %s differs\nrun:\n  %s\nplan:\n  %s", node, strings.Join(want, "\n  "), strings.Join(got, "\n  "))
				}
			}
			if len(viaPlan) != len(viaRun) {
				t.Errorf("plan made %d namespaces, run %d", len(viaPlan), len(viaRun))
			}
			// clean removes the kept run, and nothing of it is left.
			if code, so, se := runCLI(t, "clean", "--run", rec.ID, "--out", out); code != 0 {
				t.Fatalf("clean: exit %d\n%s\n%s", code, so, se)
			}
			assertNothingLeft(t, prefix, out)
			teardown()
			if ns := vnbNamespaces(planPrefix); len(ns) > 0 {
				t.Errorf("plan teardown left %v", ns)
			}
		})
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds vnetbench once for the tests that signal a real process.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "vnetbench-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "vnetbench")
		b, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, b)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// TestSIGINTDuringEachPhase interrupts a real vnetbench process with SIGINT as each phase
// starts and checks that it leaves no namespace, interface or process behind.
func TestSIGINTDuringEachPhase(t *testing.T) {
	needRoot(t)
	testenv.Tools(t, "bird", "ping")
	bin := binary(t)
	idRE := regexp.MustCompile(`^run (\S+):`)
	for _, tc := range []struct{ trigger, scenario string }{
		{"build ...", "ospf-150"}, // 150 nodes: the build lasts long enough to be hit mid-way
		{"  nodes", "ospf-150"},
		{"  links", "ospf-150"},
		{"daemons ...", "ospf-60"},
		{"converge ...", "ospf-8"},
		{"verify ...", "ospf-8"},
		{"teardown ...", "ospf-8"},
	} {
		t.Run(strings.TrimSpace(strings.Trim(tc.trigger, ". ")), func(t *testing.T) {
			before := snapshotRoot(t)
			out := outDir(t)
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "run", tc.scenario, "--set", "timers=fast", "--set", "tuning=on", "--out", out)
			stderr, _ := cmd.StderrPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var id string
			signalled := false
			var log strings.Builder
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				line := sc.Text()
				log.WriteString(line + "\n")
				if m := idRE.FindStringSubmatch(line); m != nil {
					id = m[1]
				}
				if !signalled && strings.HasPrefix(line, tc.trigger) {
					cmd.Process.Signal(syscall.SIGINT)
					signalled = true
				}
			}
			err := cmd.Wait()
			if !signalled {
				t.Fatalf("never saw %q:\n%s", tc.trigger, log.String())
			}
			if tc.trigger != "teardown ..." && err == nil {
				t.Errorf("interrupted run exited 0:\n%s", log.String())
			}
			if id == "" {
				t.Fatalf("no run id in output:\n%s", log.String())
			}
			i := strings.LastIndexByte(id, '-')
			prefix := linux.PrefixBase + id[i+1:] + "-"
			assertNothingLeft(t, prefix, out)
			if d := before.diff(snapshotRoot(t)); d != "" {
				t.Errorf("root namespace changed:\n%s", d)
			}
			rec := readRecord(t, out)
			if tc.trigger != "teardown ..." && rec.OK {
				t.Errorf("interrupted run recorded ok")
			}
			j, _ := os.ReadFile(filepath.Join(out, id, "journal.jsonl"))
			if !bytes.Contains(j, []byte(`"done":true`)) {
				t.Errorf("journal not marked done after teardown")
			}
			if t.Failed() {
				t.Logf("output:\n%s", log.String())
			}
		})
	}
}
