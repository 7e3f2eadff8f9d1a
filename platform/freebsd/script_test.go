package freebsd

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/internal/golden"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/scenarios"
)

func compile(t *testing.T, scenario string) *lab.Plan {
	t.Helper()
	spec, err := scenarios.Build(scenario, nil)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := lab.Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// TestPlanScriptGolden compares each printed plan with its golden file; -update rewrites
// them. On a mismatch it shows a diff.
func TestPlanScriptGolden(t *testing.T) {
	for _, sc := range []string{"isolated", "host-link", "chain-5", "bridge-3", "ospf-480"} {
		t.Run(sc, func(t *testing.T) {
			got, err := PlanScript(compile(t, sc))
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "golden", sc+".sh"), []byte(got))
			again, _ := PlanScript(compile(t, sc))
			if again != got {
				t.Error("PlanScript is not deterministic")
			}
		})
	}
}

func lookSh(t *testing.T) string {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh in PATH")
	}
	return sh
}

// stubTool stands in for a FreeBSD tool: it logs its argv, swallows its input (a heredoc),
// reports nothing left to wait for (pgrep, jls fail) and prints a value for sysctl -i -n.
const stubTool = `#!/bin/sh
name=$(basename "$0")
line=$name
for a in "$@"; do line="$line $a"; done
printf '%s\n' "$line" >> "$LOG"
case $name in
cp) cat > /dev/null ;;
pgrep|jls) exit 1 ;;
sysctl) if [ "$1" = -i ]; then echo 9216; fi ;;
esac
exit 0
`

// runScript runs a printed plan, then its teardown, with stub tools first in PATH, and
// returns the commands each logged (sysctl -i reads left out).
func runScript(t *testing.T, sh, script string) (build, teardown []string) {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tool := range []string{"jail", "jexec", "ifconfig", "sysctl", "route", "pkill", "pgrep", "jls", "cp"} {
		if err := os.WriteFile(filepath.Join(bin, tool), []byte(stubTool), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "plan.sh")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) []string {
		log := filepath.Join(dir, "log")
		os.Remove(log)
		cmd := exec.Command(sh, append([]string{file}, args...)...)
		cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "LOG="+log)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("sh plan.sh %v: %v\n%s", args, err, out)
		}
		b, _ := os.ReadFile(log)
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if l != "" && !strings.HasPrefix(l, "sysctl -i ") {
				lines = append(lines, l)
			}
		}
		return lines
	}
	return run(), run("teardown")
}

// TestPlanScriptKeyLines checks, beyond the golden files, that each plan carries the
// article's commands for its experiment (with the plan's jail names) and that the teardown
// keeps the safe order.
func TestPlanScriptKeyLines(t *testing.T) {
	sh := lookSh(t)
	for sc, lines := range map[string][]string{
		"isolated": {
			"jail -c name=vnb-plan-useless host.hostname=useless persist vnet",
			"jexec vnb-plan-useless ifconfig lo0 inet 127.0.0.1/8 up",
		},
		"host-link": {
			"ifconfig epair0 create up",
			"ifconfig epair0b vnet vnb-plan-jvnet",
			"ifconfig epair0a inet 192.0.2.1/24 up",
			"jexec vnb-plan-jvnet ifconfig epair0b inet 192.0.2.2/24 up",
		},
		"chain-5": {
			"ifconfig epair0a inet 192.0.2.0/31 up",
			"jexec vnb-plan-hop1 ifconfig epair1a inet 192.0.2.2/31 up",
			"jexec vnb-plan-hop5 ifconfig epair4b inet 192.0.2.9/31 up",
			"jexec vnb-plan-hop4 sysctl net.inet.ip.forwarding=1",
			"route add 192.0.2.0/24 192.0.2.1",
			"jexec vnb-plan-hop1 route add default 192.0.2.3",
			"jexec vnb-plan-hop2 route add default 192.0.2.5",
			"jexec vnb-plan-hop2 route add 192.0.2.0/31 192.0.2.2",
			"jexec vnb-plan-hop3 route add default 192.0.2.4",
			"jexec vnb-plan-hop3 route add 192.0.2.8/31 192.0.2.7",
			"jexec vnb-plan-hop4 route add default 192.0.2.6",
			"jexec vnb-plan-hop5 route add default 192.0.2.8",
		},
		"bridge-3": {
			"ifconfig bridge0 create up",
			"ifconfig bridge0 addm epair3a edge epair3a",
			"ifconfig bridge0 inet 192.0.2.254/24 up",
			"jexec vnb-plan-jail2 ifconfig epair2b inet 192.0.2.2/24 up",
			"  ifconfig bridge0 destroy",
		},
		"ospf-480": {
			"sysctl kern.ipc.nmbclusters=1000000",
			"sysctl net.inet.raw.maxdgram=16384",
			"sysctl net.inet.raw.recvspace=16384",
			"ifconfig bridge create name vnetdemobridge mtu 9000 up",
			"ifconfig epair1 create mtu 9000 up",
			"ifconfig vnetdemobridge addm epair1a edge epair1a",
			"ifconfig epair480 create mtu 9000 up",
			"ifconfig vnetdemobridge addm epair480a edge epair480a",
			"jail -c name=vnb-plan-jail480 host.hostname=jail480 persist vnet",
			"jexec vnb-plan-jail1 ifconfig lo1 create inet 198.51.100.1/32 up",
			"jexec vnb-plan-jail480 ifconfig lo1 create inet 198.51.101.224/32 up",
			"jexec vnb-plan-jail480 ifconfig epair480b inet 192.0.3.224/20 mtu 9000 up",
			"    interface \"epair480b\" {",
			"      hello 60;",
			"      dead 240;",
			"      stub yes;",
			"jexec vnb-plan-jail480 bird -c /var/run/vnetbench/vnb-plan/jail480/bird.conf -s /var/run/vnetbench/vnb-plan/jail480/bird.ctl -P /var/run/vnetbench/vnb-plan/jail480/bird.pid",
			"  pkill -TERM -j vnb-plan-jail480 -x bird",
			"  ifconfig -j vnb-plan-jail480 epair480b destroy",
			"  jail -r vnb-plan-jail480",
			"  wait_gone jls -d -j vnb-plan-jail480 jid",
			"  ifconfig vnetdemobridge destroy",
			"  # kern.ipc.nmbclusters stays at 1000000 until reboot: the kernel does not lower it",
		},
	} {
		script, err := PlanScript(compile(t, sc))
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, l := range strings.Split(script, "\n") {
			have[l] = true
		}
		for _, l := range lines {
			if !have[l] {
				t.Errorf("%s: no line %q", sc, l)
			}
		}
		// Teardown stages in the safe order.
		last := -1
		for _, stage := range []string{"  pkill -TERM", "  ifconfig -j ", "  jail -r ", "  ifconfig vnetdemobridge destroy", "  [ -f "} {
			i := strings.Index(script, stage)
			if i < 0 {
				continue
			}
			if i < last {
				t.Errorf("%s: teardown %q comes too early", sc, stage)
			}
			last = i
		}
		// The script is valid sh.
		f := filepath.Join(t.TempDir(), sc+".sh")
		os.WriteFile(f, []byte(script), 0o644)
		if out, err := exec.Command(sh, "-n", f).CombinedOutput(); err != nil {
			t.Errorf("%s: sh -n: %v\n%s", sc, err, out)
		}
	}
}
