package freebsd

import (
	"testing"
	"time"
)

func TestParseArpFixture(t *testing.T) {
	es, err := ParseArp(fixture(t, "arp-na-epair-macs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "entries", es, []ARPEntry{
		{Host: "?", IP: ip("192.0.2.2"), MAC: mac(t, "02:77:29:04:9e:0b"), Iface: "epair0a",
			Expires: 1139 * time.Second, Type: "ethernet"},
		{Host: "?", IP: ip("192.0.2.1"), MAC: mac(t, "02:77:29:04:9e:0a"), Iface: "epair0a",
			Permanent: true, Type: "ethernet"},
	})
	// The epair ends differ only in the last byte: 0a for the a-end, 0b for the b-end.
	mustEqual(t, "peer MAC", es[0].MAC[:5].String(), es[1].MAC[:5].String())
}

func TestParseArpForms(t *testing.T) {
	es, err := ParseArp([]byte("? (192.0.2.9) at (incomplete) on epair1a expired [ethernet]\n" +
		"gw.example (192.0.2.1) at 02:00:00:00:00:01 on vlan0 permanent published [vlan]\n"))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "entries", es, []ARPEntry{
		{Host: "?", IP: ip("192.0.2.9"), Incomplete: true, Iface: "epair1a", Type: "ethernet"},
		{Host: "gw.example", IP: ip("192.0.2.1"), MAC: mac(t, "02:00:00:00:00:01"), Iface: "vlan0",
			Permanent: true, Published: true, Type: "vlan"},
	})
	for _, bad := range []string{
		"? 192.0.2.2 at 02:77:29:04:9e:0b on epair0a permanent\n",
		"? (192.0.2.x) at 02:77:29:04:9e:0b on epair0a permanent\n",
		"? (192.0.2.2) at zz on epair0a permanent\n",
		"? (192.0.2.2) at 02:77:29:04:9e:0b on epair0a expires in x seconds\n",
		"? (192.0.2.2) at 02:77:29:04:9e:0b on epair0a forever\n",
		"? (192.0.2.2) at 02:77:29:04:9e:0b\n",
	} {
		if _, err := ParseArp([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseArp(f *testing.F) {
	seedFuzz(f, "arp-na-epair-macs.txt")
	f.Add([]byte("? (192.0.2.9) at (incomplete) on epair1a expired [ethernet]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := ParseArp(b)
		if err != nil {
			return
		}
		for _, e := range es {
			if e.Incomplete == (e.MAC != nil) {
				t.Fatalf("MAC and Incomplete disagree: %+v", e)
			}
		}
	})
}
