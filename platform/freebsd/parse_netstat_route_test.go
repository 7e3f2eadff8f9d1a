package freebsd

import (
	"strings"
	"testing"
)

func TestParseNetstatRoutesFixtures(t *testing.T) {
	tests := []struct {
		file    string
		count   int
		learned int
		checks  map[int]Route
	}{
		{
			file: "netstat-4rn-vnet-jail-tap-fbsd12.txt", count: 4,
			checks: map[int]Route{
				0: {Family: "inet", Destination: "127.0.0.1", Gateway: "link#1", Flags: "UH", Netif: "lo0"},
				3: {Family: "inet", Destination: "198.51.100.0/24", Gateway: "192.0.2.2", Flags: "UGS", Netif: "tap0"},
			},
		},
		{
			file: "netstat-nr-fbsd8-refs-use.txt", count: 7,
			checks: map[int]Route{
				1: {Family: "inet", Destination: "10.0.12.1", Gateway: "08:00:27:16:44:59", Flags: "UHLW", Refs: 2, Netif: "re0", Expire: "1175"},
				5: {Family: "inet", Destination: "192.168.13.0/24", Gateway: "10.0.12.1", Flags: "UG1", Use: 50, Netif: "re0"},
			},
		},
		{
			file: "netstat-r-fbsd8-refs-use-names.txt", count: 9,
			checks: map[int]Route{
				4: {Family: "inet", Destination: "localhost", Gateway: "localhost", Flags: "UH", Use: 378733, Netif: "lo0"},
				6: {Family: "inet", Destination: "192.168.13.100", Gateway: "08:00:27:00:4c:ea", Flags: "UHLW", Refs: 1, Use: 42, Netif: "re0", Expire: "1189"},
				7: {Family: "inet", Destination: "192.168.13.254", Gateway: "192.168.13.254", Flags: "UH", Netif: "carp0"},
			},
		},
		{
			file: "netstat-rn-fbsd14.5.txt", count: 2,
			checks: map[int]Route{
				0: {Family: "inet", Destination: "default", Gateway: "10.0.2.2", Flags: "UGS", Netif: "vtnet0"},
				1: {Family: "inet", Destination: "10.0.2.0/24", Gateway: "link#1", Flags: "U", Netif: "vtnet0"},
			},
		},
		{
			file: "netstat-rn-vnet-jail-lo0-fbsd12.txt", count: 4,
			checks: map[int]Route{
				0: {Family: "inet", Destination: "127.0.0.1", Gateway: "link#1", Flags: "UH", Netif: "lo0"},
				3: {Family: "inet6", Destination: "fe80::1%lo0", Gateway: "link#1", Flags: "UHS", Netif: "lo0"},
			},
		},
		{file: "netstat-rn-vnet-jail-unconfigured.txt"},
		{
			// 1::1 has four next hops: four entries, one learned host.
			file: "netstat-rn-libxo-json-fbsd14-frr-topotest.json", count: 28, learned: 1,
			checks: map[int]Route{
				2:  {Family: "inet", Destination: "10.0.2.0/24", Gateway: "10.0.3.3", Flags: "UG1", Netif: "r1-eth1"},
				10: {Family: "inet6", Destination: "1::1", Gateway: "2001:db8:1::2", Flags: "UGH1", Netif: "r1-eth0"},
				27: {Family: "inet6", Destination: "fe80::84d1:85ff:fe5b:158d%lo0", Gateway: "link#13", Flags: "UHS", Netif: "lo0"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rs, err := ParseNetstatRoutes(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) != tt.count {
				t.Fatalf("got %d routes, want %d", len(rs), tt.count)
			}
			for i, want := range tt.checks {
				mustEqual(t, "route", rs[i], want)
			}
			mustEqual(t, "learned host routes", CountLearnedHostRoutes(rs), tt.learned)
		})
	}
}

func TestCountLearnedHostRoutes(t *testing.T) {
	// The seed's lab: BIRD installs /32 loopbacks of the other routers as UGH1.
	in := "Routing tables\n\nInternet:\n" +
		"Destination        Gateway            Flags     Netif Expire\n" +
		"192.0.2.0/24       link#2             U       epair0b\n" +
		"198.51.100.1       link#3             UH          lo1\n" +
		"198.51.100.2       192.0.2.2          UGH1    epair0b\n" +
		"198.51.100.3       192.0.2.3          UGH1    epair0b\n" +
		"198.51.100.4       192.0.2.4          UGHS    epair0b\n" +
		"203.0.113.0/24     192.0.2.4          UG1     epair0b\n"
	rs, err := ParseNetstatRoutes([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "learned", CountLearnedHostRoutes(rs), 2)
	mustEqual(t, "grep UGH1", strings.Count(in, "UGH1"), 2)
	mustEqual(t, "HasFlags", rs[2].HasFlags("1GH"), true)

	for _, bad := range []string{
		"Routing tables\nInternet:\n10.0.0.0/8 link#1 U lo0\n",
		"Internet:\nDestination Gateway Flags Netif Expire\n10.0.0.0/8 link#1\n",
		"Internet:\nDestination Gateway Flags Netif Bogus\n",
		"Internet:\nDestination Gateway Flags Refs Use Netif Expire\n10/8 link#1 U x 0 lo0\n",
		`{"statistics": {"route-information": {}}}`,
		`{"route-information": {"route-table": {"rt-family": [{"address-family":"Internet","rt-entry":{}}]}}}`,
	} {
		if _, err := ParseNetstatRoutes([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseNetstatRoutes(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "netstat-*r*-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := ParseNetstatRoutes(b)
		if err == nil {
			_ = CountLearnedHostRoutes(rs)
		}
	})
}
