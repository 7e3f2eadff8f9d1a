package bird

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// OSPFSummary is "show ospf": the protocol-wide view of one OSPF instance.
type OSPFSummary struct {
	Proto      string // protocol name, "ospf1"
	RFC1583    bool   // RFC 1583 compatibility enabled
	StubRouter bool
	Tick       int // RT scheduler tick
	LSAs       int // LSAs in the database, all areas together
	Areas      []OSPFArea
}

// OSPFArea is one area of "show ospf".
type OSPFArea struct {
	ID        netip.Addr // area id in dotted form, 0.0.0.0 for the backbone
	Backbone  bool
	Stub      bool
	NSSA      bool
	Transit   bool
	Ifaces    int // interfaces in the area
	Neighbors int // neighbors in any state
	Adjacent  int // neighbors in state Full
}

// ParseOSPF parses the birdc output of "show ospf [proto]". It returns an error wrapping
// ErrNotUp when BIRD reports the protocol is not up.
func ParseOSPF(text []byte) (OSPFSummary, error) {
	var (
		s        OSPFSummary
		area     *OSPFArea
		numAreas = -1
	)
	for _, l := range textLines(text) {
		name, ok, err := protoHeader(l)
		if err != nil {
			return OSPFSummary{}, err
		}
		if ok {
			if s.Proto != "" {
				return OSPFSummary{}, l.errorf("second protocol %q in one summary", name)
			}
			s.Proto = name
			continue
		}
		// Lines without a colon (the networks listed under "Area networks:") and keys this
		// parser does not know are skipped: newer BIRD versions add lines.
		key, val, ok := keyValue(l.s)
		if !ok {
			continue
		}
		switch key {
		case "RFC1583 compatibility":
			s.RFC1583 = val == "enabled"
		case "Stub router":
			s.StubRouter, err = parseYesNo(l, key, val)
		case "RT scheduler tick":
			s.Tick, err = parseInt(l, key, val)
		case "Number of areas":
			numAreas, err = parseInt(l, key, val)
		case "Number of LSAs in DB":
			s.LSAs, err = parseInt(l, key, val)
		case "Area":
			// "0.0.0.0 (0) [BACKBONE]"
			f := strings.Fields(val)
			if len(f) == 0 {
				return OSPFSummary{}, l.errorf("area line without an area id")
			}
			id, err := parseAddr(l, "area id", f[0])
			if err != nil {
				return OSPFSummary{}, err
			}
			s.Areas = append(s.Areas, OSPFArea{ID: id, Backbone: strings.Contains(val, "[BACKBONE]")})
			area = &s.Areas[len(s.Areas)-1]
		case "Stub", "NSSA", "Transit", "Number of interfaces", "Number of neighbors", "Number of adjacent neighbors":
			if area == nil {
				return OSPFSummary{}, l.errorf("%q before any area", key)
			}
			switch key {
			case "Stub":
				area.Stub, err = parseYesNo(l, key, val)
			case "NSSA":
				area.NSSA, err = parseYesNo(l, key, val)
			case "Transit":
				area.Transit, err = parseYesNo(l, key, val)
			case "Number of interfaces":
				area.Ifaces, err = parseInt(l, key, val)
			case "Number of neighbors":
				area.Neighbors, err = parseInt(l, key, val)
			case "Number of adjacent neighbors":
				area.Adjacent, err = parseInt(l, key, val)
			}
		}
		if err != nil {
			return OSPFSummary{}, err
		}
	}
	if numAreas < 0 {
		return OSPFSummary{}, fmt.Errorf("no OSPF summary found (no \"Number of areas\" line)")
	}
	if numAreas != len(s.Areas) {
		return OSPFSummary{}, fmt.Errorf("summary announces %d areas but lists %d (truncated output?)", numAreas, len(s.Areas))
	}
	return s, nil
}

// Neighbor is one row of "show ospf neighbors".
type Neighbor struct {
	RouterID netip.Addr
	Pri      int
	// State is the adjacency state: Down, Attempt, Init, 2-Way, ExStart, Exchange, Loading
	// or Full.
	State string
	// Role is the neighbor's position on the interface: DR, BDR, Other, or PtP on
	// point-to-point links.
	Role string
	// DeadTime is how long until the neighbor is declared dead without a hello.
	DeadTime time.Duration
	Iface    string
	RouterIP netip.Addr
}

// ParseOSPFNeighbors parses the birdc output of "show ospf neighbors [proto]". A protocol with
// no neighbors gives an empty slice. It returns an error wrapping ErrNotUp when BIRD reports
// the protocol is not up.
func ParseOSPFNeighbors(text []byte) ([]Neighbor, error) {
	var out []Neighbor
	for _, l := range textLines(text) {
		if _, ok, err := protoHeader(l); err != nil {
			return nil, err
		} else if ok {
			continue
		}
		// "192.0.2.2   \t  1\t2-Way/Other\t233.549\tvb1        192.0.2.2": every column is
		// one token, and a value wider than its column pushes the rest right, so split on
		// blanks rather than on positions.
		f := strings.Fields(l.s)
		if len(f) >= 2 && f[0] == "Router" && f[1] == "ID" {
			continue
		}
		if len(f) != 6 {
			return nil, l.errorf("neighbor row %q: want 6 columns, have %d", l.s, len(f))
		}
		var (
			n   Neighbor
			err error
		)
		if n.RouterID, err = parseAddr(l, "router id", f[0]); err != nil {
			return nil, err
		}
		if n.Pri, err = parseInt(l, "priority", f[1]); err != nil {
			return nil, err
		}
		var ok bool
		if n.State, n.Role, ok = strings.Cut(f[2], "/"); !ok || n.State == "" || n.Role == "" {
			return nil, l.errorf("neighbor state %q is not State/Role", f[2])
		}
		if n.DeadTime, err = parseDeadTime(f[3]); err != nil {
			return nil, l.errorf("dead time: %v", err)
		}
		n.Iface = f[4]
		if n.RouterIP, err = parseAddr(l, "router ip", f[5]); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// parseDeadTime reads BIRD 2's seconds with decimals ("238.615") or BIRD 1's "mm:ss".
func parseDeadTime(s string) (time.Duration, error) {
	if m, sec, ok := strings.Cut(s, ":"); ok {
		mi, err1 := strconv.ParseUint(m, 10, 16)
		si, err2 := strconv.ParseUint(sec, 10, 8)
		if err1 != nil || err2 != nil {
			return 0, fmt.Errorf("%q is not mm:ss", s)
		}
		return time.Duration(mi)*time.Minute + time.Duration(si)*time.Second, nil
	}
	if s == "" || strings.Trim(s, "-0123456789.") != "" {
		return 0, fmt.Errorf("%q is not a number of seconds", s)
	}
	d, err := time.ParseDuration(s + "s")
	if err != nil {
		return 0, fmt.Errorf("%q is not a number of seconds", s)
	}
	return d, nil
}

// OSPFInterface is one interface block of "show ospf interface".
type OSPFInterface struct {
	Name string
	// Prefix is the interface's address and prefix length (OSPFv2, "Interface vb1
	// (192.0.0.0/20)"); Peer is set instead for a peer address ("(peer 192.0.2.2)") and for
	// a virtual link's "Peer IP".
	Prefix netip.Prefix
	Peer   netip.Addr
	// Type is broadcast, nbma, ptp, ptmp or virtual link.
	Type string
	Area netip.Addr
	// State is Down, Loopback, Waiting, PtP, DROther, Backup or DR.
	State      string
	Stub       bool // the interface is a stub: no hellos sent, its prefix advertised
	Priority   int
	Cost       int
	Hello      time.Duration
	Poll       time.Duration // NBMA only
	Wait       time.Duration
	Dead       time.Duration
	Retransmit time.Duration
	// DR and BDR are the designated and backup designated routers' router ids and interface
	// addresses, on broadcast and NBMA networks only; 0.0.0.0 while none is elected.
	DR, DRIP   netip.Addr
	BDR, BDRIP netip.Addr
}

// ParseOSPFInterface parses the birdc output of "show ospf interface [proto]". It returns an
// error wrapping ErrNotUp when BIRD reports the protocol is not up.
func ParseOSPFInterface(text []byte) ([]OSPFInterface, error) {
	var (
		out []OSPFInterface
		cur *OSPFInterface
	)
	for _, l := range textLines(text) {
		if _, ok, err := protoHeader(l); err != nil {
			return nil, err
		} else if ok {
			continue
		}
		if rest, ok := strings.CutPrefix(l.s, "Interface "); ok {
			ifc, err := parseIfaceHeader(l, rest)
			if err != nil {
				return nil, err
			}
			out = append(out, ifc)
			cur = &out[len(out)-1]
			continue
		}
		if rest, ok := strings.CutPrefix(l.s, "Virtual link "); ok {
			// "Virtual link vlink1 to 192.0.2.9"
			name, _, ok := strings.Cut(rest, " to ")
			if !ok || name == "" {
				return nil, l.errorf("virtual link line %q", l.s)
			}
			out = append(out, OSPFInterface{Name: name, Type: "virtual link"})
			cur = &out[len(out)-1]
			continue
		}
		key, val, ok := keyValue(l.s)
		if !ok {
			return nil, l.errorf("unexpected line %q", l.s)
		}
		if cur == nil {
			return nil, l.errorf("%q before any interface", l.s)
		}
		var err error
		switch key {
		case "Type":
			// "broadcast", or with a qualifier: "nbma (strict)", "ptp (real)".
			cur.Type, _, _ = strings.Cut(val, " (")
		case "Area":
			cur.Area, err = parseAddr(l, "area", firstField(val))
		case "State":
			cur.State, cur.Stub = strings.CutSuffix(val, " (stub)")
		case "Priority":
			cur.Priority, err = parseInt(l, key, val)
		case "Cost":
			cur.Cost, err = parseInt(l, key, val)
		case "Hello timer":
			cur.Hello, err = parseSeconds(l, key, val)
		case "Poll timer":
			cur.Poll, err = parseSeconds(l, key, val)
		case "Wait timer":
			cur.Wait, err = parseSeconds(l, key, val)
		case "Dead timer":
			cur.Dead, err = parseSeconds(l, key, val)
		case "Retransmit timer":
			cur.Retransmit, err = parseSeconds(l, key, val)
		case "Designated router (ID)":
			cur.DR, err = parseAddr(l, key, val)
		case "Designated router (IP)":
			cur.DRIP, err = parseAddr(l, key, val)
		case "Backup designated router (ID)":
			cur.BDR, err = parseAddr(l, key, val)
		case "Backup designated router (IP)":
			cur.BDRIP, err = parseAddr(l, key, val)
		case "Peer IP":
			cur.Peer, err = parseAddr(l, key, val)
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// parseIfaceHeader reads what follows "Interface ": "vb1 (192.0.0.0/20)", "ppp0 (peer
// 192.0.2.2)" or, for OSPFv3, "eth0 (IID 0)".
func parseIfaceHeader(l line, rest string) (OSPFInterface, error) {
	name, paren, ok := strings.Cut(rest, " (")
	paren, closed := strings.CutSuffix(paren, ")")
	if !ok || !closed || name == "" || strings.ContainsAny(name, " \t") {
		return OSPFInterface{}, l.errorf("interface line %q", l.s)
	}
	ifc := OSPFInterface{Name: name}
	switch {
	case strings.HasPrefix(paren, "peer "):
		a, err := parseAddr(l, "peer", strings.TrimPrefix(paren, "peer "))
		if err != nil {
			return OSPFInterface{}, err
		}
		ifc.Peer = a
	case strings.HasPrefix(paren, "IID "):
		// OSPFv3 names the instance, not an address.
	default:
		p, err := netip.ParsePrefix(paren)
		if err != nil {
			return OSPFInterface{}, l.errorf("interface prefix %q: %v", paren, err)
		}
		ifc.Prefix = p
	}
	return ifc, nil
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}
