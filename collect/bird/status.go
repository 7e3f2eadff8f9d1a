package bird

import (
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Status is "show status".
type Status struct {
	Version  string // "2.0.12"
	RouterID netip.Addr
	Hostname string // empty before BIRD 2.0.8, which did not print it
	// ServerTime, LastReboot and LastReconfig are BIRD's clock readings. BIRD prints local
	// time without a zone; they are read in time.Local, which is right when BIRD runs on this
	// host with the same zone (a Linux namespace; a jail with its own /etc/localtime is not).
	ServerTime   time.Time
	LastReboot   time.Time
	LastReconfig time.Time
	// Message is the last line: "Daemon is up and running", "Reconfiguration in progress" or
	// "Shutdown in progress".
	Message string
	Up      bool // Message is "Daemon is up and running"
}

// statusTimeLayouts are BIRD's "timeformat base" formats: 2.x iso long with milliseconds (the
// default), iso long, and the 1.x default.
var statusTimeLayouts = []string{"2006-01-02 15:04:05.000", "2006-01-02 15:04:05", "02-01-2006 15:04:05"}

// ParseStatus parses the birdc output of "show status".
func ParseStatus(text []byte) (Status, error) {
	var s Status
	for _, l := range textLines(text) {
		str := strings.TrimSpace(l.s)
		var err error
		if v, ok := strings.CutPrefix(str, "BIRD "); ok && s.Version == "" && !s.RouterID.IsValid() {
			s.Version = v
		} else if v, ok := strings.CutPrefix(str, "Router ID is "); ok {
			s.RouterID, err = parseAddr(l, "router id", v)
		} else if v, ok := strings.CutPrefix(str, "Hostname is "); ok {
			s.Hostname = v
		} else if v, ok := strings.CutPrefix(str, "Current server time is "); ok {
			s.ServerTime, err = parseStatusTime(l, v)
		} else if v, ok := strings.CutPrefix(str, "Last reboot on "); ok {
			s.LastReboot, err = parseStatusTime(l, v)
		} else if v, ok := strings.CutPrefix(str, "Last reconfiguration on "); ok {
			s.LastReconfig, err = parseStatusTime(l, v)
		} else {
			// Graceful-restart lines may come before the final message; the last wins.
			s.Message = str
		}
		if err != nil {
			return Status{}, err
		}
	}
	if s.Version == "" || !s.RouterID.IsValid() {
		return Status{}, fmt.Errorf("no status found (want a \"BIRD version\" and a \"Router ID is\" line)")
	}
	s.Up = s.Message == "Daemon is up and running"
	return s, nil
}

func parseStatusTime(l line, v string) (time.Time, error) {
	for _, layout := range statusTimeLayouts {
		if t, err := time.ParseInLocation(layout, v, time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, l.errorf("time %q is in no known BIRD time format", v)
}

// Protocol is one row of "show protocols".
type Protocol struct {
	Name  string // "ospf1"
	Proto string // protocol type: "OSPF", "Device", "Kernel", "BGP"
	Table string // main table, "---" when the protocol has none
	// State is up, start, down, flush or stop.
	State string
	// Since is when State was entered, as BIRD prints it: "06:52:36.703" within the last day,
	// "2026-07-08" before that (the format depends on BIRD's "timeformat protocol").
	Since string
	// Info is the protocol's own status: "Running" or "Alone" for OSPF, "Established" for
	// BGP; empty for many.
	Info string
}

var (
	dateRE = regexp.MustCompile(`^\d{4}-\d\d-\d\d$|^\d\d-\d\d-\d{4}$`)
	timeRE = regexp.MustCompile(`^\d\d:\d\d(:\d\d(\.\d+)?)?$`)
)

// ParseProtocols parses the birdc output of "show protocols", and of "show protocols all", whose
// indented detail lines it skips.
func ParseProtocols(text []byte) ([]Protocol, error) {
	var out []Protocol
	for _, l := range textLines(text) {
		if l.s[0] == ' ' || l.s[0] == '\t' {
			continue // details of "show protocols all"
		}
		f := strings.Fields(l.s)
		if len(f) >= 2 && strings.EqualFold(f[0], "name") && strings.EqualFold(f[1], "proto") {
			continue // heading; lower-case in BIRD 1.x
		}
		if len(f) < 5 {
			return nil, l.errorf("protocol row %q: want at least 5 columns, have %d", l.s, len(f))
		}
		p := Protocol{Name: f[0], Proto: f[1], Table: f[2], State: f[3], Since: f[4]}
		rest := f[5:]
		// "timeformat protocol iso long" prints a date and a time: two tokens.
		if len(rest) > 0 && dateRE.MatchString(p.Since) && timeRE.MatchString(rest[0]) {
			p.Since += " " + rest[0]
			rest = rest[1:]
		}
		p.Info = strings.Join(rest, " ")
		out = append(out, p)
	}
	return out, nil
}

// RouteCount is "show route count": routes and networks per table and in total.
type RouteCount struct {
	// Shown is the number of routes the command selected ("N" in "N of M routes"); with a
	// plain "show route count" it equals Routes.
	Shown    int
	Routes   int // routes examined ("M")
	Networks int
	// Tables has one entry per table line. BIRD 1.x names no table; then it is empty.
	Tables []TableCount
}

// TableCount is the route count of one routing table.
type TableCount struct {
	Table    string
	Shown    int
	Routes   int
	Networks int
}

var (
	tableCountRE = regexp.MustCompile(`^(\d+) of (\d+) routes for (\d+) networks(?: in table (\S+))?$`)
	totalCountRE = regexp.MustCompile(`^Total: (\d+) of (\d+) routes for (\d+) networks in (\d+) tables$`)
)

// ParseRouteCount parses the birdc output of "show route count" (also "show route filtered
// count" and the like). Totals come from BIRD's "Total:" line when there is one (more than one
// table), otherwise from the single table line.
func ParseRouteCount(text []byte) (RouteCount, error) {
	var (
		rc       RouteCount
		total    bool
		tables   int
		bareLine bool // a BIRD 1.x line without a table name
	)
	for _, l := range textLines(text) {
		s := strings.TrimSpace(l.s)
		if m := totalCountRE.FindStringSubmatch(s); m != nil {
			if total {
				return RouteCount{}, l.errorf("second Total line")
			}
			total = true
			n, err := atois(l, m[1:])
			if err != nil {
				return RouteCount{}, err
			}
			rc.Shown, rc.Routes, rc.Networks, tables = n[0], n[1], n[2], n[3]
			continue
		}
		m := tableCountRE.FindStringSubmatch(s)
		if m == nil {
			return RouteCount{}, l.errorf("unexpected line %q", l.s)
		}
		n, err := atois(l, m[1:4])
		if err != nil {
			return RouteCount{}, err
		}
		if m[4] == "" {
			bareLine = true
			rc.Shown, rc.Routes, rc.Networks = n[0], n[1], n[2]
			continue
		}
		rc.Tables = append(rc.Tables, TableCount{Table: m[4], Shown: n[0], Routes: n[1], Networks: n[2]})
	}
	switch {
	case total:
		if tables != len(rc.Tables) {
			return RouteCount{}, fmt.Errorf("total counts %d tables but %d are listed (truncated output?)", tables, len(rc.Tables))
		}
	case bareLine && len(rc.Tables) == 0:
	case len(rc.Tables) == 1 && !bareLine:
		t := rc.Tables[0]
		rc.Shown, rc.Routes, rc.Networks = t.Shown, t.Routes, t.Networks
	case len(rc.Tables) == 0 && !bareLine:
		return RouteCount{}, fmt.Errorf("no route count found")
	default:
		return RouteCount{}, fmt.Errorf("%d table lines but no Total line (truncated output?)", len(rc.Tables))
	}
	return rc, nil
}

func atois(l line, ss []string) ([]int, error) {
	out := make([]int, len(ss))
	for i, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, l.errorf("count %q out of range", s)
		}
		out[i] = n
	}
	return out, nil
}
