package freebsd

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Process is one row of `ps -axo pid,jid,rss,vsz,comm`.
type Process struct {
	PID int
	// JID is the jail the process runs in, 0 for the host.
	JID int
	// RSS and VSZ are in bytes (ps reports KiB); kernel threads have 0.
	RSS, VSZ uint64
	// Command is the command name (comm); it may contain spaces.
	Command string
}

// psColumn identifies the ps keywords ParsePs understands, by text header and libxo key.
type psColumn int

const (
	psOther psColumn = iota
	psPID
	psJID
	psRSS
	psVSZ
	psComm
)

var psHeaders = map[string]psColumn{
	"PID": psPID, "JID": psJID, "RSS": psRSS, "VSZ": psVSZ, "COMMAND": psComm, "UCOMM": psComm,
}

var psJSONKeys = map[string]psColumn{
	"pid": psPID, "jail-id": psJID, "rss": psRSS, "virtual-size": psVSZ, "command": psComm,
}

// ParsePs parses `ps -axo pid,jid,rss,vsz,comm` (any order of those keywords, others
// ignored if they print one word) as text or as libxo JSON (detected by a leading "{"),
// whose values are all strings.
//
// Text columns are located by the header words, not by position, because ps sizes each
// column to its widest value. The command must be the last column: ps does not pad it and
// it may contain spaces. A header without PID is an error.
func ParsePs(b []byte) ([]Process, error) {
	if isJSON(b) {
		return parsePsJSON(b)
	}
	ls := lines(b)
	for len(ls) > 0 && strings.TrimSpace(ls[0]) == "" {
		ls = ls[1:]
	}
	if len(ls) == 0 {
		return nil, nil
	}
	hdr := strings.Fields(ls[0])
	cols := make([]psColumn, len(hdr))
	hasPID := false
	for i, h := range hdr {
		cols[i] = psHeaders[h]
		if cols[i] == psComm && i != len(hdr)-1 {
			return nil, fmt.Errorf("ps header %q: COMMAND must be the last column", ls[0])
		}
		hasPID = hasPID || cols[i] == psPID
	}
	if !hasPID {
		return nil, fmt.Errorf("ps header %q: no PID column", ls[0])
	}
	var out []Process
	for _, l := range ls[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		cells := strings.Fields(l)
		if len(cells) < len(hdr) {
			return nil, fmt.Errorf("ps row %q: %d cells, want %d", l, len(cells), len(hdr))
		}
		if cols[len(cols)-1] == psComm {
			// Re-split so that the command keeps its inner spaces.
			cells = splitFieldsN(l, len(hdr))
		}
		if len(cells) != len(hdr) {
			return nil, fmt.Errorf("ps row %q: %d cells, want %d", l, len(cells), len(hdr))
		}
		var p Process
		for i, c := range cols {
			if err := p.set(c, cells[i]); err != nil {
				return nil, fmt.Errorf("ps row %q: %w", l, err)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// splitFieldsN splits s into n fields separated by white space (as strings.Fields
// defines it), the last one holding the rest of the line with its inner spacing. It
// returns fewer fields when s has fewer.
func splitFieldsN(s string, n int) []string {
	out := make([]string, 0, n)
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for len(out) < n-1 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			break
		}
		out = append(out, s[:i])
		s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
	if s = strings.TrimRightFunc(s, unicode.IsSpace); s != "" {
		out = append(out, s)
	}
	return out
}

func (p *Process) set(c psColumn, v string) error {
	var err error
	switch c {
	case psPID:
		p.PID, err = atoiField("pid", v)
	case psJID:
		p.JID, err = atoiField("jid", v)
	case psRSS:
		p.RSS, err = kibToBytes("rss", v)
	case psVSZ:
		p.VSZ, err = kibToBytes("vsz", v)
	case psComm:
		p.Command = v
	}
	return err
}

func kibToBytes(name, v string) (uint64, error) {
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n > ^uint64(0)/1024 {
		return 0, fmt.Errorf("%s %q is not a size in KiB", name, v)
	}
	return n * 1024, nil
}

func parsePsJSON(b []byte) ([]Process, error) {
	doc, err := parseOrderedJSON(b)
	if err != nil {
		return nil, fmt.Errorf("ps: %w", err)
	}
	objs, err := jsonList(doc, "process-information", "process")
	if err != nil {
		return nil, fmt.Errorf("ps: %w", err)
	}
	out := make([]Process, 0, len(objs))
	for i, o := range objs {
		var p Process
		for _, kv := range o {
			c, ok := psJSONKeys[kv.Key]
			if !ok {
				continue
			}
			s, ok := jsonString(kv.Val)
			if !ok {
				return nil, fmt.Errorf("ps: process %d: %s is not a scalar", i, kv.Key)
			}
			if c != psComm {
				s = strings.TrimSpace(s)
			}
			if err := p.set(c, s); err != nil {
				return nil, fmt.Errorf("ps: process %d: %w", i, err)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// ParsePsJID parses `ps -o jid= -p PID`: one integer, possibly padded, no header. Empty
// output (the process is gone; ps then exits 1) is an error.
func ParsePsJID(b []byte) (int, error) {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return 0, fmt.Errorf("ps -o jid=: empty output (no such process)")
	}
	return atoiField("ps -o jid=", s)
}
