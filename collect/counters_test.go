package collect

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
)

// humanizeNumber is FreeBSD's humanize_number(buf, 5, v, "", HN_AUTOSCALE,
// HN_NOSPACE|HN_DECIMAL[|HN_DIVISOR_1000]) as netstat -h calls it (lib/libutil/
// humanize_number.c), in its own integer arithmetic: only the last division's remainder
// counts, and it rounds half up.
func humanizeNumber(quotient int64, bytes bool) string {
	divisor, deccut := int64(1000), int64(950)
	prefixes := []string{"", "k", "M", "G", "T", "P", "E"}
	if bytes {
		divisor, deccut = 1024, 973
		prefixes = []string{"", "K", "M", "G", "T", "P", "E"}
	}
	const bufLen, baseLen, maxScale = 5, 2, 6 // digit + prefix; NUL is the 5th byte
	maxv := int64(1)
	for i := bufLen - baseLen; i > 0; i-- {
		maxv *= 10
	}
	var remainder int64
	i := 0
	for (quotient >= maxv || (quotient == maxv-1 && (remainder >= deccut || remainder >= divisor/2))) && i < maxScale {
		remainder = quotient % divisor
		quotient /= divisor
		i++
	}
	var s string
	if ((quotient == 9 && remainder < deccut) || quotient < 9) && i > 0 {
		s1 := quotient + (remainder*10+divisor/2)/divisor/10
		s2 := ((remainder*10 + divisor/2) / divisor) % 10
		s = fmt.Sprintf("%d.%d%s", s1, s2, prefixes[i])
	} else {
		s = fmt.Sprintf("%d%s", quotient+(remainder+divisor/2)/divisor, prefixes[i])
	}
	if len(s) > bufLen-1 { // snprintf truncates to the buffer
		s = s[:bufLen-1]
	}
	return s
}

// The reference itself reproduces the cells FREEBSD-FACTS.md quotes.
func TestHumanizeNumberReference(t *testing.T) {
	for _, tt := range []struct {
		v     int64
		bytes bool
		want  string
	}{
		{490, false, "490"}, {1500, false, "1.5k"}, {29000, false, "29k"}, {92000, false, "92k"},
		{826 * 1024, true, "826K"}, {7 << 20, true, "7.0M"}, {2899102924, true, "2.7G"},
		{1450, false, "1.5k"}, {28500, false, "29k"}, {1280, true, "1.3K"}, {math.MaxInt64, false, "9.2E"},
	} {
		if got := humanizeNumber(tt.v, tt.bytes); got != tt.want {
			t.Errorf("humanizeNumber(%d, %v) = %q, want %q", tt.v, tt.bytes, got, tt.want)
		}
	}
}

func TestHumanizeNetstatRules(t *testing.T) {
	tests := []struct {
		v     uint64
		bytes bool
		want  string
	}{
		// Counts: base 1000, lowercase k; one decimal below 10 units; none under 1000.
		{0, false, "0"},
		{7, false, "7"},
		{490, false, "490"},
		{999, false, "999"},
		{1000, false, "1.0k"},
		{1500, false, "1.5k"},
		{9949, false, "9.9k"},
		{9950, false, "10k"}, // 9.95k would round to 10.0k: five characters
		{29000, false, "29k"},
		{102000, false, "102k"},
		{999499, false, "999k"},
		{999500, false, "1.0M"}, // 999.5k would round to 1000k
		{1600000, false, "1.6M"},
		{46000000, false, "46M"},
		{2000000000, false, "2.0G"},
		// Bytes: base 1024, uppercase K.
		{999, true, "999"},
		{1000, true, "1.0K"}, // four digits do not fit: scaled even under 1024
		{1023, true, "1.0K"},
		{1024, true, "1.0K"},
		{10188, true, "9.9K"},
		{10189, true, "10K"},
		{337 * 1024, true, "337K"},
		{826 * 1024, true, "826K"},
		{1023487, true, "999K"},
		{1023488, true, "1.0M"},
		{7 << 20, true, "7.0M"},
		{22 << 20, true, "22M"},
		{801 << 20, true, "801M"},
		{2899102924, true, "2.7G"},
	}
	for _, tt := range tests {
		if got := Humanize(tt.v, tt.bytes); got != tt.want {
			t.Errorf("Humanize(%d, bytes=%v) = %q, want %q", tt.v, tt.bytes, got, tt.want)
		}
		if ref := humanizeNumber(int64(tt.v), tt.bytes); ref != tt.want {
			t.Errorf("test table disagrees with humanize_number for %d: %q", tt.v, ref)
		}
	}
}

// TestHumanizeMatchesHumanizeNumber compares Humanize with FreeBSD's arithmetic over every
// value below 200k and a geometric sweep above. humanize_number rounds half up in integers;
// a float %.1f/%.0f rounds half to even and sees 1.45 as 1.4499…, so ties differ.
func TestHumanizeMatchesHumanizeNumber(t *testing.T) {
	check := func(v uint64, bytes bool) bool {
		want := humanizeNumber(int64(v), bytes)
		if got := Humanize(v, bytes); got != want {
			t.Errorf("Humanize(%d, bytes=%v) = %q, netstat -h prints %q", v, bytes, got, want)
			return false
		}
		return true
	}
	for _, bytes := range []bool{false, true} {
		bad := 0
		for v := uint64(0); v < 200000 && bad < 5; v++ {
			if !check(v, bytes) {
				bad++
			}
		}
		for f := 200000.0; f < math.MaxInt64/2 && bad < 10; f *= 1.0007 {
			if !check(uint64(f), bytes) {
				bad++
			}
		}
	}
}

// TestHumanizeFitsFourChars: the cell is at most 4 characters whatever the value (netstat's
// buffer is 5 bytes); the largest counters need the E prefix.
func TestHumanizeFitsFourChars(t *testing.T) {
	for _, v := range []uint64{0, 999, 1000, 9999, 99999, 999999, 1 << 40, 1 << 50, 999e15, 1e18, math.MaxInt64} {
		for _, bytes := range []bool{false, true} {
			if got := Humanize(v, bytes); len(got) > 4 {
				t.Errorf("Humanize(%d, bytes=%v) = %q: %d characters, netstat prints %q",
					v, bytes, got, len(got), humanizeNumber(int64(v), bytes))
			}
		}
	}
}

// netstatFixture is a captured `netstat -ihw 1 -I name` output: its banners and data rows.
type netstatFixture struct {
	name    string // interface name in the banner; "" for old-format banners not checked
	banners []string
	rows    []string
}

func readNetstat(t *testing.T, file, iface string) netstatFixture {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	fx := netstatFixture{name: iface}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		f := strings.Fields(lines[i])
		if len(f) > 0 && f[0] == "input" {
			fx.banners = append(fx.banners, lines[i]+"\n"+lines[i+1]+"\n")
			i++
			continue
		}
		fx.rows = append(fx.rows, lines[i])
	}
	return fx
}

// plausible turns a humanized cell back into a value that netstat could have humanized into
// it: the number times its unit ("826K" → 826×1024 bytes, "1.5k" → 1500 packets).
func plausible(t *testing.T, cell string, bytes bool) uint64 {
	t.Helper()
	units := map[byte]float64{'k': 1e3, 'M': 1e6, 'G': 1e9}
	if bytes {
		units = map[byte]float64{'K': 1 << 10, 'M': 1 << 20, 'G': 1 << 30}
	}
	num, mul := cell, 1.0
	if last := cell[len(cell)-1]; last < '0' || last > '9' {
		num, mul = cell[:len(cell)-1], units[last]
		if mul == 0 {
			t.Fatalf("cell %q: unit %q is not netstat's for this column", cell, last)
		}
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		t.Fatalf("cell %q: %v", cell, err)
	}
	return uint64(math.Round(f * mul))
}

func TestNetstatFixtures(t *testing.T) {
	for _, fx := range []netstatFixture{
		readNetstat(t, "netstat-ihw-I-vnetdemobridge.txt", "vnetdemobridge"),
		readNetstat(t, "netstat-ihw-I-epair0a.synthetic.txt", "epair0a"),
		readNetstat(t, "netstat-ihw-I-ix0-highrate.synthetic.txt", "ix0"),
		readNetstat(t, "netstat-ihw-total-firewall-chelsio.txt", ""), // published with its banner reflowed
	} {
		if fx.name != "" {
			if len(fx.banners) == 0 {
				t.Fatalf("%s: no banner in the fixture", fx.name)
			}
			for _, b := range fx.banners {
				if got := NetstatBanner(fx.name); got != b {
					t.Errorf("NetstatBanner(%q) =\n%q\nthe fixture has\n%q", fx.name, got, b)
				}
			}
		}
		if len(fx.rows) == 0 {
			t.Fatalf("%s: no rows", fx.name)
		}
		for _, row := range fx.rows {
			cells := strings.Fields(row)
			if len(cells) != 8 {
				t.Fatalf("row %q: %d cells", row, len(cells))
			}
			var v [8]uint64
			for i, c := range cells {
				// Columns 3 and 6 (input and output bytes) are base 1024; the others count.
				bytes := i == 3 || i == 6
				v[i] = plausible(t, c, bytes)
				if got := Humanize(v[i], bytes); got != c {
					t.Errorf("Humanize(%d, bytes=%v) = %q, the fixture cell is %q", v[i], bytes, got, c)
				}
			}
			if got := NetstatRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]); got != row {
				t.Errorf("NetstatRow =\n%q\nthe fixture row is\n%q", got, row)
			}
		}
	}
}

func TestNetstatBannerLayout(t *testing.T) {
	got := NetstatBanner("bridge0")
	want := "            input        bridge0           output\n" +
		"   packets  errs idrops      bytes    packets  errs      bytes colls\n"
	if got != want {
		t.Errorf("NetstatBanner(bridge0) =\n%q\nwant\n%q", got, want)
	}
}

// fakeCounters replays one snapshot of a node's interface counters per call.
type fakeCounters struct {
	mu    sync.Mutex
	snaps [][]lab.LinkCounters
	errAt map[int]bool // calls that fail, as when the node is not there yet
	calls int
	nodes []string
}

func (f *fakeCounters) LinkCounters(ctx context.Context, node string) ([]lab.LinkCounters, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	i := f.calls
	f.calls++
	f.nodes = append(f.nodes, node)
	if f.errAt[i] {
		return nil, errors.New("no such namespace")
	}
	if i >= len(f.snaps) {
		return nil, fmt.Errorf("fake: no snapshot %d", i)
	}
	return f.snaps[i], nil
}

var _ lab.CounterSource = (*fakeCounters)(nil)

func isLink(name string) bool {
	return strings.HasPrefix(name, "epair") && strings.HasSuffix(name, "a")
}

// find returns the value of the one series named name with exactly labels (nil: none).
func find(t *testing.T, ss []lab.Series, name string, labels map[string]string) (float64, bool) {
	t.Helper()
	var out []float64
	for _, s := range ss {
		if s.Name != name || len(s.Labels) != len(labels) {
			continue
		}
		match := true
		for k, v := range labels {
			match = match && s.Labels[k] == v
		}
		if match {
			if len(s.Points) != 1 {
				t.Errorf("series %s%v has %d points, want 1", name, labels, len(s.Points))
			}
			out = append(out, s.Points[0].V)
		}
	}
	if len(out) > 1 {
		t.Errorf("series %s%v appears %d times", name, labels, len(out))
	}
	if len(out) == 0 {
		return 0, false
	}
	return out[0], true
}

func TestIfaceSamplerRates(t *testing.T) {
	br := func(rxp, txp, rxb, txb, rxe, txe, rxd, txd uint64) lab.LinkCounters {
		return lab.LinkCounters{Name: "vnetdemobridge", RxPackets: rxp, TxPackets: txp, RxBytes: rxb, TxBytes: txb,
			RxErrors: rxe, TxErrors: txe, RxDrops: rxd, TxDrops: txd}
	}
	link := func(name string, rx, tx, drops uint64) lab.LinkCounters {
		return lab.LinkCounters{Name: name, RxPackets: rx, TxPackets: tx, RxDrops: drops}
	}
	src := &fakeCounters{snaps: [][]lab.LinkCounters{
		{br(1000, 5000, 1e6, 9e6, 0, 0, 0, 0), link("epair1a", 100, 200, 0), link("epair2a", 1000, 10, 5),
			{Name: "lo", RxPackets: 7}, link("epair1b", 50, 50, 0)},
		// t=1 → t=3: every counter moved by an even amount.
		{br(3000, 5600, 3e6, 9.5e6, 4, 2, 10, 6), link("epair1a", 300, 260, 2), link("epair2a", 1600, 30, 5),
			{Name: "lo", RxPackets: 1e6}, link("epair1b", 5e6, 5e6, 1e6)},
	}}
	s := &IfaceSampler{Src: src, Node: "host", Bridge: "vnetdemobridge", IsLink: isLink}
	if got := s.Sample(context.Background(), 1); got != nil {
		t.Errorf("first tick: %v, want nothing (no previous counters)", got)
	}
	got := s.Sample(context.Background(), 3)
	want := map[string]float64{
		lab.SeriesBridgeRxPackets: 1000, lab.SeriesBridgeTxPackets: 300,
		lab.SeriesBridgeRxBytes: 1e6, lab.SeriesBridgeTxBytes: 2.5e5,
		lab.SeriesBridgeRxErrors: 2, lab.SeriesBridgeTxErrors: 1,
		lab.SeriesBridgeRxDrops: 5, lab.SeriesBridgeTxDrops: 3,
		// Only the epair…a ends: (200+600)/2, (60+20)/2, (2+0)/2.
		lab.SeriesLinksRxPackets: 400, lab.SeriesLinksTxPackets: 40, lab.SeriesLinksRxDrops: 1, lab.SeriesLinksTxDrops: 0,
	}
	for name, w := range want {
		v, ok := find(t, got, name, nil)
		if !ok || v != w {
			t.Errorf("%s = %v (present %v), want %v", name, v, ok, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d series, want %d (no per-link series without PerLinkEvery): %+v", len(got), len(want), got)
	}
	for _, s := range got {
		if s.Points[0].T != 3 {
			t.Errorf("%s stamped t=%v, want 3", s.Name, s.Points[0].T)
		}
	}
	for _, n := range src.nodes {
		if n != "host" {
			t.Errorf("counters read in node %q, want host", n)
		}
	}
}

func TestIfaceSamplerCounterReset(t *testing.T) {
	src := &fakeCounters{snaps: [][]lab.LinkCounters{
		{{Name: "br0", RxPackets: 1e9, TxPackets: 500, RxBytes: 1e12}, {Name: "epair1a", RxPackets: 1e6}},
		// The bridge was recreated: rx counters restart low; tx keeps growing.
		{{Name: "br0", RxPackets: 10, TxPackets: 700, RxBytes: 20}, {Name: "epair1a", RxPackets: 3}},
	}}
	s := &IfaceSampler{Src: src, Node: "host", Bridge: "br0", IsLink: isLink}
	s.Sample(context.Background(), 1)
	got := s.Sample(context.Background(), 2)
	for _, name := range []string{lab.SeriesBridgeRxPackets, lab.SeriesBridgeRxBytes, lab.SeriesLinksRxPackets} {
		if v, ok := find(t, got, name, nil); !ok || v != 0 {
			t.Errorf("%s after a reset = %v (present %v), want 0", name, v, ok)
		}
	}
	if v, _ := find(t, got, lab.SeriesBridgeTxPackets, nil); v != 200 {
		t.Errorf("tx packets = %v, want 200", v)
	}
	for _, s := range got {
		if v := s.Points[0].V; v < 0 || v > 1e6 || math.IsNaN(v) {
			t.Errorf("%s = %v: a reset must not produce a negative or wrapped rate", s.Name, v)
		}
	}
}

func TestIfaceSamplerPerLink(t *testing.T) {
	var snaps [][]lab.LinkCounters
	for k := range 7 {
		snaps = append(snaps, []lab.LinkCounters{
			{Name: "br0"},
			{Name: "epair1a", RxPackets: uint64(10 * k)},
			{Name: "epair2a", RxPackets: uint64(30 * k)},
		})
	}
	s := &IfaceSampler{Src: &fakeCounters{snaps: snaps}, Node: "host", Bridge: "br0", IsLink: isLink, PerLinkEvery: 2}
	for tick := 1; tick <= 7; tick++ {
		got := s.Sample(context.Background(), float64(tick))
		if tick == 1 {
			if got != nil {
				t.Errorf("tick 1: %v, want nothing", got)
			}
			continue
		}
		v1, ok1 := find(t, got, lab.SeriesLinkRxPackets, map[string]string{"link": "epair1a"})
		v2, ok2 := find(t, got, lab.SeriesLinkRxPackets, map[string]string{"link": "epair2a"})
		wantPer := tick%2 == 0
		if ok1 != wantPer || ok2 != wantPer {
			t.Errorf("tick %d: per-link series present %v/%v, want %v (every 2nd tick)", tick, ok1, ok2, wantPer)
		}
		if wantPer && (v1 != 10 || v2 != 30) {
			t.Errorf("tick %d: per-link rates %v, %v, want 10, 30", tick, v1, v2)
		}
		if sum, ok := find(t, got, lab.SeriesLinksRxPackets, nil); !ok || sum != 40 {
			t.Errorf("tick %d: links sum %v, want 40 (= the per-link rates added)", tick, sum)
		}
	}
}

func TestIfaceSamplerSkips(t *testing.T) {
	snap := func(rx uint64, extra ...lab.LinkCounters) []lab.LinkCounters {
		return append([]lab.LinkCounters{{Name: "br0", RxPackets: rx}, {Name: "epair1a", RxPackets: rx}}, extra...)
	}
	src := &fakeCounters{
		snaps: [][]lab.LinkCounters{
			nil,       // call 0: fails (node not built yet)
			snap(100), // call 1: first counters
			nil,       // call 2: fails (a slow moment)
			snap(500), // call 3: t=4, rates over t=2..4
			snap(500), // call 4: same t: no rate
			snap(900, lab.LinkCounters{Name: "epair2a", RxPackets: 1e6}), // call 5: a new link has no previous value
		},
		errAt: map[int]bool{0: true, 2: true},
	}
	s := &IfaceSampler{Src: src, Node: "host", Bridge: "br0", IsLink: isLink}
	ctx := context.Background()
	if got := s.Sample(ctx, 1); got != nil {
		t.Errorf("source error: %v, want nothing", got)
	}
	if got := s.Sample(ctx, 2); got != nil {
		t.Errorf("first counters: %v, want nothing", got)
	}
	if got := s.Sample(ctx, 3); got != nil {
		t.Errorf("source error: %v, want nothing", got)
	}
	got := s.Sample(ctx, 4)
	if v, _ := find(t, got, lab.SeriesBridgeRxPackets, nil); v != 200 {
		t.Errorf("after a failed read: rate %v, want 200 (400 packets over the 2 s since the last good read)", v)
	}
	if got := s.Sample(ctx, 4); got != nil {
		t.Errorf("zero interval: %v, want nothing", got)
	}
	got = s.Sample(ctx, 5)
	if v, _ := find(t, got, lab.SeriesLinksRxPackets, nil); v != 400 {
		t.Errorf("links with a new member: %v, want 400 (the new link has no delta yet)", v)
	}

	// No IsLink: bridge series only.
	src2 := &fakeCounters{snaps: [][]lab.LinkCounters{snap(1), snap(2)}}
	s2 := &IfaceSampler{Src: src2, Node: "host", Bridge: "br0"}
	s2.Sample(ctx, 1)
	for _, ser := range s2.Sample(ctx, 2) {
		if strings.HasPrefix(ser.Name, "links.") {
			t.Errorf("series %s without IsLink", ser.Name)
		}
	}
	// No bridge in the node: links only.
	src3 := &fakeCounters{snaps: [][]lab.LinkCounters{{{Name: "epair1a"}}, {{Name: "epair1a", RxPackets: 5}}}}
	s3 := &IfaceSampler{Src: src3, Node: "host", Bridge: "br0", IsLink: isLink}
	s3.Sample(ctx, 1)
	for _, ser := range s3.Sample(ctx, 2) {
		if strings.HasPrefix(ser.Name, "bridge.") {
			t.Errorf("series %s without a bridge", ser.Name)
		}
	}
	if s.Name() != "interfaces" {
		t.Errorf("Name() = %q", s.Name())
	}
}

// TestIfaceSamplerLive: per-second bridge deltas equal to the seed's first netstat row print
// exactly that row, under the banner, which comes back every 21 rows.
func TestIfaceSamplerLive(t *testing.T) {
	fx := readNetstat(t, "netstat-ihw-I-vnetdemobridge.txt", "vnetdemobridge")
	// 490 packets, 826K in; 29k packets, 7.0M out — per second, sampled every 2 s.
	var snaps [][]lab.LinkCounters
	for k := range 24 {
		n := uint64(k)
		snaps = append(snaps, []lab.LinkCounters{{Name: "vnetdemobridge",
			RxPackets: 2 * 490 * n, RxBytes: 2 * 826 * 1024 * n, TxPackets: 2 * 29000 * n, TxBytes: 2 * (7 << 20) * n}})
	}
	var out bytes.Buffer
	s := &IfaceSampler{Src: &fakeCounters{snaps: snaps}, Node: "host", Bridge: "vnetdemobridge", Live: &out}
	s.Sample(context.Background(), 0)
	if out.Len() != 0 {
		t.Errorf("first tick printed %q", out.String())
	}
	s.Sample(context.Background(), 2)
	if want := fx.banners[0] + fx.rows[0] + "\n"; out.String() != want {
		t.Errorf("live output =\n%q\nwant\n%q", out.String(), want)
	}
	for k := 2; k < 24; k++ {
		s.Sample(context.Background(), float64(2*k))
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	// 23 rows; banners before row 1 and row 22.
	if len(lines) != 23+2*2 {
		t.Fatalf("%d lines, want 27:\n%s", len(lines), out.String())
	}
	for i, l := range lines {
		isBanner := i == 0 || i == 1 || i == 23 || i == 24
		if isBanner != (strings.Contains(l, "input") || strings.Contains(l, "packets")) {
			t.Errorf("line %d %q: banner=%v expected", i, l, isBanner)
		}
		if !isBanner && l != fx.rows[0] {
			t.Errorf("line %d = %q, want %q", i, l, fx.rows[0])
		}
	}
}
