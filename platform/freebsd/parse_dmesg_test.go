package freebsd

import "testing"

func TestParseDmesgFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []DmesgDevice
	}{
		{"dmesg-cxgbe-num_vis-vcxl.txt", []DmesgDevice{
			{Name: "vcxl0", Desc: "port 0 vi 1", Parent: "cxl0", MAC: mac(t, "00:07:43:2e:e5:91")},
			{Name: "vcxl1", Desc: "port 0 vi 2", Parent: "cxl0", MAC: mac(t, "00:07:43:2e:e5:92")},
		}},
		{"dmesg-cxgbev-vf-attach.txt", []DmesgDevice{
			{Name: "t5vf18", Desc: "Chelsio T540-CR VF", Location: "device 0.41", Parent: "pci4"},
			{Name: "cxlv18", Desc: "port 0", Parent: "t5vf18", MAC: mac(t, "06:44:2e:e5:90:18")},
			{Name: "t5vf19", Desc: "Chelsio T540-CR VF", Location: "device 0.45", Parent: "pci4"},
			{Name: "cxlv19", Desc: "port 0", Parent: "t5vf19", MAC: mac(t, "06:44:2e:e5:90:19")},
		}},
		{"dmesg-ixl-sriov-ready-fbsd14.0.relined.txt", []DmesgDevice{
			{Name: "ixl0", Desc: "Intel(R) Ethernet Controller X710 for 10GbE SFP+ - 2.3.3-k", Location: "device 0.0",
				Parent: "pci1", MAC: mac(t, "3c:fd:fe:9c:9e:30"), SRIOVReady: true, MaxVFs: 64},
		}},
		{"dmesg-ixv-attach-fail-fbsd12.txt", []DmesgDevice{
			{Name: "ixv0", Desc: "Intel(R) PRO/10GbE Virtual Function Network Driver", Location: "device 0.128",
				Parent: "pci4", AttachError: 5},
		}},
		// a VF reserved for bhyve (passthrough: true) attaches as ppt, not as a NIC
		{"dmesg-ppt-passthrough-vf-fbsd14.0.txt", []DmesgDevice{
			{Name: "ppt0", Location: "device 0.17", Parent: "pci1"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			mustEqual(t, "devices", ParseDmesg(fixture(t, tt.file)), tt.want)
		})
	}
}

func TestVirtualNICKind(t *testing.T) {
	for name, want := range map[string]string{
		"iavf0": "vf", "ixlv3": "vf", "ixv0": "vf", "cxlv18": "vf", "cxgbev1": "vf", "ccv2": "vf",
		"vcxl0": "vi", "vcxgbe1": "vi", "vcc0": "vi",
		"ixl0": "", "cxl0": "", "t5vf18": "", "ppt0": "", "epair0a": "", "iavf": "", "": "",
	} {
		mustEqual(t, name, VirtualNICKind(name), want)
	}
}

func FuzzParseDmesg(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "dmesg-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		seen := map[string]bool{}
		for _, d := range ParseDmesg(b) {
			if d.Name == "" || seen[d.Name] {
				t.Fatalf("bad or repeated device %+v", d)
			}
			seen[d.Name] = true
			_ = VirtualNICKind(d.Name)
		}
	})
}
