package freebsd

import (
	"fmt"
	"strconv"
	"strings"
)

// RouteChange is one line that route(8) prints when it changes the table.
type RouteChange struct {
	Cmd         string // "add", "delete", "change"
	Host        bool   // "host" rather than "net"
	Destination string // as printed: "198.51.100.0", "default", "10.0.0.0/24"
	Gateway     string // "" when none was printed
	Fib         int    // -1 when route did not print one (single FIB)
	// Err is the failure route appended to the line ("File exists"), "" on success.
	Err string
}

// ParseRouteChanges parses the stdout of `route add|delete|change ...`:
// "add net 198.51.100.0: gateway 192.0.2.2", optionally followed by " fib N" and, when the
// kernel refused, ": File exists". Blank lines are skipped; any other line is an error.
func ParseRouteChanges(b []byte) ([]RouteChange, error) {
	var out []RouteChange
	for _, l := range lines(b) {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		c, err := parseRouteChange(t)
		if err != nil {
			return nil, fmt.Errorf("route line %q: %w", t, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func parseRouteChange(t string) (RouteChange, error) {
	c := RouteChange{Fib: -1}
	cmd, rest, _ := strings.Cut(t, " ")
	switch cmd {
	case "add", "delete", "change", "get":
	default:
		return c, fmt.Errorf("unknown command %q", cmd)
	}
	c.Cmd = cmd
	kind, rest, _ := strings.Cut(rest, " ")
	switch kind {
	case "host":
		c.Host = true
	case "net":
	default:
		return c, fmt.Errorf("want host or net, got %q", kind)
	}
	parts := strings.Split(rest, ": ")
	head := strings.Fields(parts[0])
	if len(head) == 0 {
		return c, fmt.Errorf("no destination")
	}
	c.Destination = head[0]
	tail := head[1:]
	for _, p := range parts[1:] {
		if g, ok := strings.CutPrefix(p, "gateway"); ok && (g == "" || g[0] == ' ') && c.Gateway == "" && c.Err == "" {
			gf := strings.Fields(g)
			if len(gf) == 0 {
				return c, fmt.Errorf("empty gateway")
			}
			c.Gateway, tail = gf[0], gf[1:]
			continue
		}
		if c.Err != "" {
			c.Err += ": " + p
		} else {
			c.Err = p
		}
	}
	switch {
	case len(tail) == 0:
	case len(tail) == 2 && tail[0] == "fib":
		n, err := strconv.Atoi(tail[1])
		if err != nil || n < 0 {
			return c, fmt.Errorf("fib %q", tail[1])
		}
		c.Fib = n
	default:
		return c, fmt.Errorf("unexpected %q", strings.Join(tail, " "))
	}
	return c, nil
}
