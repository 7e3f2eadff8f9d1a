package freebsd

import "testing"

const addrRow = CounterInPackets | CounterInBytes | CounterOutPackets | CounterOutBytes

// noBytes is the link-row set of netstat -i without -b, with -d.
const noBytes = CounterInPackets | CounterInErrors | CounterInDrops | CounterOutPackets |
	CounterOutErrors | CounterCollisions | CounterOutDrops

func TestParseNetstatInterfacesFixtures(t *testing.T) {
	tests := []struct {
		file  string
		count int
		// checks maps a row index to its expected value
		checks map[int]NetstatInterface
	}{
		{
			file: "netstat-ib-fbsd14.5.txt", count: 3,
			checks: map[int]NetstatInterface{
				0: {Name: "vtnet0", MTU: 1500, Network: "<Link#1>", Address: "52:54:00:12:34:56",
					Link: true, LinkIndex: 1, IfCounters: ctr(155, 0, 0, 30412, 136, 0, 27564, 0)},
				1: {Name: "vtnet0", Network: "10.0.2.0/24", Address: "10.0.2.15",
					IfCounters: IfCounters{InPackets: 150, InBytes: 26364, OutPackets: 128, OutBytes: 24696, Present: addrRow}},
				2: {Name: "lo0", MTU: 16384, Network: "<Link#2>", Address: "lo0",
					Link: true, LinkIndex: 2, IfCounters: ctr(0, 0, 0, 0, 0, 0, 0, 0)},
			},
		},
		{
			// FreeBSD 10 cut the name to five characters.
			file: "netstat-biI-bridge0-fbsd10.2.txt", count: 1,
			checks: map[int]NetstatInterface{
				0: {Name: "bridg", MTU: 1500, Network: "<Link#4>", Address: "02:d7:73:80:6f:00", Link: true, LinkIndex: 4,
					IfCounters: ctr(10368111, 0, 0, 5313151200, 18655683, 4496, 13320749763, 0)},
			},
		},
		{
			file: "netstat-biI-tap0-fbsd10.2.txt", count: 1,
			checks: map[int]NetstatInterface{
				0: {Name: "tap0", MTU: 1500, Network: "<Link#5>", Address: "00:bd:4e:36:b3:00", Link: true, LinkIndex: 5,
					IfCounters: ctr(355, 0, 0, 43722, 5519, 0, 475060, 0)},
			},
		},
		{
			// starts with a "###" annotation line; has -d's Drop column and no bytes
			file: "netstat-ndi-fbsd16-before.txt", count: 17,
			checks: map[int]NetstatInterface{
				3: {Name: "igb0", Network: "2a01:e0a:1092:3d20::/64", Address: "2a01:e0a:1092:3d20:dead:beef:0:42",
					IfCounters: IfCounters{InPackets: 2374, OutPackets: 2317, Present: CounterInPackets | CounterOutPackets}},
				4: {Name: "igb1", MTU: 1500, Network: "<Link#2>", Address: "00:0d:b9:41:ca:3d", Link: true, LinkIndex: 2,
					IfCounters: IfCounters{InPackets: 20004846, OutPackets: 2, Present: noBytes}},
				12: {Name: "enc0", Down: true, MTU: 1536, Network: "<Link#4>", Address: "enc0", Link: true, LinkIndex: 4,
					IfCounters: IfCounters{Present: noBytes}},
				16: {Name: "lo0", Network: "127.0.0.0/8", Address: "127.0.0.1",
					IfCounters: IfCounters{Present: CounterInPackets | CounterOutPackets}},
			},
		},
		{
			file: "netstat-ndi-fbsd16-during.txt", count: 8,
			checks: map[int]NetstatInterface{
				0: {Name: "igb1", MTU: 1500, Network: "<Link#2>", Address: "00:0d:b9:41:ca:3d", Link: true, LinkIndex: 2,
					IfCounters: IfCounters{InPackets: 26976177, Present: noBytes}},
				4: {Name: "igb2", MTU: 1500, Network: "<Link#3>", Address: "00:0d:b9:41:ca:3e", Link: true, LinkIndex: 3,
					IfCounters: IfCounters{OutPackets: 26976177, Present: noBytes}},
				7: {Name: "igb2", Network: "2001:2:0:8000::/64", Address: "2001:2:0:8000::205",
					IfCounters: IfCounters{OutPackets: 1, Present: CounterInPackets | CounterOutPackets}},
			},
		},
		{
			file: "netstat-inb-libxo-json.json", count: 8,
			checks: map[int]NetstatInterface{
				0: {Name: "vtnet0", Flags: 0x8863, FlagsKnown: true, MTU: 1500, Network: "<Link#1>",
					Address: "96:00:00:7b:2f:db", Link: true, LinkIndex: 1,
					IfCounters: ctr(14409097, 0, 0, 3661133356, 14006498, 0, 4606661018, 0)},
				1: {Name: "vtnet0", Flags: 0x8863, FlagsKnown: true, Network: "2a01:4f9:c010:e1dd::/64",
					Address:    "2a01:4f9:c010:e1dd::",
					IfCounters: IfCounters{InPackets: 4072295, InBytes: 4334205829, OutPackets: 2423184, OutBytes: 473948371, Present: addrRow}},
				4: {Name: "lo0", Flags: 0x8049, FlagsKnown: true, MTU: 16384, Network: "<Link#2>", Address: "lo0",
					Link: true, LinkIndex: 2, IfCounters: ctr(18539596, 0, 0, 7314451024, 18539596, 0, 7314451024, 0)},
				7: {Name: "lo0", Flags: 0x8049, FlagsKnown: true, Network: "127.0.0.0/8", Address: "127.0.0.1",
					IfCounters: IfCounters{InPackets: 9480200, InBytes: 1729579367, OutPackets: 9480200, OutBytes: 1729579367, Present: addrRow}},
			},
		},
		{
			file: "netstat-4n-I-lo0-libxo-json.json", count: 2,
			checks: map[int]NetstatInterface{
				1: {Name: "lo0", Flags: 0x8049, FlagsKnown: true, Network: "127.0.0.0/8", Address: "127.0.0.2",
					IfCounters: IfCounters{Present: CounterInPackets | CounterOutPackets}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rows, err := ParseNetstatInterfaces(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tt.count {
				t.Fatalf("got %d rows, want %d: %+v", len(rows), tt.count, rows)
			}
			for i, want := range tt.checks {
				mustEqual(t, "row", rows[i], want)
			}
		})
	}
}

func TestParseNetstatInterfacesForms(t *testing.T) {
	// A link without an address prints a blank Address cell; -d adds Drop.
	in := "Name    Mtu Network       Address              Ipkts Ierrs Idrop    Opkts Oerrs  Coll  Drop\n" +
		"tun0*  1500 <Link#6>                               0     0     0        0     0     0     0\n"
	rows, err := ParseNetstatInterfaces([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "rows", rows, []NetstatInterface{{Name: "tun0", Down: true, MTU: 1500, Network: "<Link#6>",
		Link: true, LinkIndex: 6, IfCounters: IfCounters{Present: noBytes}}})

	// JSON: the name carries no "*"; a down interface has IFF_UP clear in flags.
	rows, err = ParseNetstatInterfaces([]byte(`{"statistics":{"interface":[{"name":"enc0","flags":"0x0","mtu":1536,"network":"<Link#4>","address":"enc0","received-packets":0,"dropped-packets":1,"dropped-packets":2}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "down", rows[0].Down, true)
	mustEqual(t, "drops", [2]uint64{rows[0].InDrops, rows[0].OutDrops}, [2]uint64{1, 2})

	for _, bad := range []string{
		"vtnet0  1500 <Link#1> 52:54:00:12:34:56 155 0 0\n",
		"Name Mtu Network Address Ipkts Bogus\n",
		"Name Mtu Network Address Ipkts Ierrs\nx 1500 <Link#1> a b c d e f\n",
		"Name Mtu Network Address Ipkts Ierrs\nx mtu <Link#1> a 1 2\n",
		"Name Mtu Network Address Ipkts Ierrs\nx 1 <Link#1> a 1 2x\n",
		`{"statistics":{"interface":[{"name":"x","flags":"zz"}]}}`,
		`{"statistics":{"interface":[{"name":{}}]}}`,
	} {
		if _, err := ParseNetstatInterfaces([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseNetstatInterfaces(f *testing.F) {
	seedFuzz(f, "netstat-ib-fbsd14.5.txt", "netstat-biI-bridge0-fbsd10.2.txt", "netstat-ndi-fbsd16-before.txt",
		"netstat-inb-libxo-json.json", "netstat-4n-I-lo0-libxo-json.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, err := ParseNetstatInterfaces(b)
		if err != nil && rows != nil {
			t.Fatal("rows returned with an error")
		}
	})
}
