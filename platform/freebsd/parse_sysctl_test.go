package freebsd

import (
	"errors"
	"testing"
)

func TestParseSysctlFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []SysctlEntry
	}{
		{"sysctl-hw.physmem-fbsd14.5.txt", []SysctlEntry{{Name: "hw.physmem", Value: "2111283200"}}},
		{"sysctl-vm.stats.vm.v_free_count-fbsd14.5.txt", []SysctlEntry{{Name: "vm.stats.vm.v_free_count", Value: "482182"}}},
		{"sysctl-kern.features.vimage.synthetic.txt", []SysctlEntry{{Name: "kern.features.vimage", Value: "1"}}},
		{"sysctl-set-forwarding-x4.txt", []SysctlEntry{
			{Name: "net.inet.ip.forwarding", Old: "0", Value: "1", Set: true},
			{Name: "net.inet.ip.forwarding", Old: "0", Value: "1", Set: true},
			{Name: "net.inet.ip.forwarding", Old: "0", Value: "1", Set: true},
			{Name: "net.inet.ip.forwarding", Old: "0", Value: "1", Set: true},
		}},
		// sysctl -i for an absent oid prints nothing
		{"sysctl-i-n-kern.features.vimage-missing.synthetic.txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := ParseSysctl(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "entries", got, tt.want)
		})
	}

	t.Run("multi", func(t *testing.T) {
		es, err := ParseSysctl(fixture(t, "sysctl-multi-fbsd14.5-sshpilot.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != 21 {
			t.Fatalf("got %d entries, want 21", len(es))
		}
		byName := map[string]SysctlEntry{}
		for _, e := range es {
			byName[e.Name] = e
		}
		mustEqual(t, "hw.model", byName["hw.model"].Value, "Intel(R) Xeon(R) CPU           X5675  @ 3.07GHz")
		mustEqual(t, "kern.osrelease", byName["kern.osrelease"].Value, "14.5-RELEASE")
		mustEqual(t, "kern.boottime", byName["kern.boottime"].Value, "{ sec = 1789900651, usec = 837885 } Sun Sep 20 10:37:31 2026")
		mustEqual(t, "vm.loadavg", byName["vm.loadavg"].Value, "{ 0.32 0.16 0.06 }")
		cp, err := byName["kern.cp_time"].Uints()
		mustEqual(t, "cp_time", cp, []uint64{321, 0, 188, 10, 61683})
		mustEqual(t, "cp_time err", err, error(nil))
		free, err := byName["vm.stats.vm.v_free_count"].Uint()
		mustEqual(t, "free pages", free, uint64(482182))
		mustEqual(t, "free err", err, error(nil))
		page, _ := byName["hw.pagesize"].Uint()
		mustEqual(t, "free bytes", free*page, uint64(1975017472))
		if _, err := byName["hw.model"].Uint(); err == nil {
			t.Error("hw.model read as an integer")
		}
		if _, err := byName["vm.loadavg"].Uints(); err == nil {
			t.Error("vm.loadavg read as integers")
		}
	})
}

func TestParseSysctlValueFixtures(t *testing.T) {
	tests := []struct {
		file    string
		want    uint64
		present bool
	}{
		{"sysctl-n-hw.physmem.synthetic.txt", 2111283200, true},
		{"sysctl-n-kern.features.vimage.synthetic.txt", 1, true},
		{"sysctl-n-vm.stats.vm.v_free_count.synthetic.txt", 482182, true},
		{"sysctl-i-n-kern.features.vimage-missing.synthetic.txt", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b := fixture(t, tt.file)
			v, ok, err := ParseSysctlUint(b)
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "value", v, tt.want)
			mustEqual(t, "present", ok, tt.present)
			_, ok = ParseSysctlValue(b)
			mustEqual(t, "present (string)", ok, tt.present)
		})
	}
	// Without -i an absent oid is an error on stderr.
	errs := ParseToolErrors(fixture(t, "sysctl-kern.features.vimage-unknown-oid-stderr.synthetic.txt"))
	if len(errs) != 1 || !errors.Is(errs[0], ErrUnknownOID) || errs[0].Object != "kern.features.vimage" {
		t.Fatalf("got %+v", errs)
	}
	if _, _, err := ParseSysctlUint([]byte("abc\n")); err == nil {
		t.Error("no error for a non-numeric value")
	}
	v, ok := ParseSysctlValue([]byte("a b \n"))
	mustEqual(t, "value keeps inner and trailing spaces", v, "a b ")
	mustEqual(t, "ok", ok, true)
}

func TestParseSysctlForms(t *testing.T) {
	in := "vm.vmtotal:\nSystem wide totals computed every five seconds: (values in kilobytes)\n" +
		"===============================================\nProcesses:\t\t(RUNQ: 1 Disk Wait: 0 Page Wait: 0 Sleep: 53)\n" +
		"kern.hostname=hop1\n" +
		"net.inet.ip.forwarding: 1 -> 1\n" +
		"security.jail.param.host.hostname: \n"
	es, err := ParseSysctl([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "entries", es, []SysctlEntry{
		{Name: "vm.vmtotal", Value: "System wide totals computed every five seconds: (values in kilobytes)\n" +
			"===============================================\nProcesses:\t\t(RUNQ: 1 Disk Wait: 0 Page Wait: 0 Sleep: 53)"},
		{Name: "kern.hostname", Value: "hop1"},
		{Name: "net.inet.ip.forwarding", Old: "1", Value: "1", Set: true},
		{Name: "security.jail.param.host.hostname", Value: ""},
	})
	for _, bad := range []string{"sysctl: unknown oid 'x'\n", "1\n", "kern: 1\n"} {
		if _, err := ParseSysctl([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseSysctl(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "sysctl-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := ParseSysctl(b)
		if err != nil {
			return
		}
		for _, e := range es {
			if e.Name == "" {
				t.Fatal("entry without a name")
			}
			_, _ = e.Uint()
			_, _ = e.Uints()
		}
		_, _, _ = ParseSysctlUint(b)
	})
}
