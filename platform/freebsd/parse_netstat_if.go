package freebsd

import (
	"fmt"
	"strconv"
	"strings"
)

// NetstatInterface is one row of `netstat -i`: the link row of an interface (Network
// "<Link#N>") or one of its address rows.
type NetstatInterface struct {
	// Name is the interface name without the "*" that marks it down. FreeBSD ≤10 cut names
	// to 5 characters in the text form ("bridg" for bridge0); that cannot be undone here.
	Name string
	// Down is true when the interface is not up: a "*" after the name in text, IFF_UP clear
	// in the JSON flags.
	Down bool
	// Flags are the interface flags; only the JSON form carries them (FlagsKnown).
	Flags      uint64
	FlagsKnown bool
	// MTU is 0 when netstat printed "-" or nothing (address rows).
	MTU int
	// Network is "<Link#N>" on link rows, else the address's network ("10.0.2.0/24",
	// "fe80::%vtnet0/64"); old releases cut it to 13 characters.
	Network string
	// Address is the link-layer address, the interface name (lo0) or the IP address; it is
	// empty for a link without an address.
	Address string
	// Link is true for the link row, whose counters are the interface's own; LinkIndex is
	// its N.
	Link      bool
	LinkIndex int
	IfCounters
}

// netstatIfHeaders maps netstat -i counter headers to counters.
var netstatIfHeaders = map[string]CounterSet{
	"Ipkts":  CounterInPackets,
	"Ierrs":  CounterInErrors,
	"Idrop":  CounterInDrops,
	"Ibytes": CounterInBytes,
	"Opkts":  CounterOutPackets,
	"Oerrs":  CounterOutErrors,
	"Obytes": CounterOutBytes,
	"Coll":   CounterCollisions,
	"Drop":   CounterOutDrops,
}

// ParseNetstatInterfaces parses `netstat -i` with any of -b, -n, -d, -h, -W, -I IF and -4/-6,
// as text or as libxo JSON (detected by a leading "{"). Rows are returned in output order;
// an interface has one link row and one row per address.
//
// Text is read by header: the columns after Address are taken from the header line, cells
// are split on whitespace (widths grow with the values in 15+), a "-" cell leaves that
// counter absent from Present, and a link row whose Address is blank is recognised by
// having one cell fewer. Lines before the header (a caller's annotation, say) are ignored.
// JSON keeps the duplicate "dropped-packets" key apart: the second one is Drop (-d).
func ParseNetstatInterfaces(b []byte) ([]NetstatInterface, error) {
	if isJSON(b) {
		return parseNetstatIfJSON(b)
	}
	var cols []CounterSet
	var out []NetstatInterface
	for _, l := range lines(b) {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if cols == nil {
			if f[0] != "Name" {
				continue
			}
			if len(f) < 4 || f[1] != "Mtu" || f[2] != "Network" || f[3] != "Address" {
				return nil, fmt.Errorf("netstat -i header %q: want Name Mtu Network Address ...", l)
			}
			for _, h := range f[4:] {
				c, ok := netstatIfHeaders[h]
				if !ok {
					return nil, fmt.Errorf("netstat -i header %q: unknown column %q", l, h)
				}
				cols = append(cols, c)
			}
			continue
		}
		if f[0] == "Name" { // a second invocation's header
			continue
		}
		n := len(cols)
		if len(f) != n+3 && len(f) != n+4 {
			return nil, fmt.Errorf("netstat -i row %q: %d cells, want %d or %d", l, len(f), n+3, n+4)
		}
		var r NetstatInterface
		r.Name, r.Down = strings.CutSuffix(f[0], "*")
		if f[1] != "-" {
			mtu, err := atoiField("mtu", f[1])
			if err != nil {
				return nil, fmt.Errorf("netstat -i row %q: %w", l, err)
			}
			r.MTU = mtu
		}
		r.Network = f[2]
		if len(f) == n+4 {
			r.Address = f[3]
		}
		r.Link, r.LinkIndex = linkNetwork(r.Network)
		for i, cell := range f[len(f)-n:] {
			if cell == "-" {
				continue
			}
			v, _, err := parseCounter(cols[i], cell)
			if err != nil {
				return nil, fmt.Errorf("netstat -i row %q: %w", l, err)
			}
			r.set(cols[i], v)
		}
		out = append(out, r)
	}
	if cols == nil && len(out) == 0 && len(strings.TrimSpace(string(b))) > 0 {
		return nil, fmt.Errorf("netstat -i: no header line")
	}
	return out, nil
}

// linkNetwork recognises the "<Link#N>" network of a link row.
func linkNetwork(network string) (bool, int) {
	s, ok := strings.CutPrefix(network, "<Link#")
	if !ok {
		return false, 0
	}
	s, ok = strings.CutSuffix(s, ">")
	if !ok {
		return false, 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return false, 0
	}
	return true, n
}

func parseNetstatIfJSON(b []byte) ([]NetstatInterface, error) {
	doc, err := parseOrderedJSON(b)
	if err != nil {
		return nil, fmt.Errorf("netstat -i: %w", err)
	}
	objs, err := jsonList(doc, "statistics", "interface")
	if err != nil {
		return nil, fmt.Errorf("netstat -i: %w", err)
	}
	out := make([]NetstatInterface, 0, len(objs))
	for i, o := range objs {
		var r NetstatInterface
		for _, kv := range o {
			s, ok := jsonString(kv.Val)
			if !ok {
				return nil, fmt.Errorf("netstat -i: entry %d: %s is not a scalar", i, kv.Key)
			}
			switch kv.Key {
			case "name":
				r.Name, r.Down = strings.CutSuffix(s, "*")
			case "flags":
				v, err := strconv.ParseUint(s, 0, 64)
				if err != nil {
					return nil, fmt.Errorf("netstat -i: entry %d: flags %q: %w", i, s, err)
				}
				r.Flags, r.FlagsKnown = v, true
			case "mtu":
				if r.MTU, err = atoiField("mtu", s); err != nil {
					return nil, fmt.Errorf("netstat -i: entry %d: %w", i, err)
				}
			case "network":
				r.Network = s
			case "address":
				r.Address = s
			}
		}
		if r.FlagsKnown && r.Flags&iffUp == 0 {
			r.Down = true
		}
		r.Link, r.LinkIndex = linkNetwork(r.Network)
		c, _, err := countersFromJSON(o)
		if err != nil {
			return nil, fmt.Errorf("netstat -i: entry %d: %w", i, err)
		}
		r.IfCounters = c
		out = append(out, r)
	}
	return out, nil
}
