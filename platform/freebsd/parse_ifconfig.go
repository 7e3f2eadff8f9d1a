package freebsd

import (
	"errors"
	"fmt"
	"math/bits"
	"net"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
)

// Interface flag bits (sys/net/if.h) that callers test most.
const (
	iffUp      = 0x1
	iffRunning = 0x40
	iffLowerUp = 0x1000000
)

// Ifconfig is one interface block of ifconfig(8) output.
type Ifconfig struct {
	Name string
	// Flags and FlagNames come from "flags=8843<UP,BROADCAST,...>".
	Flags     uint64
	FlagNames []string
	Metric    int
	MTU       int
	// Options and OptionNames come from "options=8<VLAN_MTU>" (capabilities enabled).
	Options     uint64
	OptionNames []string
	Description string
	// Ether is the current MAC address; HWAddr the factory one, printed only when they differ
	// or the driver reports it (epair, iocage's "ifconfig ... ether").
	Ether  net.HardwareAddr
	HWAddr net.HardwareAddr
	// Addrs are the inet and inet6 addresses in output order (which changed between
	// releases; do not rely on it).
	Addrs  []IfAddr
	Groups []string
	// Members are the bridge members, in output order (newest first).
	Members []BridgeMember
	VLAN    *VLAN
	Media   string // "Ethernet 10Gbase-T (10Gbase-T <full-duplex>)"
	Status  string // "active", "no carrier", ...
	// ND6Options and ND6OptionNames come from "nd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>".
	ND6Options     uint64
	ND6OptionNames []string
	// Other holds the lines this parser does not break into fields (bridge timers, "Opened
	// by PID", lagg, carp, and any address it could not read), trimmed, in order.
	Other []string
}

// Up reports whether the interface is administratively up (IFF_UP).
func (i *Ifconfig) Up() bool { return i.Flags&iffUp != 0 }

// Running reports IFF_RUNNING (resources allocated, driver ready).
func (i *Ifconfig) Running() bool { return i.Flags&iffRunning != 0 }

// LowerUp reports IFF_LOWER_UP (link up), which FreeBSD prints from 14.0 on; on older
// releases use Status == "active".
func (i *Ifconfig) LowerUp() bool { return i.Flags&iffLowerUp != 0 }

// HasFlag reports whether the flags list contains name ("UP", "PROMISC", "LOWER_UP").
func (i *Ifconfig) HasFlag(name string) bool { return containsString(i.FlagNames, name) }

// InGroup reports whether the interface belongs to group ("epair", "bridge", "vlan").
func (i *Ifconfig) InGroup(group string) bool { return containsString(i.Groups, group) }

// IfAddr is one inet or inet6 address of an interface.
type IfAddr struct {
	// Addr keeps its zone for scoped IPv6 addresses ("fe80::1%lo0").
	Addr netip.Addr
	// Bits is the prefix length, from "netmask 0xffffff00" (24) or "prefixlen 64".
	Bits      int
	Broadcast netip.Addr // invalid when not printed
	Dest      netip.Addr // point-to-point peer ("inet A --> B"); invalid when not printed
	ScopeID   uint32     // inet6 "scopeid 0x2"
	VHID      int        // CARP virtual host id, 0 when none
	// Flags are the inet6 address flags printed after the prefix length ("autoconf",
	// "tentative", "deprecated", ...).
	Flags []string
}

// Prefix returns the address and length as a prefix (the zone dropped, bits kept).
func (a IfAddr) Prefix() netip.Prefix { return netip.PrefixFrom(a.Addr.WithZone(""), a.Bits) }

// BridgeMember is one "member:" entry of an if_bridge block.
type BridgeMember struct {
	Name      string
	Flags     uint64
	FlagNames []string // LEARNING, DISCOVER, PRIVATE, AUTOEDGE, AUTOPTP, STP, ...
	IfMaxAddr int
	Port      int
	Priority  int
	PathCost  int
	Role      string // STP members only
	State     string // STP members only
}

// HasFlag reports whether the member's flags list contains name ("PRIVATE", "STP").
func (m BridgeMember) HasFlag(name string) bool { return containsString(m.FlagNames, name) }

// VLAN is the "vlan:" line of a vlan(4) interface.
type VLAN struct {
	Tag int
	// Proto is "802.1q", "802.1ad" or "0x%04x"; empty before FreeBSD 13, which did not
	// print it.
	Proto string
	// PCP is the priority code point; FreeBSD ≤10 did not print it (0).
	PCP int
	// Parent is the parent interface, "" when ifconfig printed "<none>".
	Parent string
}

var ifconfigBlockStart = regexp.MustCompile(`^(\S+): flags=`)

// ParseIfconfig parses `ifconfig [-a] [IF]` output into one Ifconfig per interface, in
// order. A block starts at a line "NAME: flags=..."; every other line belongs to the
// current block whatever its indentation, because published copies often lost the TABs.
// A line ending in a backslash is joined with the next (wrapped copies). Lines are read by
// their key, not their position, since the order of fields differs between releases.
//
// Lines the parser does not split into fields, and an address or MAC it cannot read (a
// redacted "XXX.XXX.XXX.XXX", say), are kept in Other instead of failing the whole output.
// Output that does not start with a block header is an error.
func ParseIfconfig(b []byte) ([]Ifconfig, error) {
	var out []Ifconfig
	var cur *Ifconfig
	ls := joinBackslashLines(lines(b))
	for _, l := range ls {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if m := ifconfigBlockStart.FindStringSubmatch(l); m != nil {
			out = append(out, Ifconfig{Name: m[1]})
			cur = &out[len(out)-1]
			if err := cur.parseHeader(strings.TrimPrefix(l, m[1]+": ")); err != nil {
				return nil, fmt.Errorf("ifconfig %s: %w", cur.Name, err)
			}
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("ifconfig: line %q before the first interface", l)
		}
		cur.parseLine(strings.TrimSpace(l))
	}
	return out, nil
}

// joinBackslashLines undoes the "\"-wrapping of published copies.
func joinBackslashLines(ls []string) []string {
	var out []string
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		for strings.HasSuffix(l, `\`) && i+1 < len(ls) {
			i++
			l = strings.TrimSuffix(l, `\`) + " " + strings.TrimSpace(ls[i])
		}
		out = append(out, l)
	}
	return out
}

// parseHeader reads "flags=8843<UP,...> metric 0 mtu 1500".
func (i *Ifconfig) parseHeader(s string) error {
	f := strings.Fields(s)
	if len(f) == 0 {
		return errors.New("empty header")
	}
	v, names, err := parseBits(strings.TrimPrefix(f[0], "flags="))
	if err != nil {
		return fmt.Errorf("flags: %w", err)
	}
	i.Flags, i.FlagNames = v, names
	for k := 1; k+1 < len(f); k++ {
		var dst *int
		switch f[k] {
		case "metric":
			dst = &i.Metric
		case "mtu":
			dst = &i.MTU
		default:
			continue
		}
		n, err := strconv.Atoi(f[k+1])
		if err != nil {
			return fmt.Errorf("%s %q is not an integer", f[k], f[k+1])
		}
		*dst = n
		k++
	}
	return nil
}

// parseBits reads "8843<UP,BROADCAST>" (hexadecimal without 0x, as ifconfig prints it).
func parseBits(s string) (uint64, []string, error) {
	num, rest, hasNames := strings.Cut(s, "<")
	v, err := strconv.ParseUint(num, 16, 64)
	if err != nil {
		return 0, nil, fmt.Errorf("%q is not hexadecimal", num)
	}
	if !hasNames {
		return v, nil, nil
	}
	rest, ok := strings.CutSuffix(rest, ">")
	if !ok {
		return 0, nil, fmt.Errorf("%q: unterminated list", s)
	}
	if rest == "" {
		return v, nil, nil
	}
	return v, strings.Split(rest, ","), nil
}

// parseLine dispatches one trimmed continuation line by its key.
func (i *Ifconfig) parseLine(l string) {
	key, rest, _ := strings.Cut(l, " ")
	ok := true
	switch {
	case strings.HasPrefix(l, "options="):
		i.Options, i.OptionNames, ok = bitsOK(strings.TrimPrefix(key, "options="))
	case key == "nd6" && strings.HasPrefix(rest, "options="):
		i.ND6Options, i.ND6OptionNames, ok = bitsOK(strings.TrimPrefix(rest, "options="))
	case key == "ether":
		i.Ether, ok = macOK(rest)
	case key == "hwaddr":
		i.HWAddr, ok = macOK(rest)
	case key == "inet" || key == "inet6":
		var a IfAddr
		if a, ok = parseIfAddr(key, rest); ok {
			i.Addrs = append(i.Addrs, a)
		}
	case key == "groups:":
		i.Groups = append(i.Groups, strings.Fields(rest)...)
	case key == "member:":
		var m BridgeMember
		if m, ok = parseBridgeMember(rest); ok {
			i.Members = append(i.Members, m)
		}
	case key == "ifmaxaddr" && len(i.Members) > 0:
		ok = i.Members[len(i.Members)-1].parsePortLine(l)
	case key == "role" && len(i.Members) > 0:
		ok = i.Members[len(i.Members)-1].parseRoleLine(l)
	case key == "vlan:":
		var v VLAN
		if v, ok = parseVLANLine(rest); ok {
			i.VLAN = &v
		}
	case key == "media:":
		i.Media = rest
	case key == "status:":
		i.Status = rest
	case key == "description:":
		i.Description = rest
	default:
		ok = false
	}
	if !ok {
		i.Other = append(i.Other, l)
	}
}

func bitsOK(s string) (uint64, []string, bool) {
	v, names, err := parseBits(s)
	return v, names, err == nil
}

func macOK(s string) (net.HardwareAddr, bool) {
	mac, err := net.ParseMAC(strings.TrimSpace(s))
	return mac, err == nil
}

// parseIfAddr reads the rest of an inet or inet6 line. Forms: "A netmask 0xffffff00
// [broadcast B]", "A --> B netmask ...", "A/24 ..." (-f inet:cidr), "A%zone prefixlen 64
// [flags...] [scopeid 0x1]", and a trailing "vhid N" or "pltime/vltime" pair.
func parseIfAddr(family, rest string) (IfAddr, bool) {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return IfAddr{}, false
	}
	var a IfAddr
	addr := f[0]
	a.Bits = -1
	if p, err := netip.ParsePrefix(addr); err == nil && !strings.Contains(addr, "%") {
		a.Addr, a.Bits = p.Addr(), p.Bits()
	} else {
		s, bitsText, hasBits := strings.Cut(addr, "/")
		ip, err := netip.ParseAddr(s)
		if err != nil {
			return IfAddr{}, false
		}
		a.Addr = ip
		if hasBits {
			if a.Bits, err = strconv.Atoi(bitsText); err != nil {
				return IfAddr{}, false
			}
		}
	}
	if (family == "inet") != a.Addr.Is4() {
		return IfAddr{}, false
	}
	for k := 1; k < len(f); k++ {
		arg := func() (string, bool) {
			if k+1 >= len(f) {
				return "", false
			}
			k++
			return f[k], true
		}
		var v string
		var ok bool
		switch f[k] {
		case "netmask":
			if v, ok = arg(); !ok {
				return IfAddr{}, false
			}
			n, ok := maskBits(v)
			if !ok {
				return IfAddr{}, false
			}
			a.Bits = n
		case "prefixlen":
			if v, ok = arg(); !ok {
				return IfAddr{}, false
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 128 {
				return IfAddr{}, false
			}
			a.Bits = n
		case "broadcast", "-->":
			if v, ok = arg(); !ok {
				return IfAddr{}, false
			}
			ip, err := netip.ParseAddr(v)
			if err != nil {
				return IfAddr{}, false
			}
			if f[k-1] == "broadcast" {
				a.Broadcast = ip
			} else {
				a.Dest = ip
			}
		case "scopeid":
			if v, ok = arg(); !ok {
				return IfAddr{}, false
			}
			n, err := strconv.ParseUint(v, 0, 32)
			if err != nil {
				return IfAddr{}, false
			}
			a.ScopeID = uint32(n)
		case "vhid":
			if v, ok = arg(); !ok {
				return IfAddr{}, false
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return IfAddr{}, false
			}
			a.VHID = n
		case "pltime", "vltime":
			if _, ok = arg(); !ok {
				return IfAddr{}, false
			}
		default:
			a.Flags = append(a.Flags, f[k])
		}
	}
	if a.Bits < 0 {
		a.Bits = a.Addr.BitLen()
	}
	if a.Bits > a.Addr.BitLen() {
		return IfAddr{}, false
	}
	return a, true
}

// maskBits converts "0xffffff00" or "255.255.255.0" to a prefix length; a mask that is not
// contiguous is rejected.
func maskBits(s string) (int, bool) {
	var m uint32
	if hex, ok := strings.CutPrefix(s, "0x"); ok {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return 0, false
		}
		m = uint32(v)
	} else {
		ip, err := netip.ParseAddr(s)
		if err != nil || !ip.Is4() {
			return 0, false
		}
		b := ip.As4()
		m = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	}
	n := bits.LeadingZeros32(^m)
	if n < 32 && m<<n != 0 {
		return 0, false
	}
	return n, true
}

// parseBridgeMember reads "epair0a flags=143<LEARNING,DISCOVER,AUTOEDGE,AUTOPTP>".
func parseBridgeMember(rest string) (BridgeMember, bool) {
	f := strings.Fields(rest)
	if len(f) != 2 || !strings.HasPrefix(f[1], "flags=") {
		return BridgeMember{}, false
	}
	v, names, err := parseBits(strings.TrimPrefix(f[1], "flags="))
	if err != nil {
		return BridgeMember{}, false
	}
	return BridgeMember{Name: f[0], Flags: v, FlagNames: names}, true
}

// parsePortLine reads "ifmaxaddr 0 port 5 priority 128 path cost 2000". Words it does not
// know (later releases add some) are skipped; the line must at least give the port.
func (m *BridgeMember) parsePortLine(l string) bool {
	f := strings.Fields(strings.Replace(l, "path cost", "pathcost", 1))
	port := false
	for k := 0; k+1 < len(f); k++ {
		var dst *int
		switch f[k] {
		case "ifmaxaddr":
			dst = &m.IfMaxAddr
		case "port":
			dst = &m.Port
		case "priority":
			dst = &m.Priority
		case "pathcost":
			dst = &m.PathCost
		default:
			continue
		}
		n, err := strconv.Atoi(f[k+1])
		if err != nil {
			return false
		}
		*dst = n
		port = port || f[k] == "port"
		k++
	}
	return port
}

// parseRoleLine reads the STP "role designated state forwarding" line.
func (m *BridgeMember) parseRoleLine(l string) bool {
	f := strings.Fields(l)
	if len(f) != 4 || f[2] != "state" {
		return false
	}
	m.Role, m.State = f[1], f[3]
	return true
}

// parseVLANLine reads "6 [vlanproto: 802.1q] [vlanpcp: 0] parent interface: igb0".
func parseVLANLine(rest string) (VLAN, bool) {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return VLAN{}, false
	}
	var v VLAN
	tag, err := strconv.Atoi(f[0])
	if err != nil {
		return VLAN{}, false
	}
	v.Tag = tag
	parentSeen := false
	for k := 1; k < len(f); k++ {
		switch {
		case f[k] == "vlanproto:" && k+1 < len(f):
			k++
			v.Proto = f[k]
		case f[k] == "vlanpcp:" && k+1 < len(f):
			k++
			if v.PCP, err = strconv.Atoi(f[k]); err != nil {
				return VLAN{}, false
			}
		case f[k] == "parent" && k+2 < len(f) && f[k+1] == "interface:":
			k += 2
			parentSeen = true
			if f[k] != "<none>" {
				v.Parent = f[k]
			}
		default:
			return VLAN{}, false
		}
	}
	return v, parentSeen
}

// ParseIfconfigNames parses a list of interface names: `ifconfig -l` (one line,
// space-separated, possibly wrapped by a copy), `ifconfig -g GROUP` (one per line) and the
// output of clone creation loops. Names are returned in output order; empty output gives
// none. A word that cannot be an interface name (containing ":" or "=", as in full ifconfig
// output) is an error.
func ParseIfconfigNames(b []byte) ([]string, error) {
	names := strings.Fields(string(b))
	for _, n := range names {
		if !validIfName(n) {
			return nil, fmt.Errorf("ifconfig: %q is not an interface name", n)
		}
	}
	return names, nil
}

// validIfName accepts what FreeBSD accepts in IFNAMSIZ (16 including the NUL) and what
// ifconfig prints unquoted.
func validIfName(n string) bool {
	if n == "" || len(n) > 15 {
		return false
	}
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c <= ' ' || c >= 0x7f || c == ':' || c == '=' || c == '/' || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// ParseCloneCreate parses the output of `ifconfig TYPE create [args]`, which prints only
// the name of the new interface ("bridge0", "epair0a", "vlan1").
func ParseCloneCreate(b []byte) (string, error) {
	names, err := ParseIfconfigNames(b)
	if err != nil {
		return "", err
	}
	if len(names) != 1 {
		return "", fmt.Errorf("ifconfig create: want one interface name, got %q", strings.TrimSpace(string(b)))
	}
	return names[0], nil
}

// ParseEpairCreate parses the output of `ifconfig epair create [up]` and returns the a-end
// ("epair0a"); the kernel creates the b-end silently, see EpairB. The output must be one
// name of the form epair<N>a.
func ParseEpairCreate(b []byte) (string, error) {
	name, err := ParseCloneCreate(b)
	if err != nil {
		return "", err
	}
	if _, err := EpairB(name); err != nil || !strings.HasPrefix(name, "epair") {
		return "", fmt.Errorf("ifconfig epair create: %q is not an epair a-end", name)
	}
	return name, nil
}

// EpairB returns the b-end of the epair whose a-end is a: the same name with the final
// "a" replaced by "b" ("epair0a" -> "epair0b"), as FreeBSD's own test harness derives it
// (${ifname%a}b). It works for any clone name ending in a unit number and "a", so it also
// serves renamed-before-creation labs; it fails for names without that suffix.
func EpairB(a string) (string, error) {
	base, ok := strings.CutSuffix(a, "a")
	if !ok || base == "" || base[len(base)-1] < '0' || base[len(base)-1] > '9' {
		return "", fmt.Errorf("%q is not an epair a-end (want ...<N>a)", a)
	}
	return base + "b", nil
}

func containsString(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
