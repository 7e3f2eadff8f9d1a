package freebsd

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// SysctlEntry is one variable from sysctl(8) output.
type SysctlEntry struct {
	Name string
	// Value is the value as printed, without the trailing newline; values of opaque or
	// structured oids may span several lines (joined with "\n").
	Value string
	// Old is the value before a set ("net.inet.ip.forwarding: 0 -> 1" has Old "0", Value
	// "1"); Set reports that the line had that form.
	Old string
	Set bool
}

// Uint reads Value as an unsigned decimal integer.
func (e SysctlEntry) Uint() (uint64, error) {
	v, err := strconv.ParseUint(strings.TrimSpace(e.Value), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("sysctl %s: %q is not an unsigned integer", e.Name, e.Value)
	}
	return v, nil
}

// Uints reads a Value made of space-separated unsigned integers (kern.cp_time,
// kern.cp_times).
func (e SysctlEntry) Uints() ([]uint64, error) {
	f := strings.Fields(e.Value)
	out := make([]uint64, 0, len(f))
	for _, s := range f {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("sysctl %s: %q is not an unsigned integer", e.Name, s)
		}
		out = append(out, v)
	}
	return out, nil
}

// sysctlLine matches the start of an entry: an oid name (at least two components) followed
// by ": " (default), ":" at the end of the line (a value that starts on the next line) or
// "=" (sysctl -e).
var sysctlLine = regexp.MustCompile(`^([A-Za-z0-9_%-]+(?:\.[A-Za-z0-9_%-]+)+)(?:: |:$|=)(.*)$`)

// ParseSysctl parses sysctl(8) output with names: `sysctl NAME...` ("name: value"),
// `sysctl -e` ("name=value"), and setting a value ("name: old -> new"). A line that does not
// start with an oid name continues the previous value (vm.vmtotal, kern.geom.conftxt). A
// value is read as a set only when it is a single line with exactly one " -> ". Empty
// output (sysctl -i for an absent oid) gives no entries. Output that does not start with
// an entry is an error; use ParseSysctlValue for -n.
func ParseSysctl(b []byte) ([]SysctlEntry, error) {
	var out []SysctlEntry
	for _, l := range lines(b) {
		if m := sysctlLine.FindStringSubmatch(l); m != nil {
			out = append(out, SysctlEntry{Name: m[1], Value: m[2]})
			continue
		}
		if len(out) == 0 {
			if strings.TrimSpace(l) == "" {
				continue
			}
			return nil, fmt.Errorf("sysctl: line %q is not \"name: value\"", l)
		}
		e := &out[len(out)-1]
		if e.Value == "" {
			e.Value = l
		} else {
			e.Value += "\n" + l
		}
	}
	for i := range out {
		e := &out[i]
		if strings.Count(e.Value, " -> ") == 1 && !strings.Contains(e.Value, "\n") {
			e.Old, e.Value, _ = strings.Cut(e.Value, " -> ")
			e.Set = true
		}
	}
	return out, nil
}

// ParseSysctlValue parses `sysctl -n NAME` (or `sysctl -i -n NAME`): the value alone. It
// returns ok=false for empty output, which with -i means the oid does not exist (a kernel
// without VIMAGE has no kern.features.vimage); without -i an absent oid is an error on
// stderr instead (see ParseToolErrors and ErrUnknownOID). Only the final newline is
// removed.
func ParseSysctlValue(b []byte) (value string, ok bool) {
	s := strings.TrimSuffix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	if s == "" {
		return "", false
	}
	return s, true
}

// ParseSysctlUint parses `sysctl [-i] -n NAME` for an integer oid (hw.physmem,
// vm.stats.vm.v_free_count, kern.features.vimage). ok is false when the output is empty
// (absent oid with -i); a non-numeric value is an error.
func ParseSysctlUint(b []byte) (v uint64, ok bool, err error) {
	s, ok := ParseSysctlValue(b)
	if !ok {
		return 0, false, nil
	}
	v, err = strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return 0, true, fmt.Errorf("sysctl -n: %q is not an unsigned integer", s)
	}
	return v, true, nil
}
