package freebsd

import (
	"strings"
	"testing"
	"time"
)

func TestParseTopHeaderFixtures(t *testing.T) {
	const gi = 1 << 30
	hostMem := TopMem{Active: 45 * mi, Inact: 312 * mi, Wired: 1203 * mi, Buf: 104 * mi, Free: 15 * gi}
	hostCPU := &TopCPU{User: 0.8, Nice: 0, System: 2.1, Interrupt: 0.3, Idle: 96.8}
	upHost := 2*time.Hour + 13*time.Minute + 45*time.Second
	journalMem := TopMem{Active: 1177 * mi, Inact: 454 * mi, Laundry: 2816 * ki, Wired: 1891 * mi, Buf: 17 * mi, Free: 395 * mi}
	tests := []struct {
		file string
		want TopHeader
	}{
		{"top-b-vnet-host-noswap-nozfs.synthetic.txt", TopHeader{
			LastPID: 4127, Load: [3]float64{0.52, 0.41, 0.30}, Uptime: upHost, Clock: "14:22:07",
			Processes: 87, ProcStates: map[string]int{"running": 1, "sleeping": 86}, CPU: hostCPU, Mem: hostMem,
		}},
		{"top-b-j-vnet-host-jid-column.synthetic.txt", TopHeader{
			LastPID: 4127, Load: [3]float64{0.52, 0.41, 0.30}, Uptime: upHost, Clock: "14:22:07",
			Processes: 87, ProcStates: map[string]int{"running": 1, "sleeping": 86}, CPU: hostCPU, Mem: hostMem,
		}},
		{"top-b-swap-laundry.synthetic.txt", TopHeader{
			LastPID: 4127, Load: [3]float64{0.52, 0.41, 0.30}, Uptime: upHost, Clock: "14:22:07",
			Processes: 497, ProcStates: map[string]int{"running": 1, "sleeping": 496}, CPU: hostCPU, Mem: journalMem,
			Swap: &TopSwap{Total: 2048 * mi, Free: 2048 * mi},
		}},
		{
			// the Journal's copy wrapped "up ..." onto its own line and lost the blank lines
			"top-fbsd12-480-bird-jails-journal-as-published.txt", TopHeader{
				LastPID: 16459, Load: [3]float64{34.76, 37.35, 28.18}, Uptime: 36*time.Minute + 15*time.Second, Clock: "08:36:46",
				Processes: 497, ProcStates: map[string]int{"running": 1, "sleeping": 496},
				CPU: &TopCPU{User: 14.4, System: 6.3, Interrupt: 10.2, Idle: 69.2}, Mem: journalMem,
			}},
		{"top-klara-zfs-arc-interactive-truncated.txt", TopHeader{
			LastPID: 95139, Load: [3]float64{0.21, 0.25, 0.25},
			Uptime: 17*24*time.Hour + 6*time.Hour + 17*time.Minute + 12*time.Second, Clock: "21:01:34",
			Processes: 22, ProcStates: map[string]int{"running": 1, "sleeping": 21},
			CPU: &TopCPU{User: 0.1, Idle: 99.9},
			Mem: TopMem{Active: 5968 * ki, Inact: 285 * mi, Wired: 2918 * mi, Buf: 584 * ki, Free: 552 * mi},
			ARC: &TopARC{Total: 101 * mi, MFU: 32 * mi, MRU: 24 * mi, Anon: 392 * ki, Header: 1286 * ki, Other: 44 * mi,
				Compressed: 12 * mi, Uncompressed: 52 * mi, Ratio: 4.46},
			Swap: &TopSwap{Total: 1024 * mi, Free: 1024 * mi},
		}},
		{
			// FreeBSD 10 batch mode: blank line instead of CPU, empty "Swap:"
			"top-nCHSIzs1-fbsd10-ix-forwarding.txt", TopHeader{
				LastPID: 3483, Load: [3]float64{7.77, 7.75, 6.52}, Uptime: 42*time.Minute + 45*time.Second, Clock: "16:33:41",
				Processes: 156, ProcStates: map[string]int{"running": 13, "sleeping": 97, "waiting": 46},
				Mem:  TopMem{Active: 14 * mi, Inact: 10 * mi, Wired: 553 * mi, Buf: 9856 * ki, Free: 15 * gi},
				Swap: &TopSwap{},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			h, err := ParseTopHeader(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "header", *h, tt.want)
		})
	}
}

func TestParseTopHeaderForms(t *testing.T) {
	// Two displays (-d 2): the second one wins; a process named like a header line is not
	// read as one.
	b := string(fixture(t, "top-b-swap-laundry.synthetic.txt"))
	second := strings.Replace(b, "last pid:  4127", "last pid:  4200", 1)
	second = strings.Replace(second, " 2.1% system", " 9.0% system", 1)
	second += " 4200 root 1 20 0 14M 3568K CPU1 1 0:00 0.62% Swap: 1K Total, x Free\n"
	h, err := ParseTopHeader([]byte(b + second))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "last pid", h.LastPID, 4200)
	mustEqual(t, "system", h.CPU.System, 9.0)

	h, err = ParseTopHeader([]byte("last pid: 1;  load averages:  0.00,  0.00,  0.00  up 0+00:00:01  00:00:01\n" +
		"Swap: 2048M Total, 12M Used, 2036M Free, 1% Inuse, 4K In, 8K Out\n"))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "swap", *h.Swap, TopSwap{Total: 2048 * mi, Used: 12 * mi, Free: 2036 * mi, In: 4 * ki, Out: 8 * ki, Inuse: 1})

	for _, bad := range []string{
		"",
		"  PID USERNAME\n",
		"last pid: x;  load averages:  0.52,  0.41,  0.30\n",
		"last pid: 1;  load averages:  0.52,  0.41\n",
		"last pid: 1;  load averages:  0.52,  0.41,  0.30  up 0+02:13  14:22:07\n",
		"last pid: 1;  load averages:  0.52,  0.41,  0.30\nMem: 45Q Active\n",
		"last pid: 1;  load averages:  0.52,  0.41,  0.30\nCPU: 1 user\n",
		"last pid: 1;  load averages:  0.52,  0.41,  0.30\n87 processes: one running\n",
		"last pid: 1;  load averages:  0.52,  0.41,  0.30\nARC: 1M Total\n 1M Compressed, 1M Uncompressed, 4.46 Ratio\n",
	} {
		if _, err := ParseTopHeader([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseTopHeader(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "top-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseTopHeader(b)
		if err == nil && h == nil {
			t.Fatal("nil header without error")
		}
	})
}
