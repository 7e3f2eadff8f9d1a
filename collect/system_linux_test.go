package collect

import "testing"

// softnetSample is /proc/net/softnet_stat of a 4-CPU machine (kernel 6.x, 13 hex columns):
// processed, dropped, time_squeeze, zeros, cpu_collision, received_rps, flow_limit_count,
// backlog_len, cpu index. The drops are column 2: 0, 0x2a, 0x1f4, 0x5cd3c.
const softnetSample = `0001d3f5 00000000 0000000a 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000
000a8c2e 0000002a 00000131 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000001
0031ff07 000001f4 00000c4d 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000002
07d1b9a0 0005cd3c 0000a8f2 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000003
`

func TestParseSoftnetDrops(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want uint64
	}{
		{"four cpus", softnetSample, 0x2a + 0x1f4 + 0x5cd3c},
		{"hex, not decimal", "00000001 00000010 00000000\n", 16},
		{"old kernel, 11 columns, no newline", "00000001 000000ff 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000", 255},
		{"uppercase hex", "00000001 000000FF 0\n", 255},
		{"blank lines", "\n00000001 00000002 0\n\n00000001 00000003 0\n", 5},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		if got := ParseSoftnetDrops([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: ParseSoftnetDrops = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// rawSample is /proc/PID/net/raw inside an OSPF node: BIRD's raw sockets for protocol 89
// (the sl column holds the protocol). drops is the last, decimal, column.
const rawSample = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  89: 00000000:0059 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 3523511 2 ffff8f0a4b5e1080 14145
  89: 0100C0C6:0059 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 3523512 2 ffff8f0a4b5e1400 0
   1: 00000000:0001 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 3523600 2 ffff8f0a4b5e1800 10
`

func TestParseSocketDrops(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want uint64
	}{
		{"raw sockets", rawSample, 14145 + 10},
		{"header only", "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n", 0},
		{"decimal, not hex", "header drops\n 0: x 10\n", 10},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		if got := ParseSocketDrops([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: ParseSocketDrops = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestParseNeighTableFulls(t *testing.T) {
	// /proc/net/stat/arp_cache: a header, then one line per CPU in hexadecimal.
	in := []byte(`entries  allocs   destroys hash_grows lookups  hits     res_failed rcv_probes_mcast rcv_probes_ucast periodic_gc_runs forced_gc_runs unresolved_discards table_fulls
00000400 0000a1b2 00009f00 00000003 0001c2d4 0001b000 00000000 00000000 00000000 00000010 00000200 00000000 0000001a
00000400 0000b1b2 0000af00 00000000 0002c2d4 0002b000 00000000 00000000 00000000 00000011 00000100 00000000 00000006
`)
	if got := ParseNeighTableFulls(in); got != 0x1a+0x6 {
		t.Errorf("ParseNeighTableFulls = %d, want %d", got, 0x1a+0x6)
	}
	if got := ParseNeighTableFulls([]byte("entries allocs\n0 0\n")); got != 0 {
		t.Errorf("without a table_fulls column = %d, want 0", got)
	}
}
