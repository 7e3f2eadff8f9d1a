package freebsd

import "testing"

func TestParsePsFixtures(t *testing.T) {
	tests := []struct {
		file   string
		count  int
		checks map[int]Process
	}{
		{
			file: "ps-axo-pid-jid-rss-vsz-comm.synthetic.txt", count: 20,
			checks: map[int]Process{
				0:  {PID: 0, JID: 0, Command: "kernel"},
				1:  {PID: 1, JID: 0, RSS: 1172 * 1024, VSZ: 12188 * 1024, Command: "init"},
				9:  {PID: 1402, JID: 0, RSS: 11340 * 1024, VSZ: 22540 * 1024, Command: "sshd"},
				11: {PID: 2124, JID: 1, RSS: 7291 * 1024, VSZ: 20736 * 1024, Command: "bird"},
				17: {PID: 2268, JID: 7, RSS: 7357 * 1024, VSZ: 20736 * 1024, Command: "bird"},
				18: {PID: 4120, JID: 0, RSS: 4420 * 1024, VSZ: 14660 * 1024, Command: "sh"},
				19: {PID: 4128, JID: 0, RSS: 2876 * 1024, VSZ: 13988 * 1024, Command: "ps"},
			},
		},
		{
			file: "ps-axo-pid-jid-rss-vsz-comm-libxo-json.synthetic.json", count: 5,
			checks: map[int]Process{
				2: {PID: 2, Command: "KTLS"},
				4: {PID: 2148, JID: 2, RSS: 7302 * 1024, VSZ: 20736 * 1024, Command: "bird"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ps, err := ParsePs(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != tt.count {
				t.Fatalf("got %d processes, want %d", len(ps), tt.count)
			}
			for i, want := range tt.checks {
				mustEqual(t, "process", ps[i], want)
			}
			// Per-jail memory: the number the samplers need.
			var birdRSS uint64
			for _, p := range ps {
				if p.JID != 0 && p.Command == "bird" {
					birdRSS += p.RSS
				}
			}
			if birdRSS == 0 {
				t.Error("no bird RSS in jails")
			}
		})
	}
}

func TestParsePsForms(t *testing.T) {
	// Other column order, an ignored keyword, a command with spaces, widths grown by values.
	in := "  JID   PID JAIL     RSS COMMAND\n" +
		"    0     1 -       1172 init\n" +
		"   12 99999 hop12  10240 bird: worker 1\n"
	ps, err := ParsePs([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "rows", ps, []Process{
		{PID: 1, RSS: 1172 * 1024, Command: "init"},
		{PID: 99999, JID: 12, RSS: 10240 * 1024, Command: "bird: worker 1"},
	})
	for _, bad := range []string{
		"JID RSS\n1 2\n",
		"PID COMMAND JID\n1 init 0\n",
		" PID JID\n 1\n",
		" PID JID\n 1 2 3\n",
		" PID RSS\n 1 x\n",
		" PID RSS\n 1 99999999999999999999\n",
		`{"process-information": {"process": [{"pid": "x"}]}}`,
		`{"process-information": {"process": [{"pid": []}]}}`,
		`{"process-information": {}}`,
	} {
		if _, err := ParsePs([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
	if ps, err := ParsePs(nil); err != nil || ps != nil {
		t.Errorf("empty: %v %v", ps, err)
	}
}

func TestParsePsJID(t *testing.T) {
	jid, err := ParsePsJID(fixture(t, "ps-o-jid-eq-p.synthetic.txt"))
	mustEqual(t, "jid", jid, 7)
	mustEqual(t, "err", err, error(nil))
	jid, err = ParsePsJID([]byte("   12\n"))
	mustEqual(t, "padded jid", jid, 12)
	mustEqual(t, "err", err, error(nil))
	for _, bad := range []string{"", "\n", "x\n", "1 2\n"} {
		if _, err := ParsePsJID([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParsePs(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "ps-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParsePs(b)
		if err != nil {
			return
		}
		for _, p := range ps {
			if p.RSS%1024 != 0 || p.VSZ%1024 != 0 {
				t.Fatalf("size not from KiB: %+v", p)
			}
		}
		_, _ = ParsePsJID(b)
	})
}
