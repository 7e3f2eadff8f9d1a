package freebsd_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/journal"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/platform/freebsd"
	"github.com/vnetbench/vnetbench/runner"
	"github.com/vnetbench/vnetbench/scenarios"
)

// These tests drive whole runs of the seed's OSPF lab, shrunk to 4 jails, on the FreeBSD
// platform through the runner, with every command answered by executor.Scripted from real
// FreeBSD output (testdata/, copied from the shared fixtures) or from BIRD/netstat/ping
// output written in the fixtures' exact format for this lab (testdata/run/).

const (
	prefix   = "vnb-t-"
	stateDir = "/var/run/vnetbench/vnb-t"
	nodes    = 4
)

var (
	_ runner.Platform   = (*freebsd.Platform)(nil)
	_ runner.BirdAccess = (*freebsd.Platform)(nil)
	_ runner.Sampler    = (*freebsd.BridgeSampler)(nil)
	_ runner.Sampler    = (*freebsd.DaemonMemSampler)(nil)
	_ runner.Sampler    = (*freebsd.FIBSampler)(nil)
	_ runner.Sampler    = (*freebsd.SystemSampler)(nil)
)

func jail(n int) string { return fmt.Sprintf("%sjail%d", prefix, n) }

func testdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// epairCreated is what `ifconfig epairN create …` prints: line N of the real output of the
// article's creation loop (epair0a … epair4a).
func epairCreated(t *testing.T, n int) []byte {
	lines := strings.SplitAfter(string(testdata(t, "ifconfig-epair-create-x5-loop.txt")), "\n")
	return []byte(lines[n])
}

// ospfPlan is ospf-4 with one of the article's FreeBSD tunables, so that a run also raises
// and restores a sysctl.
func ospfPlan(t *testing.T) *lab.Plan {
	t.Helper()
	spec, err := scenarios.Build("ospf-4", nil)
	if err != nil {
		t.Fatal(err)
	}
	spec.HostTuning = append(spec.HostTuning,
		lab.Sysctl{Key: "net.inet.raw.recvspace", Value: "16384", OS: "freebsd"},
		lab.Sysctl{Key: lab.SysctlRxBacklog, Value: "4000", OS: "linux"})
	plan, err := lab.Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// buildExpect answers every command a build of ospfPlan issues, each as often as needed.
func buildExpect(t *testing.T, plan *lab.Plan) []executor.Expect {
	any := executor.AnyTimes
	ex := []executor.Expect{
		{Argv: []string{"sysctl", "-i", "-n", "net.inet.raw.recvspace"}, Stdout: []byte("9216\n"), Times: any},
		{Argv: []string{"sysctl", "net.inet.raw.recvspace=16384"}, Stdout: []byte("net.inet.raw.recvspace: 9216 -> 16384\n"), Times: any},
		{Argv: []string{"ifconfig", "bridge", "create", "name", "vnetdemobridge", "mtu", "9000", "up"}, Stdout: []byte("vnetdemobridge\n"), Times: any},
	}
	for n := 1; n <= nodes; n++ {
		j, ep := jail(n), fmt.Sprintf("epair%d", n)
		ex = append(ex,
			executor.Expect{Argv: []string{"jail", "-c", "name=" + j, fmt.Sprintf("host.hostname=jail%d", n), "persist", "vnet"}, Stdout: []byte(j + ": created\n"), Times: any},
			executor.Expect{Argv: []string{"ifconfig", ep, "create", "mtu", "9000", "up"}, Stdout: epairCreated(t, n), Times: any},
			executor.Expect{Argv: []string{"ifconfig", "vnetdemobridge", "addm", ep + "a", "edge", ep + "a"}, Times: any},
			executor.Expect{Argv: []string{"ifconfig", ep + "b", "vnet", j}, Times: any},
			executor.Expect{Argv: []string{"jexec", j, "ifconfig", ep + "b", "inet", fmt.Sprintf("192.0.2.%d/20", n), "mtu", "9000", "up"}, Times: any},
			executor.Expect{Argv: []string{"jexec", j, "ifconfig", "lo0", "inet", "127.0.0.1/8", "up"}, Times: any},
			executor.Expect{Argv: []string{"jexec", j, "ifconfig", "lo1", "create", "inet", fmt.Sprintf("198.51.100.%d/32", n), "up"}, Times: any},
		)
	}
	for _, d := range plan.Spec.Daemons {
		dir := stateDir + "/" + d.Node
		ex = append(ex,
			executor.Expect{Argv: []string{"mkdir", "-p", dir}, Times: any},
			executor.Expect{Argv: []string{"cp", "/dev/stdin", dir + "/bird.conf"}, Stdin: []byte(d.BirdConfig("lo1")), Times: any})
	}
	return ex
}

// labExpect answers what a running lab is asked: BIRD through birdcl, FIBs, pings, and the
// samplers' reads.
func labExpect(t *testing.T) []executor.Expect {
	any := executor.AnyTimes
	var ex []executor.Expect
	for n := 1; n <= nodes; n++ {
		sock := fmt.Sprintf("%s/jail%d/bird.ctl", stateDir, n)
		ex = append(ex,
			executor.Expect{Argv: []string{"birdcl", "-s", sock, "show", "ospf", "neighbors"}, StdoutFile: fmt.Sprintf("testdata/run/birdcl-show-ospf-neighbors-jail%d.txt", n), Times: any},
			executor.Expect{Argv: []string{"birdcl", "-s", sock, "show", "ospf"}, StdoutFile: fmt.Sprintf("testdata/run/birdcl-show-ospf-jail%d.txt", n), Times: any},
			executor.Expect{Argv: []string{"birdcl", "-s", sock, "show", "route", "count"}, StdoutFile: "testdata/run/birdcl-show-route-count.txt", Times: any},
			executor.Expect{Argv: []string{"jexec", jail(n), "netstat", "--libxo", "json", "-4rn"}, StdoutFile: fmt.Sprintf("testdata/run/netstat-4rn-libxo-json-jail%d.json", n), Times: any},
		)
	}
	return append(ex,
		executor.Expect{Argv: []string{"jexec", jail(1), "ping", "-n", "-c", "3", "-i", "0.2", "-W", "1000", "-t", "5", "198.51.100.4"}, StdoutFile: "testdata/run/ping-jail1-198.51.100.4.txt", Times: any},
		executor.Expect{Argv: []string{"jexec", jail(4), "ping", "-n", "-c", "3", "-i", "0.2", "-W", "1000", "-t", "5", "198.51.100.1"}, StdoutFile: "testdata/run/ping-jail4-198.51.100.1.txt", Times: any},
		executor.Expect{Argv: freebsd.BridgeArgv("vnetdemobridge"), StdoutFile: "testdata/run/netstat-ibnd-I-vnetdemobridge-1.json"},
		executor.Expect{Argv: freebsd.BridgeArgv("vnetdemobridge"), StdoutFile: "testdata/run/netstat-ibnd-I-vnetdemobridge-2.json", Times: any},
		executor.Expect{Argv: freebsd.PsArgv(), StdoutFile: "testdata/run/ps-axo-pid-jid-rss-vsz-comm-libxo-json-4-birds.json", Times: any},
		executor.Expect{Argv: freebsd.JailsArgv(), StdoutFile: "testdata/run/jls-d-jid-name-libxo-json.json", Times: any},
		executor.Expect{Argv: freebsd.SystemArgv(), StdoutFile: "testdata/run/sysctl-n-vm.loadavg-pagesize-free-inactive.txt", Times: any},
	)
}

// teardownExpect answers teardown. Each jail is still dying at the first look (jls prints
// its jid) and gone at the second (jls fails as it does for an unknown jail). hostIfaces is
// what `ifconfig -l` lists once the jails are gone.
func teardownExpect(hostIfaces string) []executor.Expect {
	any := executor.AnyTimes
	ex := []executor.Expect{
		{Argv: []string{"ifconfig", "-l"}, Stdout: []byte(hostIfaces + "\n"), Times: any},
		{Argv: []string{"ifconfig", "vnetdemobridge", "destroy"}, Times: any},
		{Argv: []string{"ifconfig", "epair3a", "destroy"}, Times: any},
		{Argv: []string{"sysctl", "net.inet.raw.recvspace=9216"}, Stdout: []byte("net.inet.raw.recvspace: 16384 -> 9216\n"), Times: any},
		{Argv: []string{"rm", "-rf", "--", stateDir}, Times: any},
	}
	for n := 1; n <= nodes; n++ {
		j := jail(n)
		ex = append(ex,
			// The supervisor stopped every daemon already: pkill finds none (exit 1).
			executor.Expect{Argv: []string{"pkill", "-TERM", "-j", j, "-x", "bird"}, Exit: 1, Times: any},
			executor.Expect{Argv: []string{"ifconfig", "-j", j, fmt.Sprintf("epair%db", n), "destroy"}, Times: any},
			executor.Expect{Argv: []string{"jail", "-r", j}, Stdout: []byte(j + ": removed\n"), Times: any},
			executor.Expect{Argv: []string{"jls", "-d", "-j", j, "jid"}, Stdout: []byte(fmt.Sprintf("%d\n", n))},
			executor.Expect{Argv: []string{"jls", "-d", "-j", j, "jid"}, Exit: 1, Stderr: fmt.Sprintf("jls: jail %q not found\n", j), Times: any},
		)
	}
	return ex
}

// fakeStarter stands in for executor.Local's Start: a daemon that runs until stopped.
type fakeStarter struct {
	mu     sync.Mutex
	starts [][]string
	stops  int
}

func (s *fakeStarter) Start(ctx context.Context, argv []string, opts executor.StartOptions) (lab.Proc, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.starts = append(s.starts, argv)
	return &fakeProc{s: s, pid: 2120 + len(s.starts), done: make(chan struct{})}, nil
}

type fakeProc struct {
	s    *fakeStarter
	pid  int
	done chan struct{}
	once sync.Once
}

func (p *fakeProc) Pid() int              { return p.pid }
func (p *fakeProc) Done() <-chan struct{} { return p.done }
func (p *fakeProc) ExitStatus() string    { return "signal: terminated" }
func (p *fakeProc) Stop(time.Duration) error {
	p.once.Do(func() {
		p.s.mu.Lock()
		p.s.stops++
		p.s.mu.Unlock()
		close(p.done)
	})
	return nil
}

func newRun(t *testing.T, plan *lab.Plan, fake *executor.Scripted, starter *fakeStarter, workers int, withSamplers bool) (*runner.Run, *freebsd.Platform) {
	t.Helper()
	journal.ActiveDir = t.TempDir()
	plat, err := freebsd.New(fake, prefix, freebsd.Options{StateDir: stateDir, Starter: starter, Pace: -1})
	if err != nil {
		t.Fatal(err)
	}
	var samplers []runner.Sampler
	if withSamplers {
		for _, s := range plat.Samplers(plan) {
			samplers = append(samplers, s)
		}
	}
	r, err := runner.New(plan, plat, runner.Options{OutDir: t.TempDir(), Workers: workers, Samplers: samplers,
		TeardownTimeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return r, plat
}

// isSample reports whether a call is one of the samplers' (they run all along).
func isSample(argv []string) bool {
	for _, s := range [][]string{freebsd.BridgeArgv("vnetdemobridge"), freebsd.PsArgv(), freebsd.JailsArgv(), freebsd.SystemArgv()} {
		if slices.Equal(argv, s) {
			return true
		}
	}
	return len(argv) > 2 && argv[0] == "jexec" && argv[2] == "netstat" || argv[0] == "birdcl"
}

// teardownStages classifies the teardown calls, in order, by stage.
func teardownStages(t *testing.T, calls []executor.Call) (stages []string, argvs [][]string) {
	t.Helper()
	start := -1
	for i, c := range calls {
		if c.Argv[0] == "pkill" || c.Argv[0] == "jail" && c.Argv[1] == "-r" || len(c.Argv) > 2 && c.Argv[0] == "ifconfig" && c.Argv[1] == "-j" {
			start = i
			break
		}
	}
	if start < 0 {
		t.Fatal("no teardown call recorded")
	}
	for _, c := range calls[start:] {
		a := c.Argv
		if isSample(a) {
			continue
		}
		var st string
		switch {
		case a[0] == "pkill" || a[0] == "pgrep":
			st = "daemons"
		case a[0] == "ifconfig" && a[1] == "-j":
			st = "inside"
		case a[0] == "jail" || a[0] == "jls":
			st = "jails"
		case a[0] == "ifconfig" && a[1] == "vnetdemobridge" && a[2] == "destroy":
			st = "bridge"
		case a[0] == "ifconfig":
			st = "host"
		case a[0] == "sysctl":
			st = "sysctls"
		case a[0] == "rm":
			st = "files"
		default:
			t.Errorf("unexpected teardown call %q", a)
			continue
		}
		stages = append(stages, st)
		argvs = append(argvs, a)
	}
	return stages, argvs
}

// checkOrder asserts that stages only move forward through order, and that jails are removed
// one at a time: each `jail -r J` is followed by waits on J only, until J is gone.
func checkOrder(t *testing.T, stages []string, argvs [][]string, order []string) {
	t.Helper()
	rank := map[string]int{}
	for i, s := range order {
		rank[s] = i
	}
	for i := 1; i < len(stages); i++ {
		if rank[stages[i]] < rank[stages[i-1]] {
			t.Errorf("teardown call %d %q (%s) after a %s call: want the order %v", i, argvs[i], stages[i], stages[i-1], order)
		}
	}
	removing := ""
	looks := map[string]int{}
	for _, a := range argvs {
		switch a[0] {
		case "jail":
			removing = a[2]
		case "jls":
			if a[3] != removing {
				t.Errorf("waiting for %s while removing %s: jails must go one at a time", a[3], removing)
			}
			looks[a[3]]++
		}
	}
	for j, n := range looks {
		if n != 2 {
			t.Errorf("jail %s looked at %d times, want 2 (dying, then gone)", j, n)
		}
	}
}

func TestRunOSPF4(t *testing.T) {
	plan := ospfPlan(t)
	fake := &executor.Scripted{}
	fake.Expect = append(append(buildExpect(t, plan), labExpect(t)...), teardownExpect("vtnet0 lo0 vnetdemobridge")...)
	starter := &fakeStarter{}
	r, plat := newRun(t, plan, fake, starter, 4, true)

	rec, err := r.Execute(context.Background())
	if err != nil {
		t.Fatalf("run failed: %v\nerrors: %v", err, rec.Errors)
	}
	if err := fake.Done(); err != nil {
		t.Errorf("scripted executor: %v", err)
	}
	if !rec.OK {
		t.Errorf("record not OK: errors %v, checks %+v", rec.Errors, rec.Checks)
	}
	if len(rec.Checks) != 3 {
		t.Errorf("checks = %d, want 3", len(rec.Checks))
	}
	for _, c := range rec.Checks {
		if !c.Pass {
			t.Errorf("check %q failed: expected %s, got %s", c.Name, c.Expected, c.Actual)
		}
	}
	for _, n := range rec.Nodes {
		if _, ok := n.Converged["all"]; !ok {
			t.Errorf("node %s: no convergence time (lacking %v)", n.Name, n.Lacking)
		}
	}
	for _, ph := range []string{"build", "daemons", "converge", "verify", "teardown"} {
		if !slices.ContainsFunc(rec.Phases, func(p lab.PhaseTiming) bool { return p.Name == ph }) {
			t.Errorf("phase %s missing from the record", ph)
		}
	}
	if len(rec.Tuning) != 1 || rec.Tuning[0].Name != "net.inet.raw.recvspace" || rec.Tuning[0].Old != "9216" || !rec.Tuning[0].Restored {
		t.Errorf("tuning = %+v, want net.inet.raw.recvspace 9216 -> 16384, restored", rec.Tuning)
	}
	series := map[string]bool{}
	for _, s := range rec.Series {
		series[s.Name] = true
	}
	for _, name := range []string{lab.SeriesDaemonRSS, lab.SeriesLoad1, lab.SeriesMemAvailable, lab.SeriesFIBRoutes, lab.SeriesNodesConverged} {
		if !series[name] {
			t.Errorf("series %s missing from the record (have %v)", name, series)
		}
	}
	if len(starter.starts) != nodes || starter.stops != nodes {
		t.Errorf("daemons started %d, stopped %d; want %d each", len(starter.starts), starter.stops, nodes)
	}
	for _, argv := range starter.starts {
		j := argv[1]
		dir := stateDir + "/" + strings.TrimPrefix(j, prefix)
		want := []string{"jexec", j, "bird", "-f", "-c", dir + "/bird.conf", "-s", dir + "/bird.ctl", "-P", dir + "/bird.pid"}
		if !slices.Equal(argv, want) {
			t.Errorf("daemon argv %q, want %q", argv, want)
		}
	}
	if w := plat.Warnings(); len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}

	stages, argvs := teardownStages(t, fake.Calls())
	checkOrder(t, stages, argvs, []string{"daemons", "inside", "jails", "host", "bridge", "sysctls", "files"})
	var got []string
	for _, s := range stages {
		if len(got) == 0 || got[len(got)-1] != s {
			got = append(got, s)
		}
	}
	if want := []string{"daemons", "inside", "jails", "host", "bridge", "sysctls", "files"}; !slices.Equal(got, want) {
		t.Errorf("teardown stages %v, want %v", got, want)
	}
}

// TestRunOSPF4FailsMidBuild fails the third epair create half-way (the pair exists, its MTU
// could not be set, as ifconfig leaves it): the run fails, and teardown undoes exactly what
// exists, in the safe order, and nothing that was never created.
func TestRunOSPF4FailsMidBuild(t *testing.T) {
	plan := ospfPlan(t)
	fail := executor.Expect{Argv: []string{"ifconfig", "epair3", "create", "mtu", "9000", "up"}, Exit: 1,
		Stderr: "ifconfig: ioctl SIOCSIFMTU (set mtu): Invalid argument\n"}
	fake := &executor.Scripted{}
	fake.Expect = append(append([]executor.Expect{fail}, buildExpect(t, plan)...),
		teardownExpect("vtnet0 lo0 vnetdemobridge epair3a epair3b")...)
	// jails 3 and 4 hold no interface: nothing to destroy inside them.
	r, _ := newRun(t, plan, fake, &fakeStarter{}, 1, false)

	rec, err := r.Execute(context.Background())
	if err == nil {
		t.Fatal("run succeeded despite the failing create")
	}
	if !strings.Contains(err.Error(), "SIOCSIFMTU") {
		t.Errorf("error %q does not carry the command's stderr", err)
	}
	if rec.OK {
		t.Error("record OK after a failed build")
	}
	calls := fake.Calls()
	for _, c := range calls {
		a := strings.Join(c.Argv, " ")
		switch {
		case strings.HasPrefix(a, "ifconfig epair4 create"), strings.HasPrefix(a, "pkill"), strings.HasPrefix(a, "jexec"),
			strings.Contains(a, "epair4"), strings.Contains(a, "epair3b"), strings.HasPrefix(a, "rm "):
			t.Errorf("unexpected call %q: nothing of it was created", a)
		}
	}
	stages, argvs := teardownStages(t, calls)
	checkOrder(t, stages, argvs, []string{"daemons", "inside", "jails", "host", "bridge", "sysctls", "files"})
	var want [][]string
	for n := 1; n <= 2; n++ {
		want = append(want, []string{"ifconfig", "-j", jail(n), fmt.Sprintf("epair%db", n), "destroy"})
	}
	for n := 1; n <= nodes; n++ {
		want = append(want, []string{"jail", "-r", jail(n)}, []string{"jls", "-d", "-j", jail(n), "jid"}, []string{"jls", "-d", "-j", jail(n), "jid"})
	}
	want = append(want,
		[]string{"ifconfig", "-l"},
		[]string{"ifconfig", "epair3a", "destroy"},
		[]string{"ifconfig", "vnetdemobridge", "destroy"},
		[]string{"sysctl", "net.inet.raw.recvspace=9216"})
	if !slices.EqualFunc(argvs, want, slices.Equal[[]string]) {
		t.Errorf("teardown calls:\n%s\nwant:\n%s", joinArgvs(argvs), joinArgvs(want))
	}
}

func joinArgvs(as [][]string) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString("  " + executor.ShJoin(a) + "\n")
	}
	return b.String()
}
