package lab

import (
	"net/netip"
	"strings"
	"testing"
)

var (
	mp = netip.MustParsePrefix
	ma = netip.MustParseAddr
)

// fullSpec uses every kind of step Compile makes: a tunable, nodes, a segment with a host
// address, a bridged link, a routed link, a link without addresses, loopbacks, sysctls,
// routes and a daemon.
func fullSpec() *Spec {
	return &Spec{
		Scenario: "unit",
		Host:     Node{Name: HostNode, Routes: []Route{{Dst: mp("192.0.2.0/24"), Via: ma("192.0.2.1")}}},
		Nodes: []Node{
			{Name: "a", LoopbackUp: true, Loopbacks: []netip.Prefix{mp("198.51.100.1/32")},
				Sysctls: []Sysctl{{Key: SysctlForwarding, Value: "1"}},
				Routes:  []Route{{Dst: mp("0.0.0.0/0"), Via: ma("192.0.2.3")}}},
			{Name: "b-2"},
		},
		Segments:   []Segment{{Name: "br0", Kind: AttachBridge, MTU: 9000, Addrs: []netip.Prefix{mp("192.0.2.254/24")}}},
		HostTuning: []Sysctl{{Key: SysctlRxBacklog, Value: "8000", OS: "linux"}},
		Links: []Link{
			{Unit: 0, A: Endpoint{Node: HostNode, Iface: "epair0a", Addrs: []netip.Prefix{mp("192.0.2.0/31")}},
				B: Endpoint{Node: "a", Iface: "epair0b", Addrs: []netip.Prefix{mp("192.0.2.1/31")}}},
			{Unit: 1, MTU: 9000, A: Endpoint{Node: HostNode, Iface: "epair1a", Segment: "br0"},
				B: Endpoint{Node: "b-2", Iface: "epair1b", Addrs: []netip.Prefix{mp("192.0.2.10/24")}}},
			{Unit: 2, A: Endpoint{Node: "a", Iface: "epair2a"}, B: Endpoint{Node: "b-2", Iface: "epair2b"}},
		},
		Daemons: []Daemon{{Node: "a", OSPF: &OSPFConfig{Ifaces: []OSPFIface{{Name: "epair0b", Hello: 1, Dead: 4}}}}},
	}
}

func TestCompileOrdersByPhaseAndDependencies(t *testing.T) {
	p, err := Compile(fullSpec())
	if err != nil {
		t.Fatal(err)
	}
	phase := map[string]Phase{}
	for i, s := range p.Steps {
		if i > 0 && s.Phase < p.Steps[i-1].Phase {
			t.Errorf("step %d %q (phase %s) after %q (phase %s): steps not ordered by phase",
				i, s.ID, s.Phase, p.Steps[i-1].ID, p.Steps[i-1].Phase)
		}
		if _, dup := phase[s.ID]; dup {
			t.Errorf("step id %q appears twice", s.ID)
		}
		phase[s.ID] = s.Phase
	}
	for _, s := range p.Steps {
		for _, d := range s.Deps {
			ph, ok := phase[d]
			if !ok {
				t.Errorf("step %q depends on %q, which is not in the plan", s.ID, d)
			} else if ph >= s.Phase {
				t.Errorf("step %q (phase %s) depends on %q of phase %s, not an earlier one", s.ID, s.Phase, d, ph)
			}
		}
	}

	// What each phase holds, by op.
	count := map[Phase]map[Op]int{}
	for _, s := range p.Steps {
		if count[s.Phase] == nil {
			count[s.Phase] = map[Op]int{}
		}
		count[s.Phase][s.Op]++
	}
	want := map[Phase]map[Op]int{
		PhaseTune:     {OpTune: 1},
		PhaseNodes:    {OpNode: 3}, // host role, a, b-2
		PhaseSegments: {OpSegment: 1},
		PhaseLinks:    {OpLink: 3},
		// br0's host address, 3 link addresses; epair2a, epair2b only come up;
		// a's lo up and lo1 address.
		PhaseAddrs:   {OpAddr: 4, OpUp: 2, OpLoopbackUp: 1, OpLoopbackAddr: 1},
		PhaseSysctls: {OpSysctl: 1},
		PhaseRoutes:  {OpRoute: 2},
		PhaseDaemons: {OpDaemon: 1},
		// The bridge port epair1a opens only once the daemons run.
		PhaseRelease: {OpUp: 1},
	}
	for ph := PhaseTune; ph < numPhases; ph++ {
		for op, n := range want[ph] {
			if count[ph][op] != n {
				t.Errorf("phase %s: %d %s steps, want %d", ph, count[ph][op], op, n)
			}
		}
		for op, n := range count[ph] {
			if _, ok := want[ph][op]; !ok {
				t.Errorf("phase %s: unexpected %d %s steps", ph, n, op)
			}
		}
	}
}

func TestCompileStepContents(t *testing.T) {
	p, err := Compile(fullSpec())
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Step{}
	for _, s := range p.Steps {
		byID[s.ID] = s
	}
	get := func(id string) Step {
		t.Helper()
		s, ok := byID[id]
		if !ok {
			t.Fatalf("no step %q in the plan", id)
		}
		return s
	}
	if s := get("tune:" + SysctlRxBacklog); s.Value != "8000" || s.OS != "linux" || s.Node != HostNode {
		t.Errorf("tune step = %+v", s)
	}
	if s := get("segment:br0"); s.MTU != 9000 || s.Iface != "br0" || s.Segment == nil || s.Segment.Name != "br0" {
		t.Errorf("segment step = %+v", s)
	}
	// The bridged link depends on its segment as well as on both nodes.
	l := get("link:host/epair1a:b-2/epair1b")
	if !hasAll(l.Deps, "node:host", "node:b-2", "segment:br0") || l.MTU != 9000 || l.Link == nil || l.Link.Unit != 1 {
		t.Errorf("bridged link step = %+v", l)
	}
	if s := get("addr:b-2:epair1b:192.0.2.10/24"); s.MTU != 9000 || s.Addr != mp("192.0.2.10/24") || !hasAll(s.Deps, "link:host/epair1a:b-2/epair1b") {
		t.Errorf("address step = %+v", s)
	}
	if s := get("up:host:epair1a"); s.MTU != 9000 || s.Op != OpUp {
		t.Errorf("bridge port step = %+v", s)
	}
	if s := get("addr:host:br0:192.0.2.254/24"); s.Iface != "br0" || !hasAll(s.Deps, "segment:br0") {
		t.Errorf("segment address step = %+v", s)
	}
	if s := get("lo1:a:198.51.100.1/32"); s.Iface != "lo1" || s.Op != OpLoopbackAddr {
		t.Errorf("loopback step = %+v", s)
	}
	if s := get("route:a:0.0.0.0/0"); s.Route == nil || s.Route.Via != ma("192.0.2.3") {
		t.Errorf("route step = %+v", s)
	}
	if s := get("route:host:192.0.2.0/24"); s.Route == nil || s.Route.Via != ma("192.0.2.1") {
		t.Errorf("host route step = %+v", s)
	}
	if s := get("daemon:a"); s.Daemon == nil || s.Daemon.Node != "a" {
		t.Errorf("daemon step = %+v", s)
	}
	if s := get("sysctl:a:" + SysctlForwarding); s.Value != "1" {
		t.Errorf("sysctl step = %+v", s)
	}
}

func hasAll(deps []string, want ...string) bool {
	set := map[string]bool{}
	for _, d := range deps {
		set[d] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}

func TestPhasesAndBuild(t *testing.T) {
	p, err := Compile(fullSpec())
	if err != nil {
		t.Fatal(err)
	}
	groups := p.Phases()
	if len(groups) != int(numPhases) {
		t.Fatalf("%d phase groups, want %d (every phase is used)", len(groups), numPhases)
	}
	total := 0
	for i, g := range groups {
		for _, s := range g {
			if s.Phase != Phase(i) {
				t.Errorf("group %d holds step %q of phase %s", i, s.ID, s.Phase)
			}
		}
		total += len(g)
	}
	if total != len(p.Steps) {
		t.Errorf("groups hold %d steps, plan has %d", total, len(p.Steps))
	}
	build, release := p.Build(), p.Release()
	if len(build) != int(PhaseDaemons) || len(release) != int(numPhases-PhaseDaemons-1) {
		t.Fatalf("Build has %d groups and Release %d, want %d and %d (daemons between them)",
			len(build), len(release), PhaseDaemons, numPhases-PhaseDaemons-1)
	}
	for _, g := range build {
		if g[0].Phase >= PhaseDaemons {
			t.Errorf("Build includes phase %s", g[0].Phase)
		}
	}
	for _, g := range release {
		if g[0].Phase <= PhaseDaemons {
			t.Errorf("Release includes phase %s", g[0].Phase)
		}
	}

	// Empty phases are skipped: a spec with one bare node has nodes only.
	p, err = Compile(&Spec{Host: Node{Name: HostNode}, Nodes: []Node{{Name: "x"}}})
	if err != nil {
		t.Fatal(err)
	}
	if g := p.Phases(); len(g) != 1 || g[0][0].Phase != PhaseNodes || len(g[0]) != 2 {
		t.Errorf("Phases of a bare node = %+v, want one nodes group of 2", g)
	}
}

func TestPhaseString(t *testing.T) {
	for ph, want := range map[Phase]string{PhaseTune: "tune", PhaseNodes: "nodes", PhaseSegments: "segments",
		PhaseLinks: "links", PhaseAddrs: "addresses", PhaseSysctls: "sysctls", PhaseRoutes: "routes",
		PhaseDaemons: "daemons", PhaseRelease: "release", numPhases: "phase(9)", -1: "phase(-1)"} {
		if got := ph.String(); got != want {
			t.Errorf("Phase(%d).String() = %q, want %q", int(ph), got, want)
		}
	}
}

func TestCompileRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(s *Spec)
		want   []string // substrings the error must contain
	}{
		{"host misnamed", func(s *Spec) { s.Host.Name = "root" }, []string{`host role must be named "host", not "root"`}},
		{"duplicate node", func(s *Spec) { s.Nodes = append(s.Nodes, Node{Name: "a"}) }, []string{`node "a" defined twice`}},
		{"node named like the host role", func(s *Spec) { s.Nodes = append(s.Nodes, Node{Name: HostNode}) }, []string{`node "host" defined twice`}},
		{"bad node name", func(s *Spec) { s.Nodes[1].Name = "B_2" }, []string{`node name "B_2"`}},
		{"link to unknown node", func(s *Spec) { s.Links[2].B.Node = "ghost" }, []string{`unknown node "ghost"`}},
		{"daemon on unknown node", func(s *Spec) { s.Daemons[0].Node = "ghost" }, []string{`daemon: unknown node "ghost"`}},
		{"link to unknown segment", func(s *Spec) { s.Links[1].A.Segment = "br9" }, []string{`unknown segment "br9"`}},
		{"node end on a segment", func(s *Spec) { s.Links[1].B.Segment = "br0" }, []string{`only the host role's end can join segment "br0"`}},
		{"duplicate segment", func(s *Spec) { s.Segments = append(s.Segments, s.Segments[0]) }, []string{`segment "br0" defined twice`}},
		{"unsupported attachment", func(s *Spec) { s.Segments[0].Kind = AttachVLAN }, []string{`segment "br0"`, `"vlan" is not supported`}},
		{"bad segment name", func(s *Spec) { s.Segments[0].Name = "br 0"; s.Links[1].A.Segment = "br 0" }, []string{`interface name "br 0"`}},
		{"duplicate interface", func(s *Spec) { s.Links[2].A.Iface = "epair0b" }, []string{"interface epair0b defined twice on node a"}},
		{"16-char interface", func(s *Spec) { s.Links[0].B.Iface = "epair0btoolong12" }, []string{`"epair0btoolong12"`, "1 to 15 characters"}},
		{"IPv6 link address", func(s *Spec) { s.Links[0].B.Addrs = []netip.Prefix{mp("2001:db8::1/64")} },
			[]string{"a/epair0b", "2001:db8::1/64", "only IPv4"}},
		{"IPv6 loopback", func(s *Spec) { s.Nodes[0].Loopbacks = []netip.Prefix{mp("2001:db8::1/128")} },
			[]string{"a/lo1", "2001:db8::1/128", "only IPv4"}},
		{"IPv6 segment address", func(s *Spec) { s.Segments[0].Addrs = []netip.Prefix{mp("2001:db8::fe/64")} },
			[]string{"segment br0", "2001:db8::fe/64", "only IPv4"}},
		{"invalid address", func(s *Spec) { s.Links[0].A.Addrs = []netip.Prefix{{}} }, []string{"host/epair0a: invalid address"}},
		{"IPv6 route gateway", func(s *Spec) { s.Nodes[0].Routes = []Route{{Dst: mp("0.0.0.0/0"), Via: ma("2001:db8::1")}} },
			[]string{"node a: route", "2001:db8::1", "only IPv4"}},
		{"IPv6 route destination", func(s *Spec) { s.Host.Routes = []Route{{Dst: mp("2001:db8::/32"), Via: ma("192.0.2.1")}} },
			[]string{"node host: route", "2001:db8::/32", "only IPv4"}},
		{"route without gateway", func(s *Spec) { s.Nodes[0].Routes = []Route{{Dst: mp("0.0.0.0/0")}} }, []string{"node a: route", "only IPv4"}},
		{"link mtu too small", func(s *Spec) { s.Links[0].MTU = 575 }, []string{"link epair0a: mtu 575 out of range 576..65535"}},
		{"link mtu too big", func(s *Spec) { s.Links[1].MTU = 65536 }, []string{"link epair1a: mtu 65536 out of range"}},
		{"negative link mtu", func(s *Spec) { s.Links[2].MTU = -1 }, []string{"link epair2a: mtu -1 out of range"}},
		{"two routes to one destination", func(s *Spec) {
			s.Nodes[0].Routes = append(s.Nodes[0].Routes, Route{Dst: mp("0.0.0.0/0"), Via: ma("192.0.2.0")})
		}, []string{"route:a:0.0.0.0/0"}},
		{"two daemons on one node", func(s *Spec) { s.Daemons = append(s.Daemons, s.Daemons[0]) }, []string{"daemon:a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fullSpec()
			tt.mutate(s)
			p, err := Compile(s)
			if err == nil {
				t.Fatalf("Compile accepted the spec: %d steps", len(p.Steps))
			}
			if p != nil {
				t.Error("Compile returned a plan along with its error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// TestCompileRejectsBadSegmentMTU: a bridge's MTU is as bad as a link's when out of range;
// Validate must refuse it before anything is created.
func TestCompileRejectsBadSegmentMTU(t *testing.T) {
	for _, mtu := range []int{-1, 100, 575, 65536} {
		s := fullSpec()
		s.Segments[0].MTU = mtu
		if _, err := Compile(s); err == nil || !strings.Contains(err.Error(), "mtu") {
			t.Errorf("segment mtu %d: Compile error = %v, want one about the mtu", mtu, err)
		}
	}
}

func TestCompileReportsEveryProblem(t *testing.T) {
	s := fullSpec()
	s.Nodes = append(s.Nodes, Node{Name: "a"})
	s.Links[0].MTU = 1
	s.Daemons[0].Node = "ghost"
	_, err := Compile(s)
	if err == nil {
		t.Fatal("Compile accepted a spec with three problems")
	}
	for _, w := range []string{`node "a" defined twice`, "mtu 1 out of range", `unknown node "ghost"`} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %q", err, w)
		}
	}
}

func TestValidateAcceptsFullSpec(t *testing.T) {
	if err := Validate(fullSpec()); err != nil {
		t.Fatalf("Validate(fullSpec) = %v", err)
	}
}

func TestStepInverse(t *testing.T) {
	seg := &Segment{Name: "br0"}
	link := &Link{Unit: 3}
	d := &Daemon{Node: "a"}
	tests := []struct {
		op   Op
		want Op
	}{
		{OpTune, OpUntune},
		{OpNode, OpNodeDestroy},
		{OpSegment, OpSegmentDelete},
		{OpLink, OpLinkDestroy},
		{OpDaemon, OpDaemonStop},
		{OpLoopbackUp, OpOwnedUndo},
		{OpLoopbackAddr, OpOwnedUndo},
		{OpAddr, OpOwnedUndo},
		{OpUp, OpOwnedUndo},
		{OpSysctl, OpOwnedUndo},
		{OpRoute, OpOwnedUndo},
	}
	for _, tt := range tests {
		s := Step{ID: "x:" + string(tt.op), Phase: PhaseLinks, Op: tt.op, Node: "a", Iface: "e0", Key: "k", Value: "v",
			Segment: seg, Link: link, Daemon: d}
		inv := s.Inverse()
		if inv.Op != tt.want {
			t.Errorf("%s.Inverse().Op = %s, want %s", tt.op, inv.Op, tt.want)
		}
		if inv.ID != "undo:"+s.ID {
			t.Errorf("%s.Inverse().ID = %q, want %q", tt.op, inv.ID, "undo:"+s.ID)
		}
		if inv.Phase != s.Phase || inv.Node != "a" || inv.Iface != "e0" || inv.Key != "k" ||
			inv.Segment != seg || inv.Link != link || inv.Daemon != d {
			t.Errorf("%s.Inverse() = %+v: does not keep what undoing needs", tt.op, inv)
		}
	}
}

// Every step of a compiled plan has an inverse that is an undo, never another create.
func TestPlanInversesAreUndos(t *testing.T) {
	p, err := Compile(fullSpec())
	if err != nil {
		t.Fatal(err)
	}
	undo := map[Op]bool{OpUntune: true, OpNodeDestroy: true, OpSegmentDelete: true, OpLinkDestroy: true,
		OpDaemonStop: true, OpOwnedUndo: true}
	for _, s := range p.Steps {
		if inv := s.Inverse(); !undo[inv.Op] {
			t.Errorf("step %q (%s): inverse op %q is not an undo", s.ID, s.Op, inv.Op)
		}
	}
}

func TestNodeByName(t *testing.T) {
	s := fullSpec()
	if n, ok := s.NodeByName(HostNode); !ok || n.Name != HostNode || len(n.Routes) != 1 {
		t.Errorf("NodeByName(host) = %+v, %v", n, ok)
	}
	if n, ok := s.NodeByName("a"); !ok || !n.LoopbackUp {
		t.Errorf("NodeByName(a) = %+v, %v", n, ok)
	}
	if _, ok := s.NodeByName("ghost"); ok {
		t.Error("NodeByName(ghost) found a node")
	}
}

// checkDeps is what makes phase-by-phase execution safe; it must refuse a plan whose steps
// depend on the same or a later phase, on a step that does not exist, or repeat an id.
func TestCheckDeps(t *testing.T) {
	tests := []struct {
		name  string
		steps []Step
		want  string
	}{
		{"same phase", []Step{{ID: "a", Phase: PhaseLinks}, {ID: "b", Phase: PhaseLinks, Deps: []string{"a"}}},
			`plan: step "b" (phase links) depends on "a" of phase links`},
		{"later phase", []Step{{ID: "a", Phase: PhaseRoutes}, {ID: "b", Phase: PhaseNodes, Deps: []string{"a"}}},
			`step "b" (phase nodes) depends on "a" of phase routes`},
		{"unknown", []Step{{ID: "a", Phase: PhaseNodes, Deps: []string{"ghost"}}}, `step "a" depends on unknown step "ghost"`},
		{"duplicate", []Step{{ID: "a", Phase: PhaseNodes}, {ID: "a", Phase: PhaseLinks}}, `plan: duplicate step "a"`},
	}
	for _, tt := range tests {
		err := (&Plan{Steps: tt.steps}).checkDeps()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: checkDeps = %v, want %q", tt.name, err, tt.want)
		}
	}
	ok := &Plan{Steps: []Step{{ID: "a", Phase: PhaseNodes}, {ID: "b", Phase: PhaseLinks, Deps: []string{"a"}}}}
	if err := ok.checkDeps(); err != nil {
		t.Errorf("valid plan: %v", err)
	}
}
