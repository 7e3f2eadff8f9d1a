package freebsd

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// TopHeader is the summary at the top of a `top -b` display. top prints only non-zero
// values on the Mem, ARC and Swap lines, so a field that was not printed is zero.
type TopHeader struct {
	LastPID int
	// Load holds the 1, 5 and 15 minute load averages.
	Load [3]float64
	// Uptime is "up D+HH:MM:SS"; Clock the wall-clock time printed after it ("14:22:07").
	Uptime time.Duration
	Clock  string
	// Processes is the total; ProcStates counts by state name ("running", "sleeping",
	// "waiting", "stopped", "zombie", "lock", "starting").
	Processes  int
	ProcStates map[string]int
	// CPU is nil when top printed no CPU line (FreeBSD 10 batch mode left it blank on the
	// first display).
	CPU *TopCPU
	Mem TopMem
	// ARC is nil without ZFS; Swap is nil when the line is absent (no swap device, current
	// releases) and all-zero for FreeBSD 10's empty "Swap:".
	ARC  *TopARC
	Swap *TopSwap
}

// TopCPU is the CPU line in percent.
type TopCPU struct {
	User, Nice, System, Interrupt, Idle float64
}

// TopMem is the Mem line, in bytes.
type TopMem struct {
	Active, Inact, Laundry, Wired, Buf, Free uint64
	// Cache was printed by FreeBSD ≤11.
	Cache uint64
}

// TopARC is the ZFS ARC line and its compression line, in bytes.
type TopARC struct {
	Total, MFU, MRU, Anon, Header, Other uint64
	Compressed, Uncompressed             uint64
	// Ratio is the compression ratio ("4.46:1" is 4.46).
	Ratio float64
}

// TopSwap is the Swap line: sizes in bytes, In and Out in bytes per second, Inuse in
// percent.
type TopSwap struct {
	Total, Used, Free, In, Out uint64
	Inuse                      float64
}

// ParseTopHeader parses the header of `top -b` output (any of -j, -C, -H, -S, -P; the
// process table is not read). When the output holds several displays (-d N) the last one
// is returned, because the first display's CPU line averages since boot. Memory sizes are
// converted with ParseHumanBytes (top prints KiB amounts humanized in base 1024: "9856K",
// "2918M", "15G"). Labels top may add in other releases are ignored; a value that cannot
// be read is an error.
func ParseTopHeader(b []byte) (*TopHeader, error) {
	var hdr *TopHeader
	inHeader := false
	for _, l := range lines(b) {
		t := strings.TrimSpace(l)
		if strings.Contains(t, "load averages:") || strings.HasPrefix(t, "last pid:") {
			hdr, inHeader = &TopHeader{}, true
		}
		if f := strings.Fields(t); len(f) > 0 && f[0] == "PID" {
			inHeader = false // the process table: commands may contain anything
		}
		if !inHeader {
			continue
		}
		if err := hdr.parseLine(t); err != nil {
			return nil, fmt.Errorf("top header line %q: %w", t, err)
		}
	}
	if hdr == nil {
		return nil, errors.New("top: no header (no \"load averages\" line)")
	}
	return hdr, nil
}

func (h *TopHeader) parseLine(t string) error {
	switch {
	case strings.Contains(t, "load averages:") || strings.HasPrefix(t, "last pid:"):
		return h.parseFirstLine(t)
	case strings.HasPrefix(t, "up "):
		return h.parseUptime(t)
	case strings.Contains(t, "processes:") || strings.Contains(t, "process:"):
		return h.parseProcesses(t)
	case strings.HasPrefix(t, "CPU:"):
		c, err := parseTopCPU(strings.TrimPrefix(t, "CPU:"))
		if err != nil {
			return err
		}
		h.CPU = c
	case strings.HasPrefix(t, "Mem:"):
		return topItems(strings.TrimPrefix(t, "Mem:"), func(name, v string) error {
			n, err := ParseHumanBytes(v)
			switch name {
			case "Active":
				h.Mem.Active = n
			case "Inact":
				h.Mem.Inact = n
			case "Laundry":
				h.Mem.Laundry = n
			case "Wired":
				h.Mem.Wired = n
			case "Buf":
				h.Mem.Buf = n
			case "Free":
				h.Mem.Free = n
			case "Cache":
				h.Mem.Cache = n
			default:
				return nil
			}
			return err
		})
	case strings.HasPrefix(t, "ARC:"):
		if h.ARC == nil {
			h.ARC = &TopARC{}
		}
		a := h.ARC
		return topItems(strings.TrimPrefix(t, "ARC:"), func(name, v string) error {
			n, err := ParseHumanBytes(v)
			switch name {
			case "Total":
				a.Total = n
			case "MFU":
				a.MFU = n
			case "MRU":
				a.MRU = n
			case "Anon":
				a.Anon = n
			case "Header":
				a.Header = n
			case "Other":
				a.Other = n
			default:
				return nil
			}
			return err
		})
	case strings.Contains(t, "Compressed") && h.ARC != nil:
		a := h.ARC
		return topItems(t, func(name, v string) error {
			var err error
			switch name {
			case "Compressed":
				a.Compressed, err = ParseHumanBytes(v)
			case "Uncompressed":
				a.Uncompressed, err = ParseHumanBytes(v)
			case "Ratio":
				num, ok := strings.CutSuffix(v, ":1")
				if !ok {
					return fmt.Errorf("ratio %q", v)
				}
				a.Ratio, err = strconv.ParseFloat(num, 64)
			}
			return err
		})
	case strings.HasPrefix(t, "Swap:"):
		s := &TopSwap{}
		h.Swap = s
		return topItems(strings.TrimPrefix(t, "Swap:"), func(name, v string) error {
			var err error
			switch name {
			case "Total":
				s.Total, err = ParseHumanBytes(v)
			case "Used":
				s.Used, err = ParseHumanBytes(v)
			case "Free":
				s.Free, err = ParseHumanBytes(v)
			case "In":
				s.In, err = ParseHumanBytes(v)
			case "Out":
				s.Out, err = ParseHumanBytes(v)
			case "Inuse":
				s.Inuse, err = parsePercent(v)
			}
			return err
		})
	}
	return nil
}

// parseFirstLine reads "last pid:  4127;  load averages:  0.52,  0.41,  0.30  up
// 0+02:13:45    14:22:07" (the part from "up" may be on its own line in copies).
func (h *TopHeader) parseFirstLine(t string) error {
	if rest, ok := strings.CutPrefix(t, "last pid:"); ok {
		pid, after, _ := strings.Cut(rest, ";")
		n, err := atoiField("last pid", strings.TrimSpace(pid))
		if err != nil {
			return err
		}
		h.LastPID = n
		t = after
	}
	_, rest, ok := strings.Cut(t, "load averages:")
	if !ok {
		return errors.New("no load averages")
	}
	loads, up, hasUp := strings.Cut(rest, "up ")
	f := strings.FieldsFunc(loads, func(r rune) bool { return r == ',' || r == ' ' })
	if len(f) != 3 {
		return fmt.Errorf("want 3 load averages, got %q", loads)
	}
	for i, s := range f {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("load average %q", s)
		}
		h.Load[i] = v
	}
	if hasUp {
		return h.parseUptime("up " + up)
	}
	return nil
}

// parseUptime reads "up 17+06:17:12  21:01:34".
func (h *TopHeader) parseUptime(t string) error {
	f := strings.Fields(strings.TrimPrefix(t, "up "))
	if len(f) == 0 || len(f) > 2 {
		return fmt.Errorf("uptime %q", t)
	}
	days := 0
	hms := f[0]
	if d, rest, ok := strings.Cut(hms, "+"); ok {
		n, err := atoiField("uptime days", d)
		if err != nil {
			return err
		}
		days, hms = n, rest
	}
	parts := strings.Split(hms, ":")
	if len(parts) != 3 {
		return fmt.Errorf("uptime %q: want D+HH:MM:SS", f[0])
	}
	if days < 0 || days > 100000 {
		return fmt.Errorf("uptime %q", f[0])
	}
	d := time.Duration(days) * 24 * time.Hour
	for i, unit := range []time.Duration{time.Hour, time.Minute, time.Second} {
		n, err := atoiField("uptime", parts[i])
		if err != nil || n < 0 || n > 1000000 {
			return fmt.Errorf("uptime %q", f[0])
		}
		d += time.Duration(n) * unit
	}
	h.Uptime = d
	if len(f) == 2 {
		h.Clock = f[1]
	}
	return nil
}

// parseProcesses reads "156 processes: 13 running, 97 sleeping, 46 waiting".
func (h *TopHeader) parseProcesses(t string) error {
	total, rest, _ := strings.Cut(t, ":")
	f := strings.Fields(total)
	if len(f) != 2 {
		return fmt.Errorf("process count %q", total)
	}
	n, err := atoiField("processes", f[0])
	if err != nil {
		return err
	}
	h.Processes = n
	h.ProcStates = map[string]int{}
	return topItems(rest, func(name, v string) error {
		n, err := atoiField(name, v)
		h.ProcStates[name] = n
		return err
	})
}

func parseTopCPU(s string) (*TopCPU, error) {
	c := &TopCPU{}
	err := topItems(s, func(name, v string) error {
		p, err := parsePercent(v)
		switch name {
		case "user":
			c.User = p
		case "nice":
			c.Nice = p
		case "system":
			c.System = p
		case "interrupt":
			c.Interrupt = p
		case "idle":
			c.Idle = p
		default:
			return nil
		}
		return err
	})
	return c, err
}

func parsePercent(v string) (float64, error) {
	num, ok := strings.CutSuffix(v, "%")
	if !ok {
		return 0, fmt.Errorf("%q is not a percentage", v)
	}
	return strconv.ParseFloat(num, 64)
}

// topItems calls fn for each "VALUE NAME" item of a comma-separated top summary line.
func topItems(s string, fn func(name, value string) error) error {
	for _, item := range strings.Split(s, ",") {
		f := strings.Fields(item)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return fmt.Errorf("item %q: want VALUE NAME", strings.TrimSpace(item))
		}
		if err := fn(f[1], f[0]); err != nil {
			return fmt.Errorf("%s: %w", f[1], err)
		}
	}
	return nil
}
