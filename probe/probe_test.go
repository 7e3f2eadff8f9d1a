package probe

import (
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParsePing(t *testing.T) {
	tests := []struct {
		file                string
		sent, recv, errs    int
		loss, min, avg, max float64
		target              string
	}{
		{"ping-iputils-ok.txt", 3, 3, 0, 0, 0.034, 0.040, 0.046, "192.0.2.2"},
		{"ping-iputils-unreachable.txt", 2, 0, 2, 100, 0, 0, 0, "192.0.2.77"},
		{"ping-freebsd-seed.txt", 2, 2, 0, 0, 0.265, 0.373, 0.482, "192.0.2.9"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := ParsePing(read(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if r.Sent != tt.sent || r.Received != tt.recv || r.LossPct != tt.loss || len(r.Errors) != tt.errs {
				t.Errorf("counts = %d/%d loss %v errs %d, want %d/%d loss %v errs %d",
					r.Sent, r.Received, r.LossPct, len(r.Errors), tt.sent, tt.recv, tt.loss, tt.errs)
			}
			if r.RTTMin != tt.min || r.RTTAvg != tt.avg || r.RTTMax != tt.max {
				t.Errorf("rtt = %v/%v/%v, want %v/%v/%v", r.RTTMin, r.RTTAvg, r.RTTMax, tt.min, tt.avg, tt.max)
			}
			if r.Target.String() != tt.target {
				t.Errorf("target = %v, want %s", r.Target, tt.target)
			}
		})
	}
	if _, err := ParsePing([]byte("ping: connect: Network is unreachable\n")); err == nil {
		t.Error("output without statistics: want error")
	}
}

func addrs(ss ...string) []netip.Addr {
	var out []netip.Addr
	for _, s := range ss {
		if s == "*" {
			out = append(out, netip.Addr{})
			continue
		}
		out = append(out, netip.MustParseAddr(s))
	}
	return out
}

func TestParseTraceroute(t *testing.T) {
	tests := []struct {
		file string
		hops []netip.Addr
		rtts []int
	}{
		{"traceroute-freebsd-seed.txt", addrs("192.0.2.1", "192.0.2.3", "192.0.2.5", "192.0.2.7", "192.0.2.9"), []int{3, 3, 3, 3, 3}},
		{"traceroute-linux-star.txt", addrs("192.0.2.1", "*", "192.0.2.5"), []int{3, 0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := ParseTraceroute(read(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var got []netip.Addr
			var rtts []int
			for i, h := range r.Hops {
				if h.TTL != i+1 {
					t.Errorf("hop %d has ttl %d", i, h.TTL)
				}
				got = append(got, h.Addr)
				rtts = append(rtts, len(h.RTTs))
			}
			if !reflect.DeepEqual(got, tt.hops) || !reflect.DeepEqual(rtts, tt.rtts) {
				t.Errorf("hops = %v rtts %v, want %v rtts %v", got, rtts, tt.hops, tt.rtts)
			}
		})
	}
	if _, err := ParseTraceroute([]byte("garbage\n")); err == nil {
		t.Error("want error without header")
	}
}

func FuzzParsePing(f *testing.F) {
	for _, n := range []string{"ping-iputils-ok.txt", "ping-iputils-unreachable.txt", "ping-freebsd-seed.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", n))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParsePing(b) })
}

func FuzzParseTraceroute(f *testing.F) {
	for _, n := range []string{"traceroute-freebsd-seed.txt", "traceroute-linux-star.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", n))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseTraceroute(b) })
}
