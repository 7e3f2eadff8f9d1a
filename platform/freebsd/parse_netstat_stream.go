package freebsd

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// CounterSet names which counters of an IfCounters were printed. netstat prints "-" for a
// counter that does not apply to a row (errors of an address row) and omits columns that
// were not asked for (bytes without -b, drops without -d); such counters are zero and absent
// from the set.
type CounterSet uint16

// The counters of an interface, as netstat names them (-i header / -w header / libxo key).
const (
	CounterInPackets  CounterSet = 1 << iota // Ipkts / input packets / received-packets
	CounterInErrors                          // Ierrs / input errs / received-errors
	CounterInDrops                           // Idrop / idrops / first dropped-packets
	CounterInBytes                           // Ibytes / input bytes / received-bytes
	CounterOutPackets                        // Opkts / output packets / sent-packets
	CounterOutErrors                         // Oerrs / output errs / send-errors
	CounterOutBytes                          // Obytes / output bytes / sent-bytes
	CounterCollisions                        // Coll / colls / collisions
	CounterOutDrops                          // Drop / drops (-d) / second dropped-packets
)

// Has reports whether every counter in f is in the set.
func (s CounterSet) Has(f CounterSet) bool { return s&f == f }

// IfCounters is one row of interface counters from netstat. For netstat -w rows the values
// are deltas over one interval; for netstat -i rows they are totals since the counter was
// created. Output drops are packets dropped on the send queue (oqdrops); on an epair whose
// peer is gone, sent packets show up as OutErrors instead.
type IfCounters struct {
	InPackets, InErrors, InDrops, InBytes uint64
	OutPackets, OutErrors, OutBytes       uint64
	Collisions, OutDrops                  uint64
	Present                               CounterSet
}

// NetstatStream is what ParseNetstatStream read from `netstat -w N [-i] [-h] [-d] [-I if]`.
type NetstatStream struct {
	// Interface is the interface named in the banner: "epair0a" from current releases, "ix0"
	// from the old "(ix0)" form. It is empty when the banner says "(Total)" and for JSON,
	// which does not carry the name.
	Interface string
	// Total is true when the banner says "(Total)": the rows sum all interfaces.
	Total bool
	// Humanized is true when any value had a unit suffix (-h); such values are rounded to the
	// two or three significant digits netstat printed.
	Humanized bool
	// Rows are the per-interval samples after the first, in order.
	Rows []IfCounters
}

// netstatStreamCols is the column order of a netstat -w row.
var netstatStreamCols = []CounterSet{
	CounterInPackets, CounterInErrors, CounterInDrops, CounterInBytes,
	CounterOutPackets, CounterOutErrors, CounterOutBytes, CounterCollisions, CounterOutDrops,
}

// isByteCounter reports whether a counter is humanized in base 1024 rather than 1000.
func isByteCounter(c CounterSet) bool { return c == CounterInBytes || c == CounterOutBytes }

// set stores v as counter c.
func (r *IfCounters) set(c CounterSet, v uint64) {
	switch c {
	case CounterInPackets:
		r.InPackets = v
	case CounterInErrors:
		r.InErrors = v
	case CounterInDrops:
		r.InDrops = v
	case CounterInBytes:
		r.InBytes = v
	case CounterOutPackets:
		r.OutPackets = v
	case CounterOutErrors:
		r.OutErrors = v
	case CounterOutBytes:
		r.OutBytes = v
	case CounterCollisions:
		r.Collisions = v
	case CounterOutDrops:
		r.OutDrops = v
	}
	r.Present |= c
}

// parseCounter reads one counter cell, plain or humanized, and reports whether it carried a
// unit suffix.
func parseCounter(c CounterSet, s string) (v uint64, humanized bool, err error) {
	if allDigits(s) && s != "" {
		v, err = strconv.ParseUint(s, 10, 64)
		return v, false, err
	}
	if isByteCounter(c) {
		v, err = ParseHumanBytes(s)
	} else {
		v, err = ParseHumanCount(s)
	}
	return v, true, err
}

// NetstatStreamDecoder reads the text of a running `netstat -w` one line at a time, for a
// sampler that cannot wait for the command to end. It keeps the state ParseNetstatStream
// needs across lines: the banner seen, whether -d added a drops column, and whether the
// first data row has been dropped. The zero value is ready to use.
type NetstatStreamDecoder struct {
	iface      string
	total      bool
	banner     bool
	headerSeen bool
	drops      bool
	firstSeen  bool
	humanized  bool
}

// Interface returns the interface named by the last banner ("" for "(Total)" or before any
// banner) and whether the banner said "(Total)".
func (d *NetstatStreamDecoder) Interface() (name string, total bool) { return d.iface, d.total }

// Line consumes one line of netstat -w output. It returns ok=true with a sample for a data
// row, and ok=false for banners, blank lines and the first data row of the stream.
//
// The first data row is dropped on purpose: netstat reads its baseline before the loop and
// prints the first row one interval later, so the row covers an interval that began before
// the caller's clock reference (process start-up and, over SSH, connection set-up fall
// inside it). Older releases printed totals since boot in that row instead of a delta. Only
// the first row of the stream is dropped, not the first after each repeated banner (netstat
// repeats the two banner lines every 21 rows).
func (d *NetstatStreamDecoder) Line(line string) (row IfCounters, ok bool, err error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return IfCounters{}, false, nil
	}
	switch f[0] {
	case "input":
		if len(f) != 3 || f[2] != "output" {
			return IfCounters{}, false, fmt.Errorf("netstat banner %q: want \"input NAME output\"", line)
		}
		name := f[1]
		total := name == "(Total)"
		if total {
			name = ""
		} else if len(name) > 2 && name[0] == '(' && name[len(name)-1] == ')' {
			name = name[1 : len(name)-1]
		}
		d.iface, d.total, d.banner = name, total, true
		return IfCounters{}, false, nil
	case "packets":
		switch {
		case len(f) == 8 && f[7] == "colls":
			d.drops = false
		case len(f) == 9 && f[8] == "drops":
			d.drops = true
		default:
			return IfCounters{}, false, fmt.Errorf("netstat header %q: unexpected columns", line)
		}
		d.headerSeen = true
		return IfCounters{}, false, nil
	}
	// netstat pads columns but a wide value pushes the rest of the row right, so cells are
	// whitespace-separated, never fixed-width.
	want := len(f)
	if d.headerSeen {
		want = 8
		if d.drops {
			want = 9
		}
	}
	if len(f) != want || (want != 8 && want != 9) {
		return IfCounters{}, false, fmt.Errorf("netstat row %q: %d cells, want %d", line, len(f), want)
	}
	for i, cell := range f {
		c := netstatStreamCols[i]
		v, h, err := parseCounter(c, cell)
		if err != nil {
			return IfCounters{}, false, fmt.Errorf("netstat row %q: column %d: %w", line, i+1, err)
		}
		d.humanized = d.humanized || h
		row.set(c, v)
	}
	if !d.firstSeen {
		d.firstSeen = true
		return IfCounters{}, false, nil
	}
	return row, true, nil
}

// ParseNetstatStream parses the complete output of `netstat -w N` with any of -i, -h, -d,
// -I IF and -q COUNT, as text or as libxo JSON (`--libxo json`, detected by a leading "{").
//
// Text: banners may repeat and are skipped; the interface comes from the banner; rows are
// split on whitespace because an overflowing value shifts later columns; humanized cells
// are read back with ParseHumanCount for counts and ParseHumanBytes for bytes. JSON: values
// may be numbers or, with -h, humanized strings; with -d the second "dropped-packets" key
// is the output drops. JSON must be complete (run with -q N): netstat closes the list only
// when it exits.
//
// In both forms the first sample is dropped (see NetstatStreamDecoder.Line for why), so
// Rows holds one fewer sample than netstat printed. Output that has no data rows yields an
// empty Rows and no error; a malformed row is an error.
func ParseNetstatStream(b []byte) (*NetstatStream, error) {
	if isJSON(b) {
		return parseNetstatStreamJSON(b)
	}
	var d NetstatStreamDecoder
	out := &NetstatStream{}
	for _, l := range lines(b) {
		row, ok, err := d.Line(l)
		if err != nil {
			return nil, err
		}
		if ok {
			out.Rows = append(out.Rows, row)
		}
	}
	if !d.banner && !d.headerSeen && d.firstSeen {
		return nil, errors.New("netstat -w: data rows without a banner")
	}
	out.Interface, out.Total, out.Humanized = d.iface, d.total, d.humanized
	return out, nil
}

// netstatJSONKeys maps libxo keys of netstat -i/-w to counters. "dropped-packets" is handled
// by position because it appears twice.
var netstatJSONKeys = map[string]CounterSet{
	"received-packets": CounterInPackets,
	"received-errors":  CounterInErrors,
	"received-bytes":   CounterInBytes,
	"sent-packets":     CounterOutPackets,
	"send-errors":      CounterOutErrors,
	"sent-bytes":       CounterOutBytes,
	"collisions":       CounterCollisions,
}

// countersFromJSON fills counters from one libxo object and reports whether any value was
// humanized. Keys that are not counters are ignored.
func countersFromJSON(o jsonObject) (IfCounters, bool, error) {
	var row IfCounters
	humanized, drops := false, 0
	for _, kv := range o {
		c, ok := netstatJSONKeys[kv.Key]
		if kv.Key == "dropped-packets" {
			c, ok = CounterInDrops, true
			if drops > 0 {
				c = CounterOutDrops
			}
			drops++
		}
		if !ok {
			continue
		}
		s, ok := jsonString(kv.Val)
		if !ok || s == "" {
			return row, false, fmt.Errorf("%s: %v is not a counter", kv.Key, kv.Val)
		}
		v, h, err := parseCounter(c, s)
		if err != nil {
			return row, false, fmt.Errorf("%s: %w", kv.Key, err)
		}
		humanized = humanized || h
		row.set(c, v)
	}
	return row, humanized, nil
}

func parseNetstatStreamJSON(b []byte) (*NetstatStream, error) {
	doc, err := parseOrderedJSON(b)
	if err != nil {
		return nil, fmt.Errorf("netstat -w: %w", err)
	}
	objs, err := jsonList(doc, "statistics", "interface-statistics")
	if err != nil {
		return nil, fmt.Errorf("netstat -w: %w", err)
	}
	out := &NetstatStream{}
	for i, o := range objs {
		row, h, err := countersFromJSON(o)
		if err != nil {
			return nil, fmt.Errorf("netstat -w: sample %d: %w", i, err)
		}
		out.Humanized = out.Humanized || h
		if i > 0 {
			out.Rows = append(out.Rows, row)
		}
	}
	return out, nil
}
