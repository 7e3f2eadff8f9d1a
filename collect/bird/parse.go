package bird

import (
	"bytes"
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// ErrNotUp is returned (wrapped, with the protocol name) by the OSPF parsers when BIRD answered
// "ospf1: is not up": the protocol exists but has not started yet, or has stopped.
var ErrNotUp = errors.New("protocol is not up")

// line is one meaningful line of birdc output with its 1-based line number, for errors.
type line struct {
	n int
	s string // trailing blanks removed; leading blanks kept, since indentation has meaning
}

func (l line) errorf(format string, args ...any) error {
	return fmt.Errorf("line %d: %s", l.n, fmt.Sprintf(format, args...))
}

// birdcVerbs are the first words of commands birdc echoes after its "bird>" prompt in
// interactive captures.
var birdcVerbs = []string{"show ", "configure", "enable ", "disable ", "restart ", "reload ",
	"down", "echo", "debug ", "dump ", "eval ", "exit", "quit", "help", "restrict", "mrtdump ",
	"graceful "}

// textLines splits birdc output into lines and drops what birdc adds around BIRD's answer:
// empty lines, the "BIRD x ready." banner, "Access restricted", ">>>" spontaneous messages,
// and interactive "bird>" prompts with the commands typed after them.
func textLines(text []byte) []line {
	var out []line
	for i, raw := range bytes.Split(text, []byte("\n")) {
		s := strings.TrimRight(string(raw), " \t\r")
		if rest, ok := strings.CutPrefix(s, "bird>"); ok {
			s = strings.TrimLeft(rest, " \t")
			if isCommandEcho(s) {
				continue
			}
		}
		if strings.TrimSpace(s) == "" || s == "Access restricted" || strings.HasPrefix(s, ">>>") ||
			(strings.HasPrefix(s, "BIRD ") && strings.HasSuffix(s, " ready.")) {
			continue
		}
		out = append(out, line{n: i + 1, s: s})
	}
	return out
}

func isCommandEcho(s string) bool {
	for _, v := range birdcVerbs {
		if strings.HasPrefix(s, v) {
			return true
		}
	}
	return false
}

// protoHeader reports whether l is the "ospf1:" line that starts a protocol's section, or the
// "ospf1: is not up" line that replaces it.
func protoHeader(l line) (name string, ok bool, err error) {
	s := strings.TrimSpace(l.s)
	if name, ok := strings.CutSuffix(s, ": is not up"); ok && !strings.ContainsAny(name, " \t") {
		return name, true, fmt.Errorf("%s: %w", name, ErrNotUp)
	}
	name, ok = strings.CutSuffix(s, ":")
	if !ok || name == "" || strings.ContainsAny(name, " \t:") {
		return "", false, nil
	}
	return name, true, nil
}

// keyValue splits "\tKey: value" at the first colon. Keys never contain a colon; values may
// (IPv6 addresses).
func keyValue(s string) (key, value string, ok bool) {
	k, v, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", false
	}
	return strings.TrimSpace(k), strings.TrimSpace(v), true
}

func parseInt(l line, what, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, l.errorf("%s %q is not a number", what, s)
	}
	return n, nil
}

func parseAddr(l line, what, s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, l.errorf("%s %q is not an address", what, s)
	}
	return a, nil
}

func parseYesNo(l line, what, s string) (bool, error) {
	switch s {
	case "Yes":
		return true, nil
	case "No":
		return false, nil
	}
	return false, l.errorf("%s %q is neither Yes nor No", what, s)
}

// parseSeconds reads a whole number of seconds, as BIRD prints OSPF timers.
func parseSeconds(l line, what, s string) (time.Duration, error) {
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return 0, l.errorf("%s %q is not a number of seconds", what, s)
	}
	return time.Duration(n) * time.Second, nil
}
