package freebsd

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// DmesgDevice gathers what the kernel said about one device while attaching it.
type DmesgDevice struct {
	Name string // "ixl0", "t5vf18", "cxlv18", "vcxl0", "ppt0"
	// Desc is the text between <> on the attach line ("Chelsio T540-CR VF",
	// "port 0 vi 1"); empty when the line had none.
	Desc string
	// Location is "device 0.41" for PCI functions; Parent the bus or device it attached
	// on ("pci4", "t5vf18", "cxl0").
	Location string
	Parent   string
	MAC      net.HardwareAddr // from "Ethernet address:"
	// SRIOVReady is set by "SR-IOV ready" (ixl, ice); MaxVFs by ixl's "PF-ID[0]: VFs 64".
	SRIOVReady bool
	MaxVFs     int
	// AttachError is the error number of a failed attach ("device_attach: ixv0 attach
	// returned 5", "IFDI_ATTACH_PRE failed 5"); 0 when none was seen.
	AttachError int
}

var (
	dmesgAttach  = regexp.MustCompile(`^([a-z][a-z0-9_]*[0-9]+)(?:: <([^>]*)>| at )(.*)$`)
	dmesgMsg     = regexp.MustCompile(`^([a-z][a-z0-9_]*[0-9]+): (.*)$`)
	dmesgDevFail = regexp.MustCompile(`^device_attach: (\S+) attach returned ([0-9]+)$`)
	dmesgPrefix  = regexp.MustCompile(`^.*?\bkernel: `)
	dmesgVFs     = regexp.MustCompile(`^PF-ID\[[0-9]+\]: VFs ([0-9]+)`)
	dmesgFailed  = regexp.MustCompile(`failed ([0-9]+)$`)
)

// ParseDmesg reads device attach messages from dmesg(8) or /var/log/messages (the
// "... kernel: " prefix is removed) and returns one entry per device, in order of first
// mention. It looks for attach lines ("NAME: <desc> ... on PARENT", "NAME at device X.Y on
// PARENT"), "Ethernet address:", "SR-IOV ready", ixl's VF count and attach failures; other
// lines are skipped, so any dmesg can be fed in. Use VirtualNICKind to pick out VFs and
// Chelsio VIs.
func ParseDmesg(b []byte) []DmesgDevice {
	var out []DmesgDevice
	index := map[string]int{}
	dev := func(name string) *DmesgDevice {
		i, ok := index[name]
		if !ok {
			i = len(out)
			index[name] = i
			out = append(out, DmesgDevice{Name: name})
		}
		return &out[i]
	}
	for _, l := range lines(b) {
		l = strings.TrimSpace(dmesgPrefix.ReplaceAllString(l, ""))
		if m := dmesgDevFail.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[2])
			dev(m[1]).AttachError = n
			continue
		}
		if m := dmesgAttach.FindStringSubmatch(l); m != nil {
			rest := m[3]
			if i := strings.LastIndex(rest, " on "); i >= 0 || strings.HasPrefix(rest, "on ") {
				d := dev(m[1])
				d.Desc = m[2]
				parent := strings.TrimPrefix(rest, "on ")
				if i >= 0 {
					parent = rest[i+len(" on "):]
					rest = rest[:i]
				}
				d.Parent = strings.TrimSpace(parent)
				if j := strings.Index(rest, "device "); j >= 0 && (j == 0 || rest[j-1] == ' ') {
					d.Location = strings.TrimSpace(rest[j:])
				}
				continue
			}
		}
		m := dmesgMsg.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		msg := m[2]
		switch {
		case strings.HasPrefix(msg, "Ethernet address: "):
			if mac, err := net.ParseMAC(strings.TrimPrefix(msg, "Ethernet address: ")); err == nil {
				dev(m[1]).MAC = mac
			}
		case msg == "SR-IOV ready":
			dev(m[1]).SRIOVReady = true
		case dmesgVFs.MatchString(msg):
			n, _ := strconv.Atoi(dmesgVFs.FindStringSubmatch(msg)[1])
			dev(m[1]).MaxVFs = n
		case strings.Contains(msg, "ATTACH") && dmesgFailed.MatchString(msg):
			n, _ := strconv.Atoi(dmesgFailed.FindStringSubmatch(msg)[1])
			dev(m[1]).AttachError = n
		}
	}
	return out
}

// VirtualNICKind classifies an interface name by driver: "vf" for SR-IOV virtual functions
// (iavf and its old name ixlv, ixv, Chelsio cxgbev/cxlv/ccv), "vi" for Chelsio virtual
// interfaces of a port (vcxgbe, vcxl, vcc), "" for anything else.
func VirtualNICKind(name string) string {
	driver := strings.TrimRight(name, "0123456789")
	if driver == name || driver == "" {
		return ""
	}
	switch driver {
	case "iavf", "ixlv", "ixv", "cxgbev", "cxlv", "ccv":
		return "vf"
	case "vcxgbe", "vcxl", "vcc":
		return "vi"
	}
	return ""
}
