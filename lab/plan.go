package lab

import (
	"errors"
	"fmt"
	"net/netip"
	"slices"
)

// Phase orders a plan: every step of a phase may run concurrently, and a phase starts only
// when the one before it has finished.
type Phase int

// Phases, in execution order.
const (
	PhaseTune Phase = iota
	PhaseNodes
	PhaseSegments
	PhaseLinks
	PhaseAddrs
	PhaseSysctls
	PhaseRoutes
	PhaseDaemons
	// PhaseRelease opens the segment ports once every daemon runs. Held down meanwhile, they
	// spare each starting daemon the hellos of all the others (N² deliveries on a shared
	// segment), and every daemon then sees its link come up at once.
	PhaseRelease
	numPhases
)

var phaseNames = [...]string{"tune", "nodes", "segments", "links", "addresses", "sysctls", "routes", "daemons", "release"}

func (p Phase) String() string {
	if p < 0 || p >= numPhases {
		return fmt.Sprintf("phase(%d)", int(p))
	}
	return phaseNames[p]
}

// Op is what a step does.
type Op string

// Ops. Each create has an inverse (Step.Inverse); those marked "owned" disappear with the node
// or segment that holds them, so teardown need not undo them one by one.
const (
	OpTune         Op = "tune"          // raise a kernel-global tunable (Key=Value)
	OpNode         Op = "node"          // create a node (jail / namespace)
	OpSegment      Op = "segment"       // create a shared segment in the host role
	OpLink         Op = "link"          // create a point-to-point pair, ends placed in their nodes
	OpLoopbackUp   Op = "loopback-up"   // bring the node's lo0/lo up (owned)
	OpLoopbackAddr Op = "loopback-addr" // clone lo1 (dummy) and put Addr on it (owned)
	OpAddr         Op = "addr"          // put Addr on Iface, set MTU, bring it up (owned)
	OpUp           Op = "up"            // set MTU and bring Iface up, no address (owned)
	OpSysctl       Op = "sysctl"        // set a per-node sysctl (owned)
	OpRoute        Op = "route"         // add a static route (owned)
	OpDaemon       Op = "daemon"        // start the node's daemon, supervised

	OpUntune        Op = "untune"
	OpNodeDestroy   Op = "node-destroy"
	OpSegmentDelete Op = "segment-destroy"
	OpLinkDestroy   Op = "link-destroy"
	OpDaemonStop    Op = "daemon-stop"
	OpOwnedUndo     Op = "owned-undo" // undone by destroying the owner
)

// Step is one action of a plan. Only the fields its Op needs are set.
type Step struct {
	ID    string   `json:"id"`
	Phase Phase    `json:"phase"`
	Op    Op       `json:"op"`
	Deps  []string `json:"deps,omitempty"`

	Node  string       `json:"node,omitempty"`
	Iface string       `json:"iface,omitempty"`
	Addr  netip.Prefix `json:"addr,omitzero"`
	MTU   int          `json:"mtu,omitempty"`

	Key   string `json:"key,omitempty"`
	Value string `json:"value,omitempty"`
	// OS restricts a tune or sysctl step to one platform; other platforms skip it.
	OS string `json:"os,omitempty"`

	Segment *Segment `json:"segment,omitempty"`
	Link    *Link    `json:"link,omitempty"`
	Route   *Route   `json:"route,omitempty"`
	Daemon  *Daemon  `json:"daemon,omitempty"`
}

// Inverse returns the step that undoes s. Owned steps return an OpOwnedUndo step: they vanish
// with their node or segment.
func (s Step) Inverse() Step {
	inv := Step{ID: "undo:" + s.ID, Phase: s.Phase, Node: s.Node, Iface: s.Iface, Key: s.Key,
		Segment: s.Segment, Link: s.Link, Daemon: s.Daemon}
	switch s.Op {
	case OpTune:
		inv.Op = OpUntune
	case OpNode:
		inv.Op = OpNodeDestroy
	case OpSegment:
		inv.Op = OpSegmentDelete
	case OpLink:
		inv.Op = OpLinkDestroy
	case OpDaemon:
		inv.Op = OpDaemonStop
	default:
		inv.Op = OpOwnedUndo
	}
	return inv
}

// Plan is a Spec compiled into ordered steps.
type Plan struct {
	Spec  *Spec  `json:"spec"`
	Steps []Step `json:"steps"`
}

// Phases groups the plan's steps by phase, in execution order, skipping empty phases.
func (p *Plan) Phases() [][]Step {
	var out [][]Step
	for ph := Phase(0); ph < numPhases; ph++ {
		var group []Step
		for _, s := range p.Steps {
			if s.Phase == ph {
				group = append(group, s)
			}
		}
		if len(group) > 0 {
			out = append(out, group)
		}
	}
	return out
}

// Build returns the phases before the daemons: the topology.
func (p *Plan) Build() [][]Step {
	var out [][]Step
	for _, g := range p.Phases() {
		if g[0].Phase < PhaseDaemons {
			out = append(out, g)
		}
	}
	return out
}

// Release returns the phases after the daemons started.
func (p *Plan) Release() [][]Step {
	var out [][]Step
	for _, g := range p.Phases() {
		if g[0].Phase > PhaseDaemons {
			out = append(out, g)
		}
	}
	return out
}

// Compile validates spec and turns it into a Plan. It fails, before anything is created, on
// invalid names, duplicates, dangling references and addresses of the wrong family.
func Compile(spec *Spec) (*Plan, error) {
	if err := Validate(spec); err != nil {
		return nil, err
	}
	p := &Plan{Spec: spec}
	add := func(s Step) { p.Steps = append(p.Steps, s) }
	nodeID := func(n string) string { return "node:" + n }

	for _, t := range spec.HostTuning {
		add(Step{ID: "tune:" + t.Key, Phase: PhaseTune, Op: OpTune, Node: HostNode, Key: t.Key, Value: t.Value, OS: t.OS})
	}
	add(Step{ID: nodeID(HostNode), Phase: PhaseNodes, Op: OpNode, Node: HostNode})
	for _, n := range spec.Nodes {
		add(Step{ID: nodeID(n.Name), Phase: PhaseNodes, Op: OpNode, Node: n.Name})
	}
	for i := range spec.Segments {
		sg := &spec.Segments[i]
		id := "segment:" + sg.Name
		add(Step{ID: id, Phase: PhaseSegments, Op: OpSegment, Node: HostNode, Iface: sg.Name, MTU: sg.MTU,
			Segment: sg, Deps: []string{nodeID(HostNode)}})
		for _, a := range sg.Addrs {
			add(Step{ID: "addr:" + HostNode + ":" + sg.Name + ":" + a.String(), Phase: PhaseAddrs, Op: OpAddr,
				Node: HostNode, Iface: sg.Name, Addr: a, MTU: sg.MTU, Deps: []string{id}})
		}
	}
	for i := range spec.Links {
		l := &spec.Links[i]
		id := fmt.Sprintf("link:%s/%s:%s/%s", l.A.Node, l.A.Iface, l.B.Node, l.B.Iface)
		deps := []string{nodeID(l.A.Node), nodeID(l.B.Node)}
		for _, e := range []Endpoint{l.A, l.B} {
			if e.Segment != "" {
				deps = append(deps, "segment:"+e.Segment)
			}
		}
		add(Step{ID: id, Phase: PhaseLinks, Op: OpLink, Link: l, MTU: l.MTU, Deps: deps})
		for _, e := range []Endpoint{l.A, l.B} {
			if len(e.Addrs) == 0 {
				phase := PhaseAddrs
				if e.Segment != "" && len(spec.Daemons) > 0 {
					phase = PhaseRelease
				}
				add(Step{ID: "up:" + e.Node + ":" + e.Iface, Phase: phase, Op: OpUp, Node: e.Node,
					Iface: e.Iface, MTU: l.MTU, Deps: []string{id}})
			}
			for _, a := range e.Addrs {
				add(Step{ID: "addr:" + e.Node + ":" + e.Iface + ":" + a.String(), Phase: PhaseAddrs, Op: OpAddr,
					Node: e.Node, Iface: e.Iface, Addr: a, MTU: l.MTU, Deps: []string{id}})
			}
		}
	}
	for _, n := range append([]Node{spec.Host}, spec.Nodes...) {
		if n.LoopbackUp {
			add(Step{ID: "lo:" + n.Name, Phase: PhaseAddrs, Op: OpLoopbackUp, Node: n.Name, Deps: []string{nodeID(n.Name)}})
		}
		for _, a := range n.Loopbacks {
			add(Step{ID: "lo1:" + n.Name + ":" + a.String(), Phase: PhaseAddrs, Op: OpLoopbackAddr, Node: n.Name,
				Iface: "lo1", Addr: a, Deps: []string{nodeID(n.Name)}})
		}
		for _, s := range n.Sysctls {
			add(Step{ID: "sysctl:" + n.Name + ":" + s.Key, Phase: PhaseSysctls, Op: OpSysctl, Node: n.Name,
				Key: s.Key, Value: s.Value, OS: s.OS, Deps: []string{nodeID(n.Name)}})
		}
		for i := range n.Routes {
			r := n.Routes[i]
			add(Step{ID: "route:" + n.Name + ":" + r.Dst.String(), Phase: PhaseRoutes, Op: OpRoute, Node: n.Name,
				Route: &r, Deps: []string{nodeID(n.Name)}})
		}
	}
	for i := range spec.Daemons {
		d := &spec.Daemons[i]
		add(Step{ID: "daemon:" + d.Node, Phase: PhaseDaemons, Op: OpDaemon, Node: d.Node, Daemon: d,
			Deps: []string{nodeID(d.Node)}})
	}
	slices.SortStableFunc(p.Steps, func(a, b Step) int { return int(a.Phase) - int(b.Phase) })
	if err := p.checkDeps(); err != nil {
		return nil, err
	}
	return p, nil
}

// checkDeps verifies that every dependency names a step of an earlier phase, which is what
// makes phase-by-phase execution respect dependencies.
func (p *Plan) checkDeps() error {
	phaseOf := make(map[string]Phase, len(p.Steps))
	for _, s := range p.Steps {
		if _, dup := phaseOf[s.ID]; dup {
			return fmt.Errorf("plan: duplicate step %q", s.ID)
		}
		phaseOf[s.ID] = s.Phase
	}
	for _, s := range p.Steps {
		for _, d := range s.Deps {
			ph, ok := phaseOf[d]
			if !ok {
				return fmt.Errorf("plan: step %q depends on unknown step %q", s.ID, d)
			}
			if ph >= s.Phase {
				return fmt.Errorf("plan: step %q (phase %s) depends on %q of phase %s", s.ID, s.Phase, d, ph)
			}
		}
	}
	return nil
}

// Validate checks a spec's names and references without compiling it.
func Validate(spec *Spec) error {
	var errs []error
	nodes := map[string]bool{HostNode: true}
	if spec.Host.Name != HostNode {
		errs = append(errs, fmt.Errorf("host role must be named %q, not %q", HostNode, spec.Host.Name))
	}
	for _, n := range spec.Nodes {
		if err := ValidateNodeName(n.Name); err != nil {
			errs = append(errs, err)
			continue
		}
		if nodes[n.Name] {
			errs = append(errs, fmt.Errorf("node %q defined twice", n.Name))
		}
		nodes[n.Name] = true
	}
	segments := map[string]bool{}
	for _, sg := range spec.Segments {
		if err := ValidateIfaceName(sg.Name); err != nil {
			errs = append(errs, fmt.Errorf("segment: %w", err))
		}
		if sg.Kind != AttachBridge {
			errs = append(errs, fmt.Errorf("segment %q: attachment %q is not supported yet (only %q)", sg.Name, sg.Kind, AttachBridge))
		}
		if segments[sg.Name] {
			errs = append(errs, fmt.Errorf("segment %q defined twice", sg.Name))
		}
		segments[sg.Name] = true
		errs = append(errs, checkPrefixes("segment "+sg.Name, sg.Addrs)...)
		if err := checkMTU(sg.MTU); err != nil {
			errs = append(errs, fmt.Errorf("segment %s: %w", sg.Name, err))
		}
	}
	ifaces := map[string]bool{} // node/iface
	for _, l := range spec.Links {
		for _, e := range []Endpoint{l.A, l.B} {
			if !nodes[e.Node] {
				errs = append(errs, fmt.Errorf("link %s-%s: unknown node %q", l.A.Iface, l.B.Iface, e.Node))
			}
			if err := ValidateIfaceName(e.Iface); err != nil {
				errs = append(errs, fmt.Errorf("link on %s: %w", e.Node, err))
			}
			key := e.Node + "/" + e.Iface
			if ifaces[key] {
				errs = append(errs, fmt.Errorf("interface %s defined twice on node %s", e.Iface, e.Node))
			}
			ifaces[key] = true
			if e.Segment != "" && !segments[e.Segment] {
				errs = append(errs, fmt.Errorf("link %s: unknown segment %q", e.Iface, e.Segment))
			}
			if e.Segment != "" && e.Node != HostNode {
				errs = append(errs, fmt.Errorf("link %s: only the host role's end can join segment %q", e.Iface, e.Segment))
			}
			errs = append(errs, checkPrefixes(e.Node+"/"+e.Iface, e.Addrs)...)
		}
		if err := checkMTU(l.MTU); err != nil {
			errs = append(errs, fmt.Errorf("link %s: %w", l.A.Iface, err))
		}
	}
	for _, n := range append([]Node{spec.Host}, spec.Nodes...) {
		errs = append(errs, checkPrefixes(n.Name+"/lo1", n.Loopbacks)...)
		for _, r := range n.Routes {
			if !r.Dst.IsValid() || !r.Via.IsValid() || !r.Dst.Addr().Is4() || !r.Via.Is4() {
				errs = append(errs, fmt.Errorf("node %s: route %v: only IPv4 destinations and gateways are supported", n.Name, r))
			}
		}
	}
	for _, d := range spec.Daemons {
		if !nodes[d.Node] {
			errs = append(errs, fmt.Errorf("daemon: unknown node %q", d.Node))
		}
	}
	return errors.Join(errs...)
}

// checkMTU accepts 0 (the platform default) or 576..65535.
func checkMTU(mtu int) error {
	if mtu != 0 && (mtu < 576 || mtu > 65535) {
		return fmt.Errorf("mtu %d out of range 576..65535", mtu)
	}
	return nil
}

func checkPrefixes(where string, ps []netip.Prefix) []error {
	var errs []error
	for _, p := range ps {
		if !p.IsValid() {
			errs = append(errs, fmt.Errorf("%s: invalid address", where))
		} else if !p.Addr().Is4() {
			errs = append(errs, fmt.Errorf("%s: %s: only IPv4 addresses are supported", where, p))
		}
	}
	return errs
}
