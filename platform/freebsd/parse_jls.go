package freebsd

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

// Jail is one jail as jls(8) reports it. Fields the chosen jls form does not print are
// zero.
type Jail struct {
	JID      int
	Name     string
	Hostname string // the text forms cut it to 29 characters
	Path     string // the text forms cut it to 74 characters
	// State is "ACTIVE" or "DYING" (-v, or the dying parameter); "" when not printed. Dying
	// jails are listed only with -d.
	State    string
	CPUSetID int
	IPv4     []netip.Addr
	IPv6     []netip.Addr
	// VNet is the vnet parameter when it was asked for: "new" for a jail with its own
	// network stack, "inherit" or "disable" otherwise. The default and -v forms do not
	// print it (a vnet jail merely shows no IP address there).
	VNet string
	// Params holds every parameter of the name=value (-n, -s) and JSON forms as printed,
	// lists joined with ","; nil for the table forms.
	Params map[string]string
}

// Dying reports whether the jail is being removed but still holds resources (its vnet and
// the interfaces in it).
func (j Jail) Dying() bool { return j.State == "DYING" }

// IsVNet reports whether the output said the jail has its own vnet.
func (j Jail) IsVNet() bool { return j.VNet == "new" }

// ParseJls parses jls(8) output in any of these forms, detected from the output:
//   - the default table (`jls`, `jls -N`): JID or name, IP Address, Hostname, Path;
//   - the verbose form (`jls -v`): four header lines, then per jail a line with JID,
//     hostname and path, one with name and state, one with the cpuset id, one per address;
//   - name=value parameters (`jls -n`, `jls -s`, `jls -nq`), one jail per line, booleans as
//     "name"/"noname";
//   - libxo JSON of any of the above (detected by a leading "{").
//
// Columns of the tables are located from the header, since the JID column holds names
// with -N and a long name shifts the rest of the row. Values of the -n form that contain
// spaces are only recoverable when jls quoted them (-q or -s). Empty output gives no jails.
func ParseJls(b []byte) ([]Jail, error) {
	if isJSON(b) {
		return parseJlsJSON(b)
	}
	var ls []string
	for _, l := range lines(b) {
		if strings.TrimSpace(l) != "" {
			ls = append(ls, l)
		}
	}
	if len(ls) == 0 {
		return nil, nil
	}
	h := ls[0]
	switch {
	case strings.Contains(h, "JID") && strings.Contains(h, "IP Address"):
		return parseJlsTable(ls)
	case strings.Contains(h, "JID") && strings.Contains(h, "Hostname"):
		return parseJlsVerbose(ls)
	default:
		return parseJlsParams(ls)
	}
}

// cut returns s[a:b] trimmed, tolerating short lines; b < 0 means to the end.
func cut(s string, a, b int) string {
	if a >= len(s) {
		return ""
	}
	if b < 0 || b > len(s) {
		b = len(s)
	}
	if a < 0 || a > b {
		return ""
	}
	return strings.TrimSpace(s[a:b])
}

// firstColumnShift returns how far a first column that overflowed its width (a long -N
// name) pushed the next column, which starts at col.
func firstColumnShift(row string, col int) int {
	i := 0
	for i < len(row) && row[i] == ' ' {
		i++
	}
	for i < len(row) && row[i] != ' ' {
		i++
	}
	if i+1 > col {
		return i + 1 - col
	}
	return 0
}

func parseJlsTable(ls []string) ([]Jail, error) {
	h := ls[0]
	ipCol, hostCol, pathCol := strings.Index(h, "IP Address"), strings.Index(h, "Hostname"), strings.Index(h, "Path")
	if hostCol < ipCol || pathCol < hostCol {
		return nil, fmt.Errorf("jls header %q: columns out of order", h)
	}
	var out []Jail
	for _, row := range ls[1:] {
		sh := firstColumnShift(row, ipCol)
		var j Jail
		id := cut(row, 0, ipCol+sh)
		if n, err := strconv.Atoi(id); err == nil {
			j.JID = n
		} else {
			j.Name = id
		}
		if id == "" {
			return nil, fmt.Errorf("jls row %q: no JID or name", row)
		}
		if ip := cut(row, ipCol+sh, hostCol+sh); ip != "" && ip != "-" {
			a, err := netip.ParseAddr(ip)
			if err != nil {
				return nil, fmt.Errorf("jls row %q: address %q: %w", row, ip, err)
			}
			j.addAddr(a)
		}
		j.Hostname = cut(row, hostCol+sh, pathCol+sh)
		j.Path = cut(row, pathCol+sh, -1)
		out = append(out, j)
	}
	return out, nil
}

func (j *Jail) addAddr(a netip.Addr) {
	if a.Is4() {
		j.IPv4 = append(j.IPv4, a)
	} else {
		j.IPv6 = append(j.IPv6, a)
	}
}

func parseJlsVerbose(ls []string) ([]Jail, error) {
	if len(ls) < 4 {
		return nil, errors.New("jls -v: short header")
	}
	h1, h2 := ls[0], ls[1]
	hostCol, pathCol := strings.Index(h1, "Hostname"), strings.Index(h1, "Path")
	nameCol, stateCol := strings.Index(h2, "Name"), strings.Index(h2, "State")
	if pathCol < hostCol || nameCol < 0 || stateCol < nameCol || !strings.Contains(ls[2], "CPUSetID") {
		return nil, fmt.Errorf("jls -v: unexpected header %q / %q / %q", h1, h2, ls[2])
	}
	var out []Jail
	var cur *Jail
	line := 0 // line number within the current record
	for _, l := range ls[4:] {
		if !strings.HasPrefix(l, "        ") {
			jid, err := atoiField("jid", cut(l, 0, hostCol))
			if err != nil {
				return nil, fmt.Errorf("jls -v row %q: %w", l, err)
			}
			out = append(out, Jail{JID: jid, Hostname: cut(l, hostCol, pathCol), Path: cut(l, pathCol, -1)})
			cur, line = &out[len(out)-1], 1
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("jls -v: line %q before the first jail", l)
		}
		line++
		switch line {
		case 2:
			cur.Name, cur.State = cut(l, nameCol, stateCol), cut(l, stateCol, -1)
		case 3:
			n, err := atoiField("cpuset id", strings.TrimSpace(l))
			if err != nil {
				return nil, fmt.Errorf("jls -v jail %d: %w", cur.JID, err)
			}
			cur.CPUSetID = n
		default:
			a, err := netip.ParseAddr(strings.TrimSpace(l))
			if err != nil {
				return nil, fmt.Errorf("jls -v jail %d: address: %w", cur.JID, err)
			}
			cur.addAddr(a)
		}
	}
	return out, nil
}

// splitJlsWords splits a -n/-s line into words, honouring the double or single quotes jls adds
// with -q. An unterminated quote is an error.
func splitJlsWords(l string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	var quote byte
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				w.WriteByte(c)
			}
		case c == '"' || c == '\'':
			quote, inWord = c, true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated %c quote", quote)
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

func parseJlsParams(ls []string) ([]Jail, error) {
	var out []Jail
	for _, l := range ls {
		words, err := splitJlsWords(l)
		if err != nil {
			return nil, fmt.Errorf("jls line %q: %w", l, err)
		}
		params := make(map[string]string, len(words))
		named := false
		for _, w := range words {
			k, v, ok := strings.Cut(w, "=")
			if ok {
				named = true
				params[k] = v
				continue
			}
			// A boolean: "persist" or "nopersist" (or "host.noX" for dotted names).
			params[w] = "true"
			if base := stripNo(w); base != w {
				delete(params, w)
				params[base] = "false"
			}
		}
		if !named {
			return nil, fmt.Errorf("jls line %q: no name=value parameters (run jls with -n, -s or a header form)", l)
		}
		j, err := jailFromParams(params)
		if err != nil {
			return nil, fmt.Errorf("jls line %q: %w", l, err)
		}
		out = append(out, j)
	}
	return out, nil
}

// stripNo turns "nopersist" into "persist" and "host.noX" into "host.X"; other words are
// returned unchanged.
func stripNo(w string) string {
	i := strings.LastIndexByte(w, '.') + 1
	if rest, ok := strings.CutPrefix(w[i:], "no"); ok && rest != "" {
		return w[:i] + rest
	}
	return w
}

// jailFromParams fills a Jail from jail parameter names (jid, name, host.hostname, ...)
// and from the keys of jls's libxo output (hostname, state, ipv4_addrs, ...).
func jailFromParams(p map[string]string) (Jail, error) {
	j := Jail{Params: p}
	for k, v := range p {
		var err error
		switch k {
		case "jid":
			j.JID, err = atoiField("jid", v)
		case "name":
			j.Name = v
		case "host.hostname", "hostname":
			j.Hostname = v
		case "path":
			j.Path = v
		case "state":
			j.State = v
		case "dying":
			j.State = "ACTIVE"
			if v == "true" || v == "1" {
				j.State = "DYING"
			}
		case "cpuset.id", "cpusetid":
			j.CPUSetID, err = atoiField("cpuset id", v)
		case "vnet":
			j.VNet = jailsysName(v)
		}
		if err != nil {
			return Jail{}, err
		}
	}
	for _, k := range []string{"ipv4", "ipv4_addrs", "ip4.addr", "ipv6_addrs", "ip6.addr"} {
		v := p[k]
		if v == "" || v == "-" {
			continue
		}
		for _, s := range strings.Split(v, ",") {
			a, err := netip.ParseAddr(strings.TrimSpace(s))
			if err != nil {
				return Jail{}, fmt.Errorf("%s: %w", k, err)
			}
			if !containsAddr(j.IPv4, a) && !containsAddr(j.IPv6, a) {
				j.addAddr(a)
			}
		}
	}
	return j, nil
}

func containsAddr(list []netip.Addr, a netip.Addr) bool {
	for _, e := range list {
		if e == a {
			return true
		}
	}
	return false
}

// jailsysName maps a jailsys parameter value to its name (jail(8): disable, new, inherit).
func jailsysName(v string) string {
	switch v {
	case "0":
		return "disable"
	case "1":
		return "new"
	case "2":
		return "inherit"
	}
	return v
}

func parseJlsJSON(b []byte) ([]Jail, error) {
	doc, err := parseOrderedJSON(b)
	if err != nil {
		return nil, fmt.Errorf("jls: %w", err)
	}
	objs, err := jsonList(doc, "jail-information", "jail")
	if err != nil {
		return nil, fmt.Errorf("jls: %w", err)
	}
	out := make([]Jail, 0, len(objs))
	for i, o := range objs {
		p := make(map[string]string, len(o))
		for _, kv := range o {
			if arr, ok := kv.Val.([]any); ok {
				var vals []string
				for _, e := range arr {
					s, ok := jsonString(e)
					if !ok {
						return nil, fmt.Errorf("jls: jail %d: %s: not a list of scalars", i, kv.Key)
					}
					vals = append(vals, s)
				}
				p[kv.Key] = strings.Join(vals, ",")
				continue
			}
			s, ok := jsonString(kv.Val)
			if !ok {
				return nil, fmt.Errorf("jls: jail %d: %s is not a scalar", i, kv.Key)
			}
			p[kv.Key] = s
		}
		j, err := jailFromParams(p)
		if err != nil {
			return nil, fmt.Errorf("jls: jail %d: %w", i, err)
		}
		out = append(out, j)
	}
	return out, nil
}
