package scenarios

import (
	"net/netip"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	ma = netip.MustParseAddr
	mp = netip.MustParsePrefix
)

func mustBuild(t *testing.T, arg string, sets ...string) *lab.Spec {
	t.Helper()
	spec, err := Build(arg, sets)
	if err != nil {
		t.Fatalf("Build(%q, %q): %v", arg, sets, err)
	}
	return spec
}

func TestBuildSizeShorthand(t *testing.T) {
	short := mustBuild(t, "chain-5")
	long := mustBuild(t, "chain", "hops=5")
	if !reflect.DeepEqual(short, long) {
		t.Errorf("chain-5 and chain --set hops=5 differ:\n%+v\n%+v", short, long)
	}
	if def := mustBuild(t, "chain"); !reflect.DeepEqual(def, long) {
		t.Error("chain with its default differs from chain --set hops=5")
	}
	if short.Scenario != "chain" || short.Params["hops"] != "5" || short.Host.Name != lab.HostNode {
		t.Errorf("chain-5: scenario %q, params %v, host %q", short.Scenario, short.Params, short.Host.Name)
	}
	if got := len(mustBuild(t, "chain-7").Nodes); got != 7 {
		t.Errorf("chain-7 has %d nodes, want 7", got)
	}
	if got := len(mustBuild(t, "bridge-4").Nodes); got != 4 {
		t.Errorf("bridge-4 has %d nodes, want 4", got)
	}
	if got := len(mustBuild(t, "ospf-3", "timers=fast").Nodes); got != 3 {
		t.Errorf("ospf-3 has %d nodes, want 3", got)
	}
	// The shorthand is validated like --set.
	if _, err := Build("chain-0", nil); err == nil || !strings.Contains(err.Error(), "hops=0: must be between 1 and 127") {
		t.Errorf("chain-0: error %v", err)
	}
	if _, err := Build("chain-128", nil); err == nil || !strings.Contains(err.Error(), "hops=128") {
		t.Errorf("chain-128: error %v", err)
	}
}

func TestBuildUnknownScenario(t *testing.T) {
	for _, arg := range []string{"nope", "chain5", "chain-", "-5", "isolated-3", "host-link-2", "Chain-5", ""} {
		_, err := Build(arg, nil)
		if err == nil {
			t.Errorf("Build(%q) accepted an unknown scenario", arg)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "unknown scenario") || !strings.Contains(msg, "\""+arg+"\"") {
			t.Errorf("Build(%q) = %q: does not name the unknown scenario", arg, msg)
		}
		if !strings.Contains(msg, "known: bridge, chain, host-link, isolated, ospf") {
			t.Errorf("Build(%q) = %q: does not list the known scenarios", arg, msg)
		}
	}
}

func TestBuildBadSet(t *testing.T) {
	tests := []struct {
		arg  string
		set  string
		want string
	}{
		{"chain", "hops", `--set "hops": want key=value`},
		{"chain", "=5", `--set "=5": want key=value`},
		{"chain", "", `--set "": want key=value`},
		{"chain", "hops=x", `scenario chain: hops="x": not an integer`},
		{"chain", "hops=", `hops="": not an integer`},
		{"chain", "hops=5.5", `hops="5.5": not an integer`},
		{"chain", "hops=0", "scenario chain: hops=0: must be between 1 and 127"},
		{"chain", "hops=-3", "hops=-3: must be between 1 and 127"},
		{"chain", "hops=128", "hops=128: must be between 1 and 127"},
		{"chain", "jails=3", `scenario chain has no parameter "jails" (it has: hops)`},
		{"isolated", "hops=1", `scenario isolated has no parameter "hops"`},
		{"ospf", "timers=bogus", `scenario ospf: timers="bogus": must be one of seed, fast`},
		{"ospf", "tuning=max", `tuning="max": must be one of auto, `},
		{"ospf", "nodes=1", "nodes=1: must be between 2 and 3582"},
		{"ospf", "mtu=500", "mtu=500: must be between 576 and 65535"},
		{"ospf", "color=red", `scenario ospf has no parameter "color" (it has: nodes, mtu, hello, dead, attach, timers, tuning)`},
		{"bridge", "jails=254", "jails=254: must be between 1 and 253"},
	}
	for _, tt := range tests {
		_, err := Build(tt.arg, []string{tt.set})
		if err == nil {
			t.Errorf("Build(%s, --set %q) succeeded", tt.arg, tt.set)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Build(%s, --set %q) = %q, want it to contain %q", tt.arg, tt.set, err, tt.want)
		}
	}
}

// TestCatalogue: every scenario is described, builds with its defaults into a spec that
// compiles, and every default passes its own parameter's check.
func TestCatalogue(t *testing.T) {
	all := All()
	var names []string
	for _, s := range all {
		names = append(names, s.Name)
	}
	if !sort.StringsAreSorted(names) || strings.Join(names, ",") != "bridge,chain,host-link,isolated,ospf" {
		t.Errorf("All() = %v, want the five scenarios sorted", names)
	}
	for _, sc := range all {
		if sc.Purpose == "" || sc.Source == "" {
			t.Errorf("%s: no purpose or source", sc.Name)
		}
		if sc.Size != "" {
			if _, ok := sc.param(sc.Size); !ok {
				t.Errorf("%s: size parameter %q is not one of its parameters", sc.Name, sc.Size)
			}
		}
		for _, p := range sc.Params {
			if err := p.check(p.Default); err != nil {
				t.Errorf("%s: default %s=%s fails its own check: %v", sc.Name, p.Name, p.Default, err)
			}
		}
		spec := mustBuild(t, sc.Name)
		if spec.Scenario != sc.Name || len(spec.Params) != len(sc.Params) {
			t.Errorf("%s: spec scenario %q params %v", sc.Name, spec.Scenario, spec.Params)
		}
		if _, err := lab.Compile(spec); err != nil {
			t.Errorf("%s with defaults does not compile: %v", sc.Name, err)
		}
		if len(spec.Checks) == 0 {
			t.Errorf("%s makes no promise (no checks)", sc.Name)
		}
	}
}

func TestIsolatedAndHostLink(t *testing.T) {
	iso := mustBuild(t, "isolated")
	if len(iso.Nodes) != 1 || iso.Nodes[0].Name != "useless" || !iso.Nodes[0].LoopbackUp || len(iso.Links) != 0 {
		t.Errorf("isolated: %+v", iso.Nodes)
	}
	kinds := map[lab.CheckKind]int{}
	for _, c := range iso.Checks {
		kinds[c.Kind]++
	}
	if kinds[lab.CheckLinkUp] != 1 || kinds[lab.CheckRouteCount] != 1 || kinds[lab.CheckLinkDown] != 1 {
		t.Errorf("isolated checks: %+v", iso.Checks)
	}

	hl := mustBuild(t, "host-link")
	if len(hl.Links) != 1 {
		t.Fatalf("host-link: %d links", len(hl.Links))
	}
	l := hl.Links[0]
	if l.A.Node != lab.HostNode || l.A.Iface != "epair0a" || !reflect.DeepEqual(l.A.Addrs, []netip.Prefix{mp("192.0.2.1/24")}) ||
		l.B.Node != "jvnet" || l.B.Iface != "epair0b" || !reflect.DeepEqual(l.B.Addrs, []netip.Prefix{mp("192.0.2.2/24")}) {
		t.Errorf("host-link link: %+v", l)
	}
	var absent bool
	for _, c := range hl.Checks {
		if c.Kind == lab.CheckLinkAbsent && c.Node == lab.HostNode && c.Iface == "epair0b" {
			absent = true
		}
	}
	if !absent {
		t.Error("host-link does not check that the host cannot see epair0b")
	}
}

func TestBridge(t *testing.T) {
	for _, n := range []int{1, 2, 3, 253} {
		spec := mustBuild(t, "bridge", "jails="+strconv.Itoa(n))
		if len(spec.Segments) != 1 || spec.Segments[0].Name != "bridge0" || spec.Segments[0].Kind != lab.AttachBridge ||
			!reflect.DeepEqual(spec.Segments[0].Addrs, []netip.Prefix{mp("192.0.2.254/24")}) {
			t.Errorf("bridge-%d segment: %+v", n, spec.Segments)
		}
		if len(spec.Nodes) != n || len(spec.Links) != n {
			t.Fatalf("bridge-%d: %d nodes, %d links", n, len(spec.Nodes), len(spec.Links))
		}
		seen := map[netip.Addr]bool{ma("192.0.2.254"): true}
		for i, l := range spec.Links {
			k := i + 1
			if l.Unit != k || l.A.Node != lab.HostNode || l.A.Iface != "epair"+strconv.Itoa(k)+"a" || l.A.Segment != "bridge0" || len(l.A.Addrs) != 0 {
				t.Errorf("bridge-%d link %d host end: %+v", n, k, l.A)
			}
			want := netip.PrefixFrom(addr(ma("192.0.2.0"), k), 24)
			if l.B.Node != "jail"+strconv.Itoa(k) || l.B.Iface != "epair"+strconv.Itoa(k)+"b" || len(l.B.Addrs) != 1 || l.B.Addrs[0] != want {
				t.Errorf("bridge-%d link %d jail end: %+v, want %s", n, k, l.B, want)
			}
			a := l.B.Addrs[0]
			if !mp("192.0.2.0/24").Contains(a.Addr()) || seen[a.Addr()] || a.Addr() == ma("192.0.2.255") {
				t.Errorf("bridge-%d: jail %d address %s is outside the /24, the broadcast or taken", n, k, a)
			}
			seen[a.Addr()] = true
		}
		// 2 pings per jail (to and from the host) and, with two jails or more, a ring.
		want := 2 * n
		if n > 1 {
			want += n
		}
		if len(spec.Checks) != want {
			t.Errorf("bridge-%d: %d checks, want %d", n, len(spec.Checks), want)
		}
		own := map[string]netip.Addr{lab.HostNode: ma("192.0.2.254")}
		for _, l := range spec.Links {
			own[l.B.Node] = l.B.Addrs[0].Addr()
		}
		for _, c := range spec.Checks {
			if c.Kind != lab.CheckPing || !c.Target.IsValid() {
				t.Errorf("bridge-%d: check %+v", n, c)
			}
			if a, ok := own[c.Node]; !ok || a == c.Target || !seen[c.Target] {
				t.Errorf("bridge-%d: check %q: %s pings %s (own address %s)", n, c.Name, c.Node, c.Target, a)
			}
		}
	}
	// bridge-3: jail i pings jail i%3+1.
	spec := mustBuild(t, "bridge-3")
	ring := map[string]netip.Addr{}
	for _, c := range spec.Checks {
		if c.Node != lab.HostNode && c.Target != ma("192.0.2.254") {
			ring[c.Node] = c.Target
		}
	}
	wantRing := map[string]netip.Addr{"jail1": ma("192.0.2.2"), "jail2": ma("192.0.2.3"), "jail3": ma("192.0.2.1")}
	if !reflect.DeepEqual(ring, wantRing) {
		t.Errorf("bridge-3 ring = %v, want %v", ring, wantRing)
	}
}

func TestAddr(t *testing.T) {
	tests := []struct {
		base string
		i    int
		want string
	}{
		{"192.0.2.0", 0, "192.0.2.0"},
		{"192.0.2.0", 255, "192.0.2.255"},
		{"192.0.2.0", 256, "192.0.3.0"},
		{"198.51.100.0", 480, "198.51.101.224"},
		{"10.255.255.255", 1, "11.0.0.0"},
	}
	for _, tt := range tests {
		if got := addr(ma(tt.base), tt.i); got != ma(tt.want) {
			t.Errorf("addr(%s, %d) = %s, want %s", tt.base, tt.i, got, tt.want)
		}
	}
}
