package freebsd

import (
	"strings"
	"testing"
)

const all8 = CounterInPackets | CounterInErrors | CounterInDrops | CounterInBytes |
	CounterOutPackets | CounterOutErrors | CounterOutBytes | CounterCollisions

// ctr builds a netstat -w row in column order.
func ctr(ip, ie, id, ib, op, oe, ob, co uint64) IfCounters {
	return IfCounters{InPackets: ip, InErrors: ie, InDrops: id, InBytes: ib,
		OutPackets: op, OutErrors: oe, OutBytes: ob, Collisions: co, Present: all8}
}

func withDrops(c IfCounters, d uint64) IfCounters {
	c.OutDrops = d
	c.Present |= CounterOutDrops
	return c
}

const (
	ki = 1024
	mi = 1024 * 1024
)

func TestParseNetstatStreamFixtures(t *testing.T) {
	tests := []struct {
		file        string
		iface       string
		total       bool
		humanized   bool
		rows        int
		first, last IfCounters
		// extra checks one more row by index
		idx   int
		extra IfCounters
	}{
		{
			file: "netstat-ihw-I-epair0a.synthetic.txt", iface: "epair0a", humanized: true, rows: 24,
			first: ctr(1900, 0, 0, 217*ki, 1800, 0, 211*ki, 0),
			last:  ctr(1900, 0, 0, 221*ki, 1800, 0, 216*ki, 0),
			// the first row after the repeated banner
			idx: 20, extra: ctr(1900, 0, 0, 223*ki, 1900, 0, 221*ki, 0),
		},
		{
			file: "netstat-ihw-I-ix0-highrate.synthetic.txt", iface: "ix0", humanized: true, rows: 23,
			first: ctr(1_500_000, 0, 0, 83*mi, 1_400_000, 0, 83*mi, 0),
			last:  ctr(1_400_000, 0, 0, 82*mi, 1_400_000, 0, 82*mi, 0),
			idx:   2, extra: ctr(1_300_000, 0, 27_000, 77*mi, 1_300_000, 0, 76*mi, 0),
		},
		{
			file: "netstat-ihw-I-vnetdemobridge.txt", iface: "vnetdemobridge", humanized: true, rows: 4,
			// 1.7M bytes is 1.7 × 1024² rounded; 65k packets is 65 × 1000.
			first: ctr(981, 0, 0, 1782579, 65_000, 0, 22*mi, 0),
			last:  ctr(732, 0, 0, 479*ki, 100_000, 0, 33*mi, 0),
			idx:   1, extra: ctr(1500, 0, 0, 3460301, 92_000, 0, 25*mi, 0),
		},
		{
			file: "netstat-ihw-total-fbsd9-em-hbug.txt", total: true, humanized: true, rows: 8,
			first: ctr(389_000, 981_000, 0, 22*mi, 389_000, 0, 16*mi, 0),
			last:  ctr(390_000, 983_000, 0, 22*mi, 390_000, 0, 16*mi, 0),
		},
		{
			file: "netstat-ihw-total-firewall-chelsio.txt", total: true, humanized: true, rows: 6,
			first: ctr(46_000_000, 0, 2600, 2899102925, 14_000_000, 0, 801*mi, 0),
			last:  ctr(46_000_000, 0, 3900, 2899102925, 14_000_000, 0, 801*mi, 0),
			idx:   2, extra: ctr(45_000_000, 0, 515, 2899102925, 14_000_000, 0, 801*mi, 0),
		},
		{
			file: "netstat-iw-I-epair0a.synthetic.txt", iface: "epair0a", rows: 24,
			first: ctr(1854, 0, 0, 222480, 1802, 0, 216240, 0),
			last:  ctr(1882, 0, 0, 225840, 1841, 0, 220920, 0),
			idx:   20, extra: ctr(1905, 0, 0, 228600, 1887, 0, 226440, 0),
		},
		{
			file: "netstat-iw-total-apu-re.txt", total: true, rows: 14,
			first: ctr(154081, 0, 0, 9244866, 154081, 0, 9244982, 0),
			last:  ctr(154145, 0, 0, 9248706, 154113, 0, 9248822, 0),
		},
		{
			file: "netstat-iw-total-igb.txt", total: true, rows: 8,
			first: ctr(1437061, 0, 0, 87010506, 1433981, 0, 51628556, 0),
			last:  ctr(1437796, 0, 0, 87084606, 1435594, 0, 51504950, 0),
		},
		{
			// idrops overflows its 5-wide column and shifts the rest of the row.
			file: "netstat-iw-total-ix-idrops-overflow.txt", total: true, rows: 11,
			first: ctr(2049258, 0, 9516754, 740226434, 1965107, 0, 125766966, 0),
			last:  ctr(1884989, 0, 9545113, 731526594, 1961394, 0, 125841590, 0),
		},
		{
			file: "netstat-iwd-I-ix0-drops-column.synthetic.txt", iface: "ix0", rows: 4,
			first: withDrops(ctr(1455764, 0, 0, 87345840, 1445157, 0, 86709420, 0), 3),
			last:  withDrops(ctr(1558312, 0, 0, 93498720, 1538351, 0, 92301060, 0), 3),
			idx:   2, extra: withDrops(ctr(1343605, 0, 26872, 80616300, 1330231, 0, 79813860, 0), 3),
		},
		{
			file: "netstat-ihw-q3-I-epair0a-libxo-json.synthetic.json", humanized: true, rows: 2,
			first: ctr(1900, 0, 0, 217*ki, 1800, 0, 211*ki, 0),
			last:  ctr(1800, 0, 0, 212*ki, 1800, 0, 208*ki, 0),
		},
		{
			file: "netstat-iw-q3-I-epair0a-libxo-json.synthetic.json", rows: 2,
			first: ctr(1854, 0, 0, 222480, 1802, 0, 216240, 0),
			last:  ctr(1812, 0, 0, 217440, 1777, 0, 213240, 0),
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, err := ParseNetstatStream(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "interface", s.Interface, tt.iface)
			mustEqual(t, "total", s.Total, tt.total)
			mustEqual(t, "humanized", s.Humanized, tt.humanized)
			if len(s.Rows) != tt.rows {
				t.Fatalf("rows = %d, want %d", len(s.Rows), tt.rows)
			}
			mustEqual(t, "first row", s.Rows[0], tt.first)
			mustEqual(t, "last row", s.Rows[len(s.Rows)-1], tt.last)
			if tt.idx > 0 {
				mustEqual(t, "extra row", s.Rows[tt.idx], tt.extra)
			}
		})
	}
}

func TestParseNetstatStreamForms(t *testing.T) {
	t.Run("old parenthesised banner", func(t *testing.T) {
		in := "            input          (ix0)           output\n" +
			"   packets  errs idrops      bytes    packets  errs      bytes colls\n" +
			"         9     0     0        900          9     0        900     0\n" +
			"        10     1     2       1000         11     3       1100     4\n"
		s, err := ParseNetstatStream([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "interface", s.Interface, "ix0")
		mustEqual(t, "rows", s.Rows, []IfCounters{ctr(10, 1, 2, 1000, 11, 3, 1100, 4)})
	})
	t.Run("json -d duplicate dropped-packets", func(t *testing.T) {
		in := `{"statistics": {"interface-statistics": [
{"received-packets":1,"received-errors":0,"dropped-packets":0,"received-bytes":1,"sent-packets":1,"send-errors":0,"sent-bytes":1,"collisions":0,"dropped-packets":0},
{"received-packets":5,"received-errors":1,"dropped-packets":7,"received-bytes":"1.5K","sent-packets":"2.0k","send-errors":2,"sent-bytes":600,"collisions":0,"dropped-packets":9}]}}`
		s, err := ParseNetstatStream([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "rows", s.Rows, []IfCounters{withDrops(ctr(5, 1, 7, 1536, 2000, 2, 600, 0), 9)})
		mustEqual(t, "humanized", s.Humanized, true)
	})
	t.Run("only the first row", func(t *testing.T) {
		b := fixture(t, "netstat-iw-I-epair0a.synthetic.txt")
		head := strings.Join(strings.SplitN(string(b), "\n", 4)[:3], "\n") + "\n"
		s, err := ParseNetstatStream([]byte(head))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "rows", len(s.Rows), 0)
		mustEqual(t, "interface", s.Interface, "epair0a")
	})
	t.Run("empty", func(t *testing.T) {
		s, err := ParseNetstatStream(nil)
		if err != nil || len(s.Rows) != 0 {
			t.Fatalf("got %+v, %v", s, err)
		}
	})
	for _, bad := range []string{
		"            input        epair0a           output\n   packets  errs idrops      bytes    packets  errs      bytes colls\n  1 2 3\n",
		"            input        epair0a           output\n   packets  errs idrops      bytes    packets  errs      bytes colls\n  1 2 3 4 5 6 7 8 9\n",
		"            input        epair0a           output\n   packets  errs idrops      bytes    packets  errs      bytes colls\n  1 2 3 4 5 6 7 8\n  1 2 3 4x 5 6 7 8\n",
		"            input        epair0a           output\n   packets  errs idrops      bytes    packets  errs      bytes colls\n  1 2 3 4 5 6 7 8\n  1 2 3 1.5Q 5 6 7 8\n",
		"  1 2 3 4 5 6 7 8\n",
		`{"statistics": {"interface-statistics": [{"received-packets":"x"}]}}`,
		`{"statistics": {"interface": []}}`,
		`{"statistics": {"interface-statistics": [{"received-packets":1}`, // netstat killed without -q
	} {
		if _, err := ParseNetstatStream([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

// The decoder must give the same rows one line at a time as ParseNetstatStream on the
// whole output, and drop only the very first data row.
func TestNetstatStreamDecoder(t *testing.T) {
	b := fixture(t, "netstat-ihw-I-ix0-highrate.synthetic.txt")
	whole, err := ParseNetstatStream(b)
	if err != nil {
		t.Fatal(err)
	}
	var d NetstatStreamDecoder
	var rows []IfCounters
	for _, l := range strings.Split(string(b), "\n") {
		r, ok, err := d.Line(l)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			rows = append(rows, r)
		}
	}
	mustEqual(t, "rows", rows, whole.Rows)
	name, total := d.Interface()
	mustEqual(t, "interface", name, "ix0")
	mustEqual(t, "total", total, false)
}

func TestParseHuman(t *testing.T) {
	counts := map[string]uint64{
		"0": 0, "490": 490, "1.5k": 1500, "29k": 29000, "1.6M": 1_600_000, "46M": 46_000_000,
		"5.0k": 5000, "2.7G": 2_700_000_000, "1.5K": 1536, "9E": 9_000_000_000_000_000_000,
	}
	for in, want := range counts {
		got, err := ParseHumanCount(in)
		if err != nil || got != want {
			t.Errorf("ParseHumanCount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	sizes := map[string]uint64{
		"826K": 826 * ki, "7.0M": 7 * mi, "2.7G": 2899102925, "9856K": 9856 * ki,
		"15G": 15 << 30, "512B": 512, "1024": 1024, "1.5k": 1500, "15E": 15 << 60,
	}
	for in, want := range sizes {
		got, err := ParseHumanBytes(in)
		if err != nil || got != want {
			t.Errorf("ParseHumanBytes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "k", "1.k", ".5k", "1..5k", "1.5Q", "-1", "1 k", "17E", "99999999999999999999"} {
		if v, err := ParseHumanBytes(bad); err == nil {
			t.Errorf("ParseHumanBytes(%q) = %d, want error", bad, v)
		}
	}
}

func FuzzParseNetstatStream(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "netstat-i*w*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseNetstatStream(b)
		if err == nil && s == nil {
			t.Fatal("nil stream without error")
		}
		var d NetstatStreamDecoder
		for _, l := range lines(b) {
			_, _, _ = d.Line(l)
		}
	})
}

func FuzzParseHuman(f *testing.F) {
	for _, s := range []string{"1.5k", "826K", "7.0M", "2.7G", "512B", "0", "9E"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, errC := ParseHumanCount(s)
		b, errB := ParseHumanBytes(s)
		// Base 1024 is never smaller than base 1000 for the same text, so whatever fits in
		// bytes fits as a count.
		if errB == nil && errC != nil {
			t.Fatalf("%q: bytes ok (%d) but count err %v", s, b, errC)
		}
		if errB == nil && b < c {
			t.Fatalf("%q: bytes %d < count %d", s, b, c)
		}
	})
}
