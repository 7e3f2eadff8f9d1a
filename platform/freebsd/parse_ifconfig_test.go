package freebsd

import (
	"errors"
	"net"
	"net/netip"
	"strings"
	"testing"
)

func mac(tb testing.TB, s string) net.HardwareAddr {
	tb.Helper()
	m, err := net.ParseMAC(s)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func ip(s string) netip.Addr { return netip.MustParseAddr(s) }

// inet4 is an IPv4 address with a broadcast address.
func inet4(a string, bits int, brd string) IfAddr {
	x := IfAddr{Addr: ip(a), Bits: bits}
	if brd != "" {
		x.Broadcast = ip(brd)
	}
	return x
}

func inet6(a string, bits int, scope uint32) IfAddr {
	return IfAddr{Addr: ip(a), Bits: bits, ScopeID: scope}
}

var (
	epairFlags14 = []string{"UP", "BROADCAST", "RUNNING", "SIMPLEX", "MULTICAST", "LOWER_UP"}
	epairMedia   = "Ethernet 10Gbase-T (10Gbase-T <full-duplex>)"
	bridgeOther  = []string{
		"id 00:00:00:00:00:00 priority 32768 hellotime 2 fwddelay 15",
		"maxage 20 holdcnt 6 proto rstp maxaddr 2000 timeout 1200",
		"root id 00:00:00:00:00:00 priority 32768 ifcost 0 port 0",
	}
	memberFlags = []string{"LEARNING", "DISCOVER", "AUTOEDGE", "AUTOPTP"}
)

func TestParseIfconfigFixtures(t *testing.T) {
	tests := []struct {
		file  string
		names []string
		// want lists full expected blocks by index; Other is compared too.
		want map[int]Ifconfig
		// check runs extra assertions
		check func(t *testing.T, ifs []Ifconfig)
	}{
		{
			file:  "ifconfig-epair0a-host-fbsd14.synthetic.txt",
			names: []string{"epair0a"},
			want: map[int]Ifconfig{0: {
				Name: "epair0a", Flags: 0x1008843, FlagNames: epairFlags14, MTU: 1500,
				Options: 8, OptionNames: []string{"VLAN_MTU"}, Ether: mac(t, "02:6b:2f:c5:a0:0a"),
				Addrs:  []IfAddr{inet4("10.0.0.1", 24, "10.0.0.255")},
				Groups: []string{"epair"}, Media: epairMedia, Status: "active",
				ND6Options: 0x29, ND6OptionNames: []string{"PERFORMNUD", "IFDISABLED", "AUTO_LINKLOCAL"},
			}},
			check: func(t *testing.T, ifs []Ifconfig) {
				i := ifs[0]
				mustEqual(t, "up/running/lower_up", [3]bool{i.Up(), i.Running(), i.LowerUp()}, [3]bool{true, true, true})
				mustEqual(t, "prefix", i.Addrs[0].Prefix(), netip.MustParsePrefix("10.0.0.1/24"))
				mustEqual(t, "in group", i.InGroup("epair"), true)
			},
		},
		{
			file:  "ifconfig-in-vnet-jail-lo0-epair0b-lo1-fbsd14.synthetic.txt",
			names: []string{"lo0", "epair0b", "lo1"},
			want: map[int]Ifconfig{
				1: {
					Name: "epair0b", Flags: 0x1008843, FlagNames: epairFlags14, MTU: 1500,
					Options: 8, OptionNames: []string{"VLAN_MTU"}, Ether: mac(t, "02:6b:2f:c5:a0:0b"),
					Addrs: []IfAddr{inet4("10.0.0.2", 24, "10.0.0.255"),
						inet6("fe80::6b:2fff:fec5:a00b%epair0b", 64, 5)},
					Groups: []string{"epair"}, Media: epairMedia, Status: "active",
					ND6Options: 0x21, ND6OptionNames: []string{"PERFORMNUD", "AUTO_LINKLOCAL"},
				},
				2: {
					Name: "lo1", Flags: 0x1008049, FlagNames: []string{"UP", "LOOPBACK", "RUNNING", "MULTICAST", "LOWER_UP"},
					MTU: 16384, Options: 0x680003, OptionNames: []string{"RXCSUM", "TXCSUM", "LINKSTATE", "RXCSUM_IPV6", "TXCSUM_IPV6"},
					Addrs:  []IfAddr{inet4("198.51.100.1", 32, "")},
					Groups: []string{"lo"}, ND6Options: 0x29, ND6OptionNames: []string{"PERFORMNUD", "IFDISABLED", "AUTO_LINKLOCAL"},
				},
			},
			check: func(t *testing.T, ifs []Ifconfig) {
				mustEqual(t, "lo0 addrs", ifs[0].Addrs, []IfAddr{inet4("127.0.0.1", 8, ""), inet6("::1", 128, 0), inet6("fe80::1%lo0", 64, 3)})
				mustEqual(t, "zone", ifs[1].Addrs[1].Addr.Zone(), "epair0b")
				mustEqual(t, "v6 prefix drops zone", ifs[1].Addrs[1].Prefix().String(), "fe80::6b:2fff:fec5:a00b/64")
			},
		},
		{
			file:  "ifconfig-bridge0-two-epair-members-fbsd14.synthetic.txt",
			names: []string{"bridge0"},
			want: map[int]Ifconfig{0: {
				Name: "bridge0", Flags: 0x1008843, FlagNames: epairFlags14, MTU: 1500,
				Ether: mac(t, "58:9c:fc:10:9d:4e"), Addrs: []IfAddr{inet4("192.0.2.254", 24, "192.0.2.255")},
				Members: []BridgeMember{
					{Name: "epair2a", Flags: 0x143, FlagNames: memberFlags, Port: 5, Priority: 128, PathCost: 2000},
					{Name: "epair1a", Flags: 0x143, FlagNames: memberFlags, Port: 4, Priority: 128, PathCost: 2000},
				},
				Groups: []string{"bridge"}, ND6Options: 9, ND6OptionNames: []string{"PERFORMNUD", "IFDISABLED"},
				Other: bridgeOther,
			}},
		},
		{
			file:  "ifconfig-bridge0-members-freenas11.txt",
			names: []string{"bridge0"},
			check: func(t *testing.T, ifs []Ifconfig) {
				b := ifs[0]
				var names []string
				for _, m := range b.Members {
					names = append(names, m.Name)
				}
				mustEqual(t, "members", names, []string{"epair0a", "epair7a", "epair9a", "epair3a", "epair8a",
					"epair6a", "epair5a", "epair4a", "epair2a", "epair1a", "re0"})
				mustEqual(t, "re0", b.Members[10], BridgeMember{Name: "re0", Flags: 0x143, FlagNames: memberFlags,
					Port: 1, Priority: 128, PathCost: 200000})
				mustEqual(t, "groups (before members in 11.x)", b.Groups, []string{"bridge"})
				mustEqual(t, "ether", b.Ether, mac(t, "02:1f:9c:73:9c:00"))
				mustEqual(t, "options absent", b.OptionNames, []string(nil))
			},
		},
		{
			// published copy: no TABs, header wrapped with a backslash
			file:  "ifconfig-bridge-vm-services-private-member-fbsd12.1-as-published.txt",
			names: []string{"vm-services"},
			want: map[int]Ifconfig{0: {
				Name: "vm-services", Flags: 0x8843, FlagNames: []string{"UP", "BROADCAST", "RUNNING", "SIMPLEX", "MULTICAST"},
				MTU: 1500, Ether: mac(t, "0a:3b:ea:3e:5c:eb"), Addrs: []IfAddr{inet4("10.1.1.1", 24, "10.1.1.255")},
				Members: []BridgeMember{
					{Name: "tap1", Flags: 0x943, FlagNames: []string{"LEARNING", "DISCOVER", "PRIVATE", "AUTOEDGE", "AUTOPTP"},
						Port: 6, Priority: 128, PathCost: 2000000},
					{Name: "vnet0.31", Flags: 0x143, FlagNames: memberFlags, Port: 7, Priority: 128, PathCost: 2000},
				},
				Groups:     []string{"bridge", "vm-switch", "viid-10cd3@"},
				ND6Options: 1, ND6OptionNames: []string{"PERFORMNUD"}, Other: bridgeOther,
			}},
			check: func(t *testing.T, ifs []Ifconfig) {
				mustEqual(t, "private", ifs[0].Members[0].HasFlag("PRIVATE"), true)
			},
		},
		{
			file:  "ifconfig-all-igb-tap-bridge0-groups-after-members.txt",
			names: []string{"igb0", "tap0", "bridge0"},
			check: func(t *testing.T, ifs []Ifconfig) {
				igb := ifs[0]
				// The published copy was redacted; unreadable values land in Other.
				mustEqual(t, "igb0 other", igb.Other, []string{
					"ether xx:xx:xx:xx:xx:xx",
					"inet XXX.XXX.XXX.XXX netmask 0xffffff00 broadcast AAA.AAA.AAA.255",
				})
				mustEqual(t, "igb0 addrs", igb.Addrs, []IfAddr{
					inet6("cccc::cccc:ccc:cccc:cccc%igb0", 64, 1), inet6("bbbb:bbbb:bbb:bb::", 64, 0)})
				mustEqual(t, "igb0 promisc", igb.HasFlag("PROMISC"), true)
				mustEqual(t, "igb0 media", igb.Media, "Ethernet autoselect (1000baseT <full-duplex>)")
				mustEqual(t, "igb0 options", igb.Options, uint64(0xa520b9))
				tap := ifs[1]
				mustEqual(t, "tap0 other", tap.Other, []string{"ether xx:xx:xx:xx:xx:xx", "Opened by PID 83388"})
				mustEqual(t, "tap0 groups", tap.Groups, []string{"tap"})
				br := ifs[2]
				mustEqual(t, "bridge0 members", []string{br.Members[0].Name, br.Members[1].Name}, []string{"tap0", "igb0"})
				mustEqual(t, "bridge0 igb0 cost", br.Members[1].PathCost, 20000)
				mustEqual(t, "bridge0 groups after members", br.Groups, []string{"bridge"})
				mustEqual(t, "bridge0 addr", br.Addrs, []IfAddr{inet4("192.168.30.1", 24, "192.168.30.255")})
			},
		},
		{
			file:  "ifconfig-epair-a-ends-freenas11.txt",
			names: []string{"epair1a", "epair2a", "epair4a", "epair5a", "epair6a", "epair8a", "epair3a", "epair9a", "epair7a", "epair0a"},
			want: map[int]Ifconfig{9: {
				Name: "epair0a", Flags: 0x8943, FlagNames: []string{"UP", "BROADCAST", "RUNNING", "PROMISC", "SIMPLEX", "MULTICAST"},
				MTU: 1500, Options: 8, OptionNames: []string{"VLAN_MTU"},
				Ether: mac(t, "02:b4:50:00:05:0a"), HWAddr: mac(t, "02:b4:50:00:05:0a"),
				ND6Options: 1, ND6OptionNames: []string{"PERFORMNUD"}, Media: epairMedia, Status: "active",
				Groups: []string{"epair"},
			}},
		},
		{
			// four-space indentation instead of TABs
			file:  "ifconfig-epairNb-inet-in-jails-x3.txt",
			names: []string{"epair1b", "epair2b", "epair3b"},
			want: map[int]Ifconfig{2: {
				Name: "epair3b", Flags: 0x8843, FlagNames: []string{"UP", "BROADCAST", "RUNNING", "SIMPLEX", "MULTICAST"},
				MTU: 1500, Options: 8, OptionNames: []string{"VLAN_MTU"}, Addrs: []IfAddr{inet4("192.0.2.3", 24, "192.0.2.255")},
			}},
		},
		{
			file:  "ifconfig-fbsd14-vlan-lower_up.txt",
			names: []string{"em0", "lo0", "salsa0", "vlan1"},
			check: func(t *testing.T, ifs []Ifconfig) {
				mustEqual(t, "em0 addrs", ifs[0].Addrs, []IfAddr{inet4("192.168.88.241", 24, "192.168.88.255"),
					inet6("fe80::a00:27ff:fe20:af31%em0", 64, 1)})
				mustEqual(t, "salsa0 vlan", ifs[2].VLAN, &VLAN{Tag: 100, Proto: "802.1q", Parent: "em0"})
				mustEqual(t, "salsa0 down", ifs[2].Up(), false)
				mustEqual(t, "salsa0 lower up", ifs[2].LowerUp(), true)
				mustEqual(t, "vlan1 vlan", ifs[3].VLAN, &VLAN{Tag: 0, Proto: "0x0000", Parent: ""})
				mustEqual(t, "vlan1 options", ifs[3].Options, uint64(0))
				mustEqual(t, "lo0 addr count", len(ifs[1].Addrs), 3)
			},
		},
		{
			// 12.x: inet6 before inet, ether overridden (hwaddr keeps the epair MAC)
			file:  "ifconfig-in-iocage-vnet-jail.txt",
			names: []string{"lo0", "epair0b"},
			want: map[int]Ifconfig{1: {
				Name: "epair0b", Flags: 0x8843, FlagNames: []string{"UP", "BROADCAST", "RUNNING", "SIMPLEX", "MULTICAST"},
				MTU: 1500, Options: 8, OptionNames: []string{"VLAN_MTU"},
				Ether: mac(t, "28:92:4a:db:46:19"), HWAddr: mac(t, "02:0f:6a:76:7e:0b"),
				Addrs: []IfAddr{inet6("fe80::2a92:4aff:fedb:4619%epair0b", 64, 2),
					inet4("192.168.0.108", 24, "192.168.0.255")},
				Groups: []string{"epair"}, Media: epairMedia, Status: "active",
				ND6Options: 0x21, ND6OptionNames: []string{"PERFORMNUD", "AUTO_LINKLOCAL"},
			}},
			check: func(t *testing.T, ifs []Ifconfig) {
				mustEqual(t, "lo0 addrs", ifs[0].Addrs, []IfAddr{inet6("::1", 128, 0), inet6("fe80::1%lo0", 64, 1), inet4("127.0.0.1", 8, "")})
			},
		},
		{
			file:  "ifconfig-renamed-epair-vnet0.29-iocage-fbsd12.1-as-published.txt",
			names: []string{"vnet0.29"},
			want: map[int]Ifconfig{0: {
				Name: "vnet0.29", Flags: 0x8943, FlagNames: []string{"UP", "BROADCAST", "RUNNING", "PROMISC", "SIMPLEX", "MULTICAST"},
				MTU: 1500, Description: "associated with jail: vnetcage as nic: epair0b",
				Options: 8, OptionNames: []string{"VLAN_MTU"},
				Ether: mac(t, "f4:4d:30:13:1e:5c"), HWAddr: mac(t, "02:82:25:a0:cf:0a"),
				Addrs:  []IfAddr{inet6("fe80::f64d:30ff:fe13:1e5c%vnet0.29", 64, 4)},
				Groups: []string{"epair"}, Media: epairMedia, Status: "active",
				ND6Options: 0x21, ND6OptionNames: []string{"PERFORMNUD", "AUTO_LINKLOCAL"},
			}},
		},
		{
			file:  "ifconfig-tap0-in-vnet-jail.txt",
			names: []string{"tap0"},
			want: map[int]Ifconfig{0: {
				Name: "tap0", Flags: 0x8802, FlagNames: []string{"BROADCAST", "SIMPLEX", "MULTICAST"}, MTU: 1500,
				Options: 0x80000, OptionNames: []string{"LINKSTATE"}, Ether: mac(t, "00:bd:70:98:00:00"),
				Groups: []string{"tap"}, Media: "Ethernet autoselect", Status: "no carrier",
				ND6Options: 0x21, ND6OptionNames: []string{"PERFORMNUD", "AUTO_LINKLOCAL"},
			}},
		},
		{
			// 12.x vlan line: no vlanproto
			file:  "ifconfig-vlan-iavf-fbsd12.2.txt",
			names: []string{"vlan0"},
			check: func(t *testing.T, ifs []Ifconfig) {
				mustEqual(t, "vlan", ifs[0].VLAN, &VLAN{Tag: 10, Parent: "iavf0"})
				mustEqual(t, "media", ifs[0].Media, "Ethernet autoselect (40Gbase-SR4 <full-duplex>)")
				mustEqual(t, "other", ifs[0].Other, []string(nil))
			},
		},
		{
			file:  "ifconfig-vlan-igb0.6-fbsd14.synthetic.txt",
			names: []string{"igb0.6"},
			check: func(t *testing.T, ifs []Ifconfig) {
				mustEqual(t, "vlan", ifs[0].VLAN, &VLAN{Tag: 6, Proto: "802.1q", Parent: "igb0"})
				mustEqual(t, "ether", ifs[0].Ether, mac(t, "00:25:90:3a:5b:7c"))
				mustEqual(t, "options", ifs[0].OptionNames, []string{"RXCSUM", "TXCSUM", "TSO4", "TSO6", "LRO", "RXCSUM_IPV6", "TXCSUM_IPV6", "NOMAP"})
			},
		},
		{
			// a fresh vnet jail: lo0 down, no addresses
			file:  "ifconfig-vnet-jail-lo0-unconfigured.txt",
			names: []string{"lo0"},
			want: map[int]Ifconfig{0: {
				Name: "lo0", Flags: 0x8008, FlagNames: []string{"LOOPBACK", "MULTICAST"}, MTU: 16384,
				Options: 0x680003, OptionNames: []string{"RXCSUM", "TXCSUM", "LINKSTATE", "RXCSUM_IPV6", "TXCSUM_IPV6"},
				Groups: []string{"lo"}, ND6Options: 0x21, ND6OptionNames: []string{"PERFORMNUD", "AUTO_LINKLOCAL"},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ifs, err := ParseIfconfig(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, i := range ifs {
				names = append(names, i.Name)
			}
			mustEqual(t, "names", names, tt.names)
			for idx, want := range tt.want {
				mustEqual(t, want.Name, ifs[idx], want)
			}
			if tt.check != nil {
				tt.check(t, ifs)
			}
		})
	}
}

func TestParseIfconfigForms(t *testing.T) {
	in := "gif0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> metric 0 mtu 1280\n" +
		"\tinet 198.51.100.1 --> 198.51.100.2 netmask 0xffffffff\n" +
		"\tinet 192.0.2.5/24 broadcast 192.0.2.255 vhid 3\n" +
		"\tinet 192.0.2.6 netmask 255.255.255.128\n" +
		"\tinet6 2001:db8::1 prefixlen 64 autoconf pltime 3600 vltime 7200\n" +
		"\tinet6 fe80::1%gif0/64 scopeid 0x4\n" +
		"\tinet 192.0.2.7 netmask 0xff00ff00\n" +
		"\tvlan: 6 parent interface: igb0\n" +
		"\tmember: ix0 flags=1c7<LEARNING,DISCOVER,STP,AUTOEDGE,AUTOPTP>\n" +
		"\t        ifmaxaddr 0 port 1 priority 128 path cost 2000\n" +
		"\t        role designated state forwarding\n"
	ifs, err := ParseIfconfig([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	g := ifs[0]
	mustEqual(t, "addrs", g.Addrs, []IfAddr{
		{Addr: ip("198.51.100.1"), Bits: 32, Dest: ip("198.51.100.2")},
		{Addr: ip("192.0.2.5"), Bits: 24, Broadcast: ip("192.0.2.255"), VHID: 3},
		{Addr: ip("192.0.2.6"), Bits: 25},
		{Addr: ip("2001:db8::1"), Bits: 64, Flags: []string{"autoconf"}},
		{Addr: ip("fe80::1%gif0"), Bits: 64, ScopeID: 4},
	})
	mustEqual(t, "non-contiguous mask kept aside", g.Other, []string{"inet 192.0.2.7 netmask 0xff00ff00"})
	mustEqual(t, "10.x vlan line", g.VLAN, &VLAN{Tag: 6, Parent: "igb0"})
	mustEqual(t, "stp member", g.Members[0].Role+"/"+g.Members[0].State, "designated/forwarding")

	for _, bad := range []string{
		"\toptions=8<VLAN_MTU>\n",
		"epair0a: flags=zz<UP> metric 0 mtu 1500\n",
		"epair0a: flags=8843<UP metric 0 mtu 1500\n",
		"epair0a: flags=8843<UP> metric 0 mtu x\n",
	} {
		if _, err := ParseIfconfig([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
	if ifs, err := ParseIfconfig(nil); err != nil || ifs != nil {
		t.Errorf("empty output: %v, %v", ifs, err)
	}
}

func TestParseIfconfigNamesFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"ifconfig-l-ixl-before-vfs-fbsd14.0.txt", []string{"ixl0", "ixl1", "lo0"}},
		{"ifconfig-l-ixl-after-iovctl-C-fbsd14.0.txt", []string{"ixl0", "ixl1", "lo0", "iavf0", "iavf1"}},
		// iavf0 was handed to a vnet jail and left the host's list.
		{"ifconfig-l-after-iavf0-moved-to-vnet-jail-fbsd14.0.txt", []string{"ixl0", "ixl1", "lo0", "iavf1"}},
		{"ifconfig-g-epair-both-ends-on-host.txt", []string{"epair0b", "epair0a"}},
		{"ifconfig-g-epair-after-b-moved-to-vnet.txt", []string{"epair0a"}},
		{"ifconfig-g-epair-renamed-a-end-iocage-fbsd12.1.txt", []string{"vnet0.29"}},
		{"ifconfig-epair-create-x5-loop.txt", []string{"epair0a", "epair1a", "epair2a", "epair3a", "epair4a"}},
		{"ifconfig-epairN-create-up-x3-loop.txt", []string{"epair1a", "epair2a", "epair3a"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := ParseIfconfigNames(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "names", got, tt.want)
		})
	}
	// Full ifconfig output is not a name list.
	if _, err := ParseIfconfigNames(fixture(t, "ifconfig-tap0-in-vnet-jail.txt")); err == nil {
		t.Error("ifconfig block accepted as a name list")
	}
	if got, err := ParseIfconfigNames(nil); err != nil || len(got) != 0 {
		t.Errorf("empty: %v %v", got, err)
	}
}

func TestParseCloneCreate(t *testing.T) {
	a, err := ParseEpairCreate(fixture(t, "ifconfig-epair-create.txt"))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "a-end", a, "epair0a")
	b, err := EpairB(a)
	mustEqual(t, "b-end", b, "epair0b")
	mustEqual(t, "b err", err, error(nil))

	br, err := ParseCloneCreate(fixture(t, "ifconfig-bridge-create-up.txt"))
	mustEqual(t, "bridge", br, "bridge0")
	mustEqual(t, "bridge err", err, error(nil))

	for _, bad := range []string{"", "bridge0\n", "epair0a\nepair1a\n", "epair0b\n", "ifconfig: SIOCIFCREATE2: File exists\n"} {
		if got, err := ParseEpairCreate([]byte(bad)); err == nil {
			t.Errorf("ParseEpairCreate(%q) = %q, want error", bad, got)
		}
	}
	for in, want := range map[string]string{"epair12a": "epair12b", "e0a": "e0b"} {
		got, err := EpairB(in)
		if err != nil || got != want {
			t.Errorf("EpairB(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"epair0b", "a", "epaira", "vnet0.29", ""} {
		if _, err := EpairB(bad); err == nil {
			t.Errorf("EpairB(%q): no error", bad)
		}
	}
}

// ifconfig's stderr for a missing interface is classified, so teardown can treat it as
// "already gone".
func TestIfconfigMissingInterface(t *testing.T) {
	errs := ParseToolErrors(fixture(t, "ifconfig-moved-interface-stderr.txt"))
	if len(errs) != 1 || !errors.Is(errs[0], ErrNoSuchInterface) || errs[0].Object != "tap0" {
		t.Fatalf("got %+v", errs)
	}
	if !strings.Contains(errs[0].Error(), "tap0 does not exist") {
		t.Errorf("Error() = %q", errs[0].Error())
	}
}

func FuzzParseIfconfig(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "ifconfig-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		ifs, err := ParseIfconfig(b)
		if err != nil {
			return
		}
		for _, i := range ifs {
			for _, a := range i.Addrs {
				if !a.Prefix().IsValid() {
					t.Fatalf("invalid prefix from %+v", a)
				}
			}
			if _, err := EpairB(i.Name); err == nil && !strings.HasSuffix(i.Name, "a") {
				t.Fatalf("EpairB accepted %q", i.Name)
			}
		}
		_, _ = ParseIfconfigNames(b)
		_, _ = ParseEpairCreate(b)
	})
}

func TestParseIfconfigLenientLines(t *testing.T) {
	in := "bridge0: flags=8843<UP> metric 0 mtu 1500 future word\n" +
		"\tmember: epair0a flags=143<LEARNING>\n" +
		"\t        ifmaxaddr 0 port 5 priority 128 path cost 2000 untagged 10\n" +
		"\tmember: epair1a flags=143<LEARNING>\n" +
		"\t        ifmaxaddr x port 6\n"
	ifs, err := ParseIfconfig([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	b := ifs[0]
	mustEqual(t, "mtu", b.MTU, 1500)
	mustEqual(t, "member", b.Members[0], BridgeMember{Name: "epair0a", Flags: 0x143, FlagNames: []string{"LEARNING"},
		Port: 5, Priority: 128, PathCost: 2000})
	mustEqual(t, "unreadable port line kept", b.Other, []string{"ifmaxaddr x port 6"})
}
