package linux

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/internal/golden"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/scenarios"
)

func compile(t *testing.T, arg string, sets ...string) *lab.Plan {
	t.Helper()
	spec, err := scenarios.Build(arg, sets)
	if err != nil {
		t.Fatal(err)
	}
	return compileSpec(t, spec)
}

func compileSpec(t *testing.T, spec *lab.Spec) *lab.Plan {
	t.Helper()
	p, err := lab.Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// goldenScenarios are the printed plans kept as golden files.
var goldenScenarios = []string{"isolated", "host-link", "chain-5", "bridge-3", "ospf-4"}

func TestScriptGolden(t *testing.T) {
	for _, sc := range append(goldenScenarios, "ospf-4-tuned") {
		t.Run(sc, func(t *testing.T) {
			var got string
			if sc == "ospf-4-tuned" {
				got = Script(withTuning(t))
			} else {
				got = Script(compile(t, sc))
			}
			golden.Check(t, filepath.Join("testdata", "plan-"+sc+".sh"), []byte(got))
		})
	}
}

// sections splits a script into its teardown function body and the build part after the
// teardown dispatch line.
func sections(t *testing.T, script string) (teardown, build []string) {
	t.Helper()
	lines := strings.Split(script, "\n")
	start := slices.Index(lines, "teardown() {")
	if start < 0 {
		t.Fatal("no teardown function")
	}
	end := start + slices.Index(lines[start:], "}")
	dispatch := slices.Index(lines, `if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi`)
	if end <= start || dispatch != end+1 {
		t.Fatalf("teardown function at %d..%d, dispatch at %d: want the dispatch right after it", start, end, dispatch)
	}
	return lines[start+1 : end], lines[dispatch+1:]
}

func TestScriptKeyLines(t *testing.T) {
	ospf := Script(compile(t, "ospf-4"))
	td, build := sections(t, ospf)
	for _, want := range []string{
		`ip -n "${P}host" link add vnetdemobridge mtu 9000 type bridge`,
		`ip -n "${P}host" link set vnetdemobridge up`,
		// The peer is created directly in its namespace, already a bridge port at mtu 9000.
		`ip -n "${P}host" link add epair1a mtu 9000 master vnetdemobridge type veth peer name epair1b mtu 9000 netns "${P}jail1"`,
		`ip -n "${P}host" link add epair4a mtu 9000 master vnetdemobridge type veth peer name epair4b mtu 9000 netns "${P}jail4"`,
		`ip -n "${P}host" link set epair1a mtu 9000 up`,
		`ip -n "${P}jail1" addr add 192.0.2.1/20 dev epair1b`,
		`ip -n "${P}jail1" link set epair1b mtu 9000 up`,
		`ip -n "${P}jail1" link set lo up`,
		`ip netns add "${P}host"`,
		`ip netns add "${P}jail4"`,
	} {
		if !slices.Contains(build, want) {
			t.Errorf("ospf-4 build lacks %q", want)
		}
	}
	// Phases in order: nodes before the bridge, the bridge before its ports, addresses after.
	order := []string{`ip netns add "${P}jail1"`, `ip -n "${P}host" link add vnetdemobridge mtu 9000 type bridge`,
		`ip -n "${P}host" link add epair1a mtu 9000 master vnetdemobridge type veth peer name epair1b mtu 9000 netns "${P}jail1"`,
		`ip -n "${P}jail1" addr add 192.0.2.1/20 dev epair1b`}
	last := -1
	for _, l := range order {
		i := slices.Index(build, l)
		if i <= last {
			t.Errorf("%q at line %d, not after the line before it (%d)", l, i, last)
		}
		last = i
	}
	// Teardown stops every daemon and deletes every namespace, the host role last.
	for i := 1; i <= 4; i++ {
		if !slices.Contains(td, fmt.Sprintf(`  [ -f "$D/jail%d/bird.pid" ] && kill "$(cat "$D/jail%d/bird.pid")" 2>/dev/null`, i, i)) {
			t.Errorf("teardown does not stop jail%d's bird", i)
		}
		if !slices.Contains(td, fmt.Sprintf(`  ip netns del "${P}jail%d" 2>/dev/null`, i)) {
			t.Errorf("teardown does not delete jail%d", i)
		}
	}
	if td[0] != "  set +e" || td[len(td)-1] != `  rm -rf "$D"` {
		t.Errorf("teardown must run every step (set +e) and end by removing $D: %q", td)
	}
	if i := slices.Index(td, `  ip netns del "${P}host" 2>/dev/null`); i != len(td)-2 {
		t.Errorf("host namespace deleted at teardown line %d, want last before rm", i)
	}
	if strings.Contains(ospf, "sysctl -qw net.core") || strings.Contains(ospf, "tune.") {
		t.Error("ospf-4 touches a kernel-global tunable it does not need")
	}

	chain := Script(compile(t, "chain-5"))
	_, build = sections(t, chain)
	for _, want := range []string{
		`ip -n "${P}host" link add epair0a type veth peer name epair0b netns "${P}hop1"`,
		`ip -n "${P}hop4" link add epair4a type veth peer name epair4b netns "${P}hop5"`,
		`ip -n "${P}host" addr add 192.0.2.0/31 dev epair0a`,
		`ip -n "${P}hop5" addr add 192.0.2.9/31 dev epair4b`,
		`ip -n "${P}host" route add 192.0.2.0/24 via 192.0.2.1`,
		`ip -n "${P}hop1" route add default via 192.0.2.3`,
		`ip -n "${P}hop2" route add 192.0.2.0/31 via 192.0.2.2`,
		`ip -n "${P}hop3" route add 192.0.2.8/31 via 192.0.2.7`,
		`ip -n "${P}hop5" route add default via 192.0.2.8`,
	} {
		if !slices.Contains(build, want) {
			t.Errorf("chain-5 build lacks %q", want)
		}
	}
	for i := 1; i <= 5; i++ {
		line := fmt.Sprintf(`ip netns exec "${P}hop%d" sysctl -qw net.ipv4.ip_forward=1`, i)
		if slices.Contains(build, line) != (i < 5) {
			t.Errorf("chain-5: forwarding line for hop%d present=%v, want %v", i, !(i < 5), i < 5)
		}
	}
	if strings.Contains(chain, "master") || strings.Contains(chain, "bird") {
		t.Error("chain-5 has a bridge port or a daemon")
	}

	if host := Script(compile(t, "host-link")); !strings.Contains(host,
		"\n"+`ip -n "${P}host" link add epair0a type veth peer name epair0b netns "${P}jvnet"`+"\n") {
		t.Error("host-link: no veth into jvnet")
	}
	if iso := Script(compile(t, "isolated")); !strings.Contains(iso, "\n"+`ip -n "${P}useless" link set lo up`+"\n") ||
		strings.Contains(iso, "veth") {
		t.Error("isolated: want lo up in useless and no links")
	}
	br := Script(compile(t, "bridge-3"))
	if !strings.Contains(br, "\n"+`ip -n "${P}host" addr add 192.0.2.254/24 dev bridge0`+"\n") ||
		!strings.Contains(br, "\n"+`ip -n "${P}host" link add epair3a master bridge0 type veth peer name epair3b netns "${P}jail3"`+"\n") {
		t.Errorf("bridge-3: host address on bridge0 or bridged veth missing:\n%s", br)
	}
}

// withTuning is ospf-4 with the host tuning a big lab gets: one Linux tunable and one
// FreeBSD-only one.
func withTuning(t *testing.T) *lab.Plan {
	spec, err := scenarios.Build("ospf-4", nil)
	if err != nil {
		t.Fatal(err)
	}
	spec.HostTuning = []lab.Sysctl{
		{Key: lab.SysctlRxBacklog, Value: "4096", OS: "linux"},
		{Key: "kern.ipc.nmbclusters", Value: "1000000", OS: "freebsd"},
	}
	return compileSpec(t, spec)
}

func TestScriptTunables(t *testing.T) {
	s := Script(withTuning(t))
	td, build := sections(t, s)
	restore := `  [ -f "$D/tune.net.core.netdev_max_backlog" ] && sysctl -qw net.core.netdev_max_backlog="$(cat "$D/tune.net.core.netdev_max_backlog")"`
	ri := slices.Index(td, restore)
	if ri < 0 {
		t.Fatalf("teardown does not restore the backlog:\n%s", strings.Join(td, "\n"))
	}
	if ri < slices.Index(td, `  ip netns del "${P}host" 2>/dev/null`) {
		t.Error("teardown restores the tunable before the lab is gone")
	}
	save := `[ -f "$D/tune.net.core.netdev_max_backlog" ] || sysctl -n net.core.netdev_max_backlog > "$D/tune.net.core.netdev_max_backlog"`
	set := `sysctl -qw net.core.netdev_max_backlog=4096`
	si, seti := slices.Index(build, save), slices.Index(build, set)
	if si < 0 || seti < 0 || si > seti {
		t.Errorf("build must save the old value (line %d) before setting it (line %d)", si, seti)
	}
	if mk := slices.Index(build, `mkdir -p "$D"`); mk < 0 || mk > si {
		t.Errorf("$D created at line %d, after the save at %d", mk, si)
	}
	if slices.Contains(build, "sysctl -qw kern.ipc.nmbclusters=1000000") || !slices.Contains(build, "# (freebsd only: kern.ipc.nmbclusters=1000000)") {
		t.Error("the FreeBSD-only tunable must be a comment on linux")
	}
	if strings.Contains(strings.Join(td, "\n"), "kern.ipc") {
		t.Error("teardown restores a tunable it never set")
	}
}

func TestScriptSyntax(t *testing.T) {
	sh, err := exec.LookPath("/bin/sh")
	if err != nil {
		t.Skip("no /bin/sh")
	}
	dir := t.TempDir()
	plans := map[string]*lab.Plan{"tuned": withTuning(t)}
	for _, sc := range goldenScenarios {
		plans[sc] = compile(t, sc)
	}
	for name, p := range plans {
		path := filepath.Join(dir, name+".sh")
		if err := os.WriteFile(path, []byte(Script(p)), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(sh, "-n", path).CombinedOutput(); err != nil {
			t.Errorf("%s: sh -n: %v\n%s", name, err, out)
		}
	}
	// sh -n does catch a broken script.
	bad := filepath.Join(dir, "bad.sh")
	os.WriteFile(bad, []byte("if true; then\n"), 0o644)
	if err := exec.Command(sh, "-n", bad).Run(); err == nil {
		t.Error("sh -n accepted an unterminated if: the syntax check proves nothing")
	}
}

// fakeTools puts logging stand-ins for ip and sysctl first in PATH, so a printed plan can run
// without root and without touching the machine: ip logs its arguments (and, with
// FAKE_NODUMMY set, fails to create a dummy), sysctl logs and reads back 1000.
func fakeTools(t *testing.T) (bin, log string) {
	t.Helper()
	dir := t.TempDir()
	bin, log = filepath.Join(dir, "bin"), filepath.Join(dir, "log")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	ip := `#!/bin/sh
echo "ip $*" >> "$FAKE_LOG"
case "$*" in *"type dummy"*) [ -n "${FAKE_NODUMMY:-}" ] && exit 2 ;; esac
exit 0
`
	sysctl := `#!/bin/sh
echo "sysctl $*" >> "$FAKE_LOG"
[ "$1" = -n ] && echo 1000
exit 0
`
	for name, body := range map[string]string{"ip": ip, "sysctl": sysctl} {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(body), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return bin, log
}

func runScript(t *testing.T, script, bin, log, d string, env []string, args ...string) []string {
	t.Helper()
	path := filepath.Join(filepath.Dir(log), "plan.sh")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(log)
	cmd := exec.Command("/bin/sh", append([]string{path}, args...)...)
	cmd.Env = append([]string{"PATH=" + bin + ":/usr/bin:/bin", "FAKE_LOG=" + log, "P=vnb-t-", "D=" + d}, env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sh plan.sh %v: %v\n%s", args, err, out)
	}
	b, err := os.ReadFile(log)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// TestScriptRuns executes a printed plan against fake tools: the commands it would run, in
// order, with the shell's quoting resolved; the BIRD configs it writes; and its teardown.
func TestScriptRuns(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	plan := withTuning(t)
	script := Script(plan)
	bin, log := fakeTools(t)
	d := filepath.Join(t.TempDir(), "d")

	got := runScript(t, script, bin, log, d, nil)
	idx := func(line string) int {
		i := slices.Index(got, line)
		if i < 0 {
			t.Errorf("the build did not run %q", line)
		}
		return i
	}
	save, set := idx("sysctl -n net.core.netdev_max_backlog"), idx("sysctl -qw net.core.netdev_max_backlog=4096")
	first := idx("ip netns add vnb-t-host")
	if !(save < set && set < first) {
		t.Errorf("tunable saved at %d, set at %d, first namespace at %d: want save, set, then the lab", save, set, first)
	}
	for i := 1; i <= 4; i++ {
		idx(fmt.Sprintf("ip netns add vnb-t-jail%d", i))
		idx(fmt.Sprintf("ip -n vnb-t-host link add epair%da mtu 9000 master vnetdemobridge type veth peer name epair%db mtu 9000 netns vnb-t-jail%d", i, i, i))
		idx(fmt.Sprintf("ip -n vnb-t-jail%d addr add 198.51.100.%d/32 dev lo1", i, i))
		idx(fmt.Sprintf("ip netns exec vnb-t-jail%d bird -c %s/jail%d/bird.conf -s %s/jail%d/bird.ctl -P %s/jail%d/bird.pid", i, d, i, d, i, d, i))
	}
	if b, err := os.ReadFile(filepath.Join(d, "tune.net.core.netdev_max_backlog")); err != nil || strings.TrimSpace(string(b)) != "1000" {
		t.Errorf("saved old value: %q, %v", b, err)
	}
	for _, dm := range plan.Spec.Daemons {
		b, err := os.ReadFile(filepath.Join(d, dm.Node, "bird.conf"))
		if err != nil {
			t.Fatal(err)
		}
		if want := dm.BirdConfig("lo1"); string(b) != want {
			t.Errorf("%s/bird.conf as written by the script:\n%s\nwant\n%s", dm.Node, b, want)
		}
	}
	if slices.ContainsFunc(got, func(l string) bool { return strings.Contains(l, "kern.ipc") }) {
		t.Error("the FreeBSD-only tunable ran on linux")
	}

	// Teardown: every namespace deleted, the host role last, then the tunable restored.
	got = runScript(t, script, bin, log, d, nil, "teardown")
	var dels []string
	for _, l := range got {
		if strings.HasPrefix(l, "ip netns del ") {
			dels = append(dels, strings.TrimPrefix(l, "ip netns del "))
		}
	}
	wantDels := []string{"vnb-t-jail4", "vnb-t-jail3", "vnb-t-jail2", "vnb-t-jail1", "vnb-t-host"}
	if !slices.Equal(dels, wantDels) {
		t.Errorf("teardown deleted %v, want %v", dels, wantDels)
	}
	if r := slices.Index(got, "sysctl -qw net.core.netdev_max_backlog=1000"); r < 0 || r < slices.Index(got, "ip netns del vnb-t-host") {
		t.Errorf("teardown did not restore the backlog to 1000 after deleting the lab: %q", got)
	}
	if _, err := os.Stat(d); !os.IsNotExist(err) {
		t.Errorf("teardown left %s: %v", d, err)
	}
	// A second teardown (nothing left) neither fails nor restores anything.
	got = runScript(t, script, bin, log, d, nil, "teardown")
	if slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "sysctl") }) {
		t.Errorf("teardown without a saved value ran sysctl: %q", got)
	}
}

// Without the dummy driver the loopback addresses go on lo, and so does BIRD's stub.
func TestScriptRunsWithoutDummy(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	plan := compile(t, "ospf-2", "timers=fast")
	bin, log := fakeTools(t)
	d := filepath.Join(t.TempDir(), "d")
	got := runScript(t, Script(plan), bin, log, d, []string{"FAKE_NODUMMY=1"})
	if !slices.Contains(got, "ip -n vnb-t-jail2 addr add 198.51.100.2/32 dev lo") {
		t.Errorf("loopback address not put on lo: %q", got)
	}
	for _, dm := range plan.Spec.Daemons {
		b, err := os.ReadFile(filepath.Join(d, dm.Node, "bird.conf"))
		if err != nil {
			t.Fatal(err)
		}
		if want := dm.BirdConfig("lo"); string(b) != want {
			t.Errorf("%s/bird.conf:\n%s\nwant\n%s", dm.Node, b, want)
		}
	}
}

// Names in a plan need no quoting: every line that is not a comment, a here-document body
// or a known shell construct uses only characters safe in an unquoted word.
func TestScriptNeedsNoQuoting(t *testing.T) {
	safe := regexp.MustCompile(`^[A-Za-z0-9_./:=${}" -]*$`)
	for _, sc := range goldenScenarios {
		_, build := sections(t, Script(compile(t, sc)))
		inHere := false
		for _, l := range build {
			switch {
			case inHere:
				inHere = l != "EOF"
				continue
			case strings.Contains(l, "<<"):
				inHere = true
				continue
			case l == "" || strings.HasPrefix(l, "#"), strings.HasPrefix(l, "if "), strings.HasPrefix(l, "[ -f"):
				continue
			}
			if !safe.MatchString(l) {
				t.Errorf("%s: line %q has characters that need quoting", sc, l)
			}
		}
	}
}
