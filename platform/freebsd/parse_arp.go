package freebsd

import (
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// ARPEntry is one line of `arp -an`.
type ARPEntry struct {
	Host string // "?" with -n
	IP   netip.Addr
	// MAC is nil for an incomplete entry (resolution pending).
	MAC        net.HardwareAddr
	Incomplete bool
	Iface      string
	// Permanent entries never expire (the interface's own addresses, static entries);
	// otherwise Expires is the time left, 0 once expired.
	Permanent bool
	Expires   time.Duration
	Published bool   // proxy ARP ("published")
	Type      string // link type in brackets: "ethernet", "vlan", ...
}

// ParseArp parses `arp -an` (or `arp -a`): lines of the form
// "? (192.0.2.2) at 02:77:29:04:9e:0b on epair0a expires in 1139 seconds [ethernet]",
// with "permanent", "expired", "(incomplete)" and "published" variants. Blank lines are
// skipped; any other line is an error.
func ParseArp(b []byte) ([]ARPEntry, error) {
	var out []ARPEntry
	for _, l := range lines(b) {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		e, err := parseArpLine(f)
		if err != nil {
			return nil, fmt.Errorf("arp line %q: %w", l, err)
		}
		out = append(out, e)
	}
	return out, nil
}

func parseArpLine(f []string) (ARPEntry, error) {
	if len(f) < 6 || f[2] != "at" || f[4] != "on" {
		return ARPEntry{}, fmt.Errorf("want \"HOST (IP) at MAC on IF ...\"")
	}
	var e ARPEntry
	e.Host = f[0]
	ipText, open := strings.CutPrefix(f[1], "(")
	ipText, closed := strings.CutSuffix(ipText, ")")
	if !open || !closed {
		return ARPEntry{}, fmt.Errorf("address %q not in parentheses", f[1])
	}
	ip, err := netip.ParseAddr(ipText)
	if err != nil {
		return ARPEntry{}, err
	}
	e.IP = ip
	if f[3] == "(incomplete)" {
		e.Incomplete = true
	} else if e.MAC, err = net.ParseMAC(f[3]); err != nil {
		return ARPEntry{}, err
	}
	e.Iface = f[5]
	for k := 6; k < len(f); k++ {
		switch w := f[k]; {
		case w == "permanent":
			e.Permanent = true
		case w == "expired":
		case w == "published":
			e.Published = true
		case w == "expires" && k+3 < len(f) && f[k+1] == "in" && f[k+3] == "seconds":
			n, err := strconv.Atoi(f[k+2])
			if err != nil || n < 0 || n > 1<<31 {
				return ARPEntry{}, fmt.Errorf("expiry %q", f[k+2])
			}
			e.Expires = time.Duration(n) * time.Second
			k += 3
		case strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
			e.Type = strings.Trim(w, "[]")
		default:
			return ARPEntry{}, fmt.Errorf("unexpected %q", w)
		}
	}
	return e, nil
}
