package freebsd

import (
	"net/netip"
	"testing"
)

func TestParseJlsFixtures(t *testing.T) {
	addrs := func(s ...string) []netip.Addr {
		var out []netip.Addr
		for _, a := range s {
			out = append(out, ip(a))
		}
		return out
	}
	tests := []struct {
		file string
		want []Jail
	}{
		{"jls-default-single-vnet.txt", []Jail{{JID: 1, Hostname: "jvnet", Path: "/"}}},
		{"jls-default-five-vnet.txt", []Jail{
			{JID: 3, Hostname: "hop1", Path: "/"}, {JID: 4, Hostname: "hop2", Path: "/"},
			{JID: 5, Hostname: "hop3", Path: "/"}, {JID: 6, Hostname: "hop4", Path: "/"},
			{JID: 7, Hostname: "hop5", Path: "/"},
		}},
		{"jls-N-default.synthetic.txt", []Jail{
			{Name: "hop1", Hostname: "hop1", Path: "/"}, {Name: "hop2", Hostname: "hop2", Path: "/"},
		}},
		{"jls-v-vnet-lab.synthetic.txt", []Jail{
			{JID: 3, Name: "hop1", Hostname: "hop1", Path: "/", State: "ACTIVE", CPUSetID: 4},
			{JID: 4, Name: "hop2", Hostname: "hop2", Path: "/", State: "DYING", CPUSetID: 5},
			{JID: 12, Name: "legacy", Hostname: "legacy", Path: "/usr/jails/legacy", State: "ACTIVE", CPUSetID: 14,
				IPv4: addrs("192.0.2.10"), IPv6: addrs("2001:db8::10")},
		}},
		{"jls-default-libxo-json.synthetic.json", []Jail{
			{JID: 3, Hostname: "hop1", Path: "/", Params: map[string]string{"jid": "3", "ipv4": "", "hostname": "hop1", "path": "/"}},
			{JID: 4, Hostname: "hop2", Path: "/", Params: map[string]string{"jid": "4", "ipv4": "", "hostname": "hop2", "path": "/"}},
		}},
		{"jls-j-libxo-json-name-meta.json", []Jail{
			{Name: "jail1", Params: map[string]string{"name": "jail1", "meta": "a b c"}},
		}},
		{"jls-v-libxo-json-bastille.json", []Jail{
			{JID: 2, Name: "git7", Hostname: "git7", Path: "/usr/local/bastille/jails/git7/root", State: "ACTIVE", CPUSetID: 5,
				IPv4: addrs("172.16.20.98"),
				Params: map[string]string{"jid": "2", "hostname": "git7", "path": "/usr/local/bastille/jails/git7/root",
					"name": "git7", "state": "ACTIVE", "cpusetid": "5", "ipv4_addrs": "172.16.20.98", "ipv6_addrs": ""}},
			{JID: 105, Name: "sto2", Hostname: "sto2", Path: "/usr/local/bastille/jails/sto2/root", State: "ACTIVE", CPUSetID: 7,
				IPv4: addrs("172.16.20.112"), IPv6: addrs("2001:470:e8af:20::532"),
				Params: map[string]string{"jid": "105", "hostname": "sto2", "path": "/usr/local/bastille/jails/sto2/root",
					"name": "sto2", "state": "ACTIVE", "cpusetid": "7", "ipv4_addrs": "172.16.20.112", "ipv6_addrs": "2001:470:e8af:20::532"}},
			{JID: 116, Name: "git6", Hostname: "git6", Path: "/usr/local/bastille/jails/git6/root", State: "ACTIVE", CPUSetID: 3,
				IPv4: addrs("172.16.20.99"), IPv6: addrs("2001:470:e8af:20::577"),
				Params: map[string]string{"jid": "116", "hostname": "git6", "path": "/usr/local/bastille/jails/git6/root",
					"name": "git6", "state": "ACTIVE", "cpusetid": "3", "ipv4_addrs": "172.16.20.99", "ipv6_addrs": "2001:470:e8af:20::577"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := ParseJls(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "jails", got, tt.want)
		})
	}
}

func TestParseJlsForms(t *testing.T) {
	t.Run("-N with a name wider than its column", func(t *testing.T) {
		in := " JID             IP Address      Hostname                      Path\n" +
			" a-very-long-jail-name 192.0.2.1       host1                         /jails/a\n"
		got, err := ParseJls([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "jail", got, []Jail{{Name: "a-very-long-jail-name", Hostname: "host1", Path: "/jails/a",
			IPv4: []netip.Addr{ip("192.0.2.1")}}})
	})
	t.Run("-n parameters", func(t *testing.T) {
		in := `jid=3 name=hop1 host.hostname=hop1 path=/ vnet=new persist nodying ip4.addr=192.0.2.1,192.0.2.2 meta="a b" cpuset.id=4` + "\n" +
			"jid=4 name=hop2 vnet=inherit dying\n"
		got, err := ParseJls([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "count", len(got), 2)
		j := got[0]
		mustEqual(t, "hop1", Jail{JID: j.JID, Name: j.Name, Hostname: j.Hostname, Path: j.Path, State: j.State,
			CPUSetID: j.CPUSetID, IPv4: j.IPv4, VNet: j.VNet},
			Jail{JID: 3, Name: "hop1", Hostname: "hop1", Path: "/", State: "ACTIVE", CPUSetID: 4,
				IPv4: []netip.Addr{ip("192.0.2.1"), ip("192.0.2.2")}, VNet: "new"})
		mustEqual(t, "params", [3]string{j.Params["persist"], j.Params["dying"], j.Params["meta"]}, [3]string{"true", "false", "a b"})
		mustEqual(t, "vnet", j.IsVNet(), true)
		mustEqual(t, "hop2 dying", got[1].Dying(), true)
		mustEqual(t, "hop2 vnet", got[1].IsVNet(), false)
	})
	t.Run("json vnet and dying", func(t *testing.T) {
		got, err := ParseJls([]byte(`{"__version": "2", "jail-information": {"jail": [{"jid":"9","name":"r1","vnet":1,"dying":true,"ip4.addr":["192.0.2.9"]}]}}`))
		if err != nil {
			t.Fatal(err)
		}
		mustEqual(t, "vnet", got[0].VNet, "new")
		mustEqual(t, "state", got[0].State, "DYING")
		mustEqual(t, "jid", got[0].JID, 9)
		mustEqual(t, "ip", got[0].IPv4, []netip.Addr{ip("192.0.2.9")})
	})
	if got, err := ParseJls(nil); err != nil || got != nil {
		t.Errorf("empty: %v %v", got, err)
	}
	for _, bad := range []string{
		"3 hop1\n", // values without names
		`jid=3 meta="open` + "\n",
		"jid=x name=a\n",
		"   JID  Hostname                      Path\n        Name                          State\n        CPUSetID\n        IP Address(es)\n     x  hop1                          /\n",
		"   JID  Hostname                      Path\n        Name                          State\n        CPUSetID\n        IP Address(es)\n     3  hop1                          /\n        hop1                          ACTIVE\n        four\n",
		"   JID  IP Address      Hostname                      Path\n     1  not-an-ip       jvnet                         /\n",
		`{"jail-information": {"jail": [{"jid":"three"}]}}`,
		`{"jail-information": {"jail": [{"ipv4_addrs":[{}]}]}}`,
	} {
		if _, err := ParseJls([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseJls(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "jls-*")...)
	f.Add([]byte(`jid=3 name=hop1 vnet=new persist meta="a b"` + "\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ParseJls(b)
	})
}
