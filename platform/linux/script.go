package linux

import (
	"fmt"
	"net/netip"
	"sort"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// PlanPrefix is the namespace prefix a printed plan uses unless the user sets P.
const PlanPrefix = "vnb-plan-"

// Script prints plan as a /bin/sh script of `ip` commands that builds, with `sh plan.sh`, the
// same topology `vnetbench run` builds through netlink, and removes it with
// `sh plan.sh teardown`. Everything lives in namespaces named "$P<node>"; nothing touches the
// root namespace except the kernel-global tunables the plan lists, which teardown restores.
func Script(plan *lab.Plan) string {
	var b strings.Builder
	spec := plan.Spec
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	w("#!/bin/sh")
	w("# vnetbench plan: %s (%s) on linux", spec.Scenario, paramString(spec.Params))
	w("# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown")
	w("# Every node is a network namespace named \"$P<node>\" (the host role too); run as root.")
	w("# D holds the daemons' configs, control sockets and pid files.")
	w("set -eu")
	w("P=${P:-%s}", PlanPrefix)
	w("D=${D:-/tmp/$P}")
	w("LO=lo1 # cloned loopback: a dummy interface, or lo where the dummy driver is missing")
	w("")
	w("teardown() {")
	w("  set +e")
	for _, d := range spec.Daemons {
		w("  [ -f \"$D/%s/bird.pid\" ] && kill \"$(cat \"$D/%s/bird.pid\")\" 2>/dev/null", d.Node, d.Node)
	}
	nodes := append([]string{lab.HostNode}, nodeNames(spec)...)
	for i := len(nodes) - 1; i >= 0; i-- {
		w("  ip netns del \"${P}%s\" 2>/dev/null", nodes[i])
	}
	for _, s := range plan.Steps {
		if s.Op == lab.OpTune && (s.OS == "" || s.OS == "linux") {
			name, err := tunableName(s.Key)
			if err != nil {
				continue
			}
			w("  [ -f \"$D/tune.%s\" ] && sysctl -qw %s=\"$(cat \"$D/tune.%s\")\"", name, name, name)
		}
	}
	w("  rm -rf \"$D\"")
	w("}")
	w("if [ \"${1:-build}\" = teardown ]; then teardown; exit 0; fi")
	w("mkdir -p \"$D\"")
	for _, group := range plan.Phases() {
		w("")
		w("# phase: %s (%d steps; vnetbench runs them concurrently)", group[0].Phase, len(group))
		for _, s := range group {
			for _, line := range stepCommands(s) {
				w("%s", line)
			}
		}
	}
	return b.String()
}

func paramString(p map[string]string) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+p[k])
	}
	if len(parts) == 0 {
		return "no parameters"
	}
	return strings.Join(parts, " ")
}

func nodeNames(spec *lab.Spec) []string {
	out := make([]string, len(spec.Nodes))
	for i, n := range spec.Nodes {
		out[i] = n.Name
	}
	return out
}

// ns is the quoted namespace argument of node.
func ns(node string) string { return `"${P}` + node + `"` }

func mtuArg(mtu int) string {
	if mtu > 0 {
		return fmt.Sprintf(" mtu %d", mtu)
	}
	return ""
}

func routeDst(p netip.Prefix) string {
	if p.Bits() == 0 {
		return "default"
	}
	return p.Masked().String()
}

// stepCommands is one step as shell lines. Names in a plan are validated (lab.Validate), so
// none needs quoting beyond the namespace variable.
func stepCommands(s lab.Step) []string {
	ipn := "ip -n " + ns(s.Node)
	switch s.Op {
	case lab.OpTune:
		if s.OS != "" && s.OS != "linux" {
			return []string{fmt.Sprintf("# (%s only: %s=%s)", s.OS, s.Key, s.Value)}
		}
		name, err := tunableName(s.Key)
		if err != nil {
			return []string{"# unknown tunable " + s.Key}
		}
		return []string{
			"# kernel-global: no per-namespace copy; the old value is kept and restored by teardown",
			fmt.Sprintf("[ -f \"$D/tune.%s\" ] || sysctl -n %s > \"$D/tune.%s\"", name, name, name),
			fmt.Sprintf("sysctl -qw %s=%s", name, s.Value),
		}
	case lab.OpNode:
		return []string{"ip netns add " + ns(s.Node)}
	case lab.OpSegment:
		return []string{
			fmt.Sprintf("%s link add %s%s type bridge", ipn, s.Iface, mtuArg(s.MTU)),
			fmt.Sprintf("%s link set %s up", ipn, s.Iface),
		}
	case lab.OpLink:
		l := s.Link
		master := ""
		if l.A.Segment != "" {
			master = " master " + l.A.Segment
		}
		return []string{fmt.Sprintf("ip -n %s link add %s%s%s type veth peer name %s%s netns %s",
			ns(l.A.Node), l.A.Iface, mtuArg(l.MTU), master, l.B.Iface, mtuArg(l.MTU), ns(l.B.Node))}
	case lab.OpUp:
		return []string{fmt.Sprintf("%s link set %s%s up", ipn, s.Iface, mtuArg(s.MTU))}
	case lab.OpAddr:
		return []string{
			fmt.Sprintf("%s addr add %s dev %s", ipn, s.Addr, s.Iface),
			fmt.Sprintf("%s link set %s%s up", ipn, s.Iface, mtuArg(s.MTU)),
		}
	case lab.OpLoopbackUp:
		return []string{ipn + " link set lo up"}
	case lab.OpLoopbackAddr:
		return []string{
			fmt.Sprintf("if %s link add %s type dummy 2>/dev/null; then LO=%s; else LO=lo; fi", ipn, s.Iface, s.Iface),
			fmt.Sprintf("%s addr add %s dev \"$LO\"", ipn, s.Addr),
			fmt.Sprintf("%s link set \"$LO\" up", ipn),
		}
	case lab.OpSysctl:
		if s.OS != "" && s.OS != "linux" {
			return []string{fmt.Sprintf("# (%s only: %s=%s in %s)", s.OS, s.Key, s.Value, s.Node)}
		}
		path, err := sysctlPath(s.Key)
		if err != nil {
			return []string{"# unknown sysctl " + s.Key}
		}
		return []string{fmt.Sprintf("ip netns exec %s sysctl -qw %s=%s", ns(s.Node), strings.ReplaceAll(path, "/", "."), s.Value)}
	case lab.OpRoute:
		return []string{fmt.Sprintf("%s route add %s via %s", ipn, routeDst(s.Route.Dst), s.Route.Via)}
	case lab.OpDaemon:
		dir := `"$D/` + s.Node + `"`
		return []string{
			"mkdir -p " + dir,
			// Unquoted here-document: $LO expands; BIRD configs hold no other $ or backquote.
			fmt.Sprintf("cat > \"$D/%s/bird.conf\" <<EOF\n%sEOF", s.Node, s.Daemon.BirdConfig("$LO")),
			fmt.Sprintf("ip netns exec %s bird -c \"$D/%s/bird.conf\" -s \"$D/%s/bird.ctl\" -P \"$D/%s/bird.pid\"",
				ns(s.Node), s.Node, s.Node, s.Node),
		}
	}
	return []string{fmt.Sprintf("# step %s: op %q has no linux command", s.ID, s.Op)}
}
