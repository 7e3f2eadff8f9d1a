package freebsd

import (
	"fmt"
	"strings"
)

// Route is one entry of the kernel routing table as `netstat -rn` prints it.
type Route struct {
	// Family is "inet" for the "Internet:" section, "inet6" for "Internet6:", otherwise the
	// section name in lower case.
	Family string
	// Destination is as printed: "default", "10.0.2.0/24", "fe80::%lo0/64", a host address,
	// or a name when -n was not given.
	Destination string
	// Gateway is an address, "link#N", or a MAC address for ARP/NDP entries of old releases.
	Gateway string
	// Flags are the flag letters: U up, G gateway, H host, S static, 1/2/3 protocol-specific
	// (BIRD sets 1), B/b blackhole/broadcast, R reject, ...
	Flags string
	// Netif is the outgoing interface.
	Netif string
	// Expire is the Expire column ("" when empty; seconds as text, "!" when expired).
	Expire string
	// Refs and Use are printed by FreeBSD ≤9 only (zero otherwise).
	Refs, Use int
}

// HasFlags reports whether the route carries every flag letter in flags.
func (r Route) HasFlags(flags string) bool {
	for _, c := range flags {
		if !strings.ContainsRune(r.Flags, c) {
			return false
		}
	}
	return true
}

// routeColumns are the header names netstat -r uses, in every layout seen: ≥10
// (Destination Gateway Flags Netif Expire), ≤9 (… Flags Refs Use Netif Expire) and -W
// (… Flags Nhop# Mtu Netif Expire, Use in older -W).
var routeColumns = map[string]bool{
	"Destination": true, "Gateway": true, "Flags": true, "Refs": true, "Use": true,
	"Netif": true, "Expire": true, "Nhop#": true, "Mtu": true,
}

// ParseNetstatRoutes parses `netstat -rn` (also -r, -4rn, -6rn, -W) as text or as libxo JSON
// (detected by a leading "{"). Entries are returned in output order.
//
// Text is read by section ("Internet:", "Internet6:") and by the section's header line, so
// the ≤9 layout with Refs and Use, the 12 and 14 widths and -W all parse; cells are split on
// whitespace and the Expire cell may be missing. Output with only "Routing tables" (a fresh
// vnet jail) gives no routes and no error.
func ParseNetstatRoutes(b []byte) ([]Route, error) {
	if isJSON(b) {
		return parseNetstatRoutesJSON(b)
	}
	var out []Route
	var family string
	var cols []string
	for _, l := range lines(b) {
		f := strings.Fields(l)
		switch {
		case len(f) == 0:
			continue
		case len(f) == 2 && f[0] == "Routing" && f[1] == "tables":
			continue
		case len(f) == 1 && strings.HasSuffix(f[0], ":"):
			family = routeFamily(strings.TrimSuffix(f[0], ":"))
			cols = nil
			continue
		case f[0] == "Destination":
			cols = f
			for _, c := range cols {
				if !routeColumns[c] {
					return nil, fmt.Errorf("netstat -r header %q: unknown column %q", l, c)
				}
			}
			if len(cols) < 4 || cols[1] != "Gateway" || cols[2] != "Flags" {
				return nil, fmt.Errorf("netstat -r header %q: want Destination Gateway Flags ...", l)
			}
			continue
		}
		if cols == nil {
			return nil, fmt.Errorf("netstat -r: line %q before a header", l)
		}
		n := len(cols)
		if cols[n-1] == "Expire" && len(f) == n-1 {
			f = append(f, "")
		}
		if len(f) != n {
			return nil, fmt.Errorf("netstat -r row %q: %d cells, want %d", l, len(f), n)
		}
		r := Route{Family: family}
		for i, c := range cols {
			var err error
			switch c {
			case "Destination":
				r.Destination = f[i]
			case "Gateway":
				r.Gateway = f[i]
			case "Flags":
				r.Flags = f[i]
			case "Netif":
				r.Netif = f[i]
			case "Expire":
				r.Expire = f[i]
			case "Refs":
				r.Refs, err = atoiField("refs", f[i])
			case "Use":
				r.Use, err = atoiField("use", f[i])
			}
			if err != nil {
				return nil, fmt.Errorf("netstat -r row %q: %w", l, err)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// routeFamily maps a netstat section or libxo address-family name to inet/inet6.
func routeFamily(s string) string {
	switch s {
	case "Internet":
		return "inet"
	case "Internet6":
		return "inet6"
	}
	return strings.ToLower(s)
}

func parseNetstatRoutesJSON(b []byte) ([]Route, error) {
	doc, err := parseOrderedJSON(b)
	if err != nil {
		return nil, fmt.Errorf("netstat -r: %w", err)
	}
	// Current netstat wraps everything in "statistics"; accept the bare form too.
	path := []string{"statistics", "route-information", "route-table", "rt-family"}
	if _, ok := jsonPath(doc, path[0]); !ok {
		path = path[1:]
	}
	fams, err := jsonList(doc, path...)
	if err != nil {
		return nil, fmt.Errorf("netstat -r: %w", err)
	}
	var out []Route
	for _, fam := range fams {
		name, _ := fam.get("address-family")
		famName, _ := jsonString(name)
		entries, err := jsonList(fam, "rt-entry")
		if err != nil {
			return nil, fmt.Errorf("netstat -r: family %q: %w", famName, err)
		}
		for i, e := range entries {
			r := Route{Family: routeFamily(famName)}
			for _, kv := range e {
				s, ok := jsonString(kv.Val)
				if !ok {
					continue // flags_pretty and other lists
				}
				switch kv.Key {
				case "destination":
					r.Destination = s
				case "gateway":
					r.Gateway = s
				case "flags":
					r.Flags = s
				case "interface-name":
					r.Netif = s
				case "expire-time":
					r.Expire = s
				case "references":
					r.Refs, err = atoiField("references", s)
				case "used":
					r.Use, err = atoiField("used", s)
				}
				if err != nil {
					return nil, fmt.Errorf("netstat -r: family %q entry %d: %w", famName, i, err)
				}
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// CountLearnedHostRoutes counts the host routes a routing daemon installed: entries whose
// flags contain G (gateway), H (host) and 1 (RTF_PROTO1, which BIRD sets), the same rows the
// published experiments counted with `netstat -rn | grep UGH1`. A destination that appears
// several times (one entry per next hop of a multipath route) is counted once, per family,
// so the count is the number of reachable remote hosts; without ECMP it equals the grep
// count.
func CountLearnedHostRoutes(routes []Route) int {
	seen := make(map[[2]string]bool)
	for _, r := range routes {
		if r.HasFlags("GH1") {
			seen[[2]string{r.Family, r.Destination}] = true
		}
	}
	return len(seen)
}
