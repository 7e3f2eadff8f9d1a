//go:build linux

package linux

import (
	"fmt"
	"os"
	"strings"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"
	"golang.org/x/sys/unix"
)

// Feature is one kernel capability as probed on this host.
type Feature struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// ProbeKernel creates an anonymous network namespace (it has no name and vanishes when its
// last handle closes, so nothing is left even if this process dies) and tries, inside it, each
// kind of interface the platform uses.
func ProbeKernel() []Feature {
	var ns netns.NsHandle
	err := inNewNS(&ns)
	if err != nil {
		return []Feature{{Name: "netns", Detail: "cannot create a network namespace: " + err.Error() + " (needs root and CONFIG_NET_NS)"}}
	}
	defer ns.Close()
	out := []Feature{{Name: "netns", OK: true}}
	h, err := netlink.NewHandleAt(ns, unix.NETLINK_ROUTE)
	if err != nil {
		return append(out, Feature{Name: "netlink", Detail: err.Error()})
	}
	defer h.Close()
	try := func(name string, l netlink.Link, hint string) {
		if err := h.LinkAdd(l); err != nil {
			out = append(out, Feature{Name: name, Detail: fmt.Sprintf("%v (%s)", err, hint)})
			return
		}
		out = append(out, Feature{Name: name, OK: true})
	}
	try("dummy", &netlink.Dummy{LinkAttrs: netlink.LinkAttrs{Name: "probe0"}}, "modprobe dummy; without it loopbacks go on lo")
	try("bridge", &netlink.Bridge{LinkAttrs: netlink.LinkAttrs{Name: "probebr"}}, "modprobe bridge")
	try("veth", &netlink.Veth{LinkAttrs: netlink.LinkAttrs{Name: "probev0"}, PeerName: "probev1"}, "modprobe veth")
	parent, perr := h.LinkByName("probe0")
	if perr != nil {
		parent, perr = h.LinkByName("probev0")
	}
	if perr == nil {
		idx := parent.Attrs().Index
		try("macvlan", &netlink.Macvlan{LinkAttrs: netlink.LinkAttrs{Name: "probemv", ParentIndex: idx}, Mode: netlink.MACVLAN_MODE_BRIDGE}, "modprobe macvlan")
		try("802.1q", &netlink.Vlan{LinkAttrs: netlink.LinkAttrs{Name: "probe.6", ParentIndex: idx}, VlanId: 6}, "modprobe 8021q")
	}
	return out
}

// inNewNS creates an anonymous namespace and returns a handle to it, leaving the calling
// thread where it was.
func inNewNS(out *netns.NsHandle) error {
	orig, err := netns.Get()
	if err != nil {
		return err
	}
	defer orig.Close()
	return inNS(orig, func() error { // inNS locks the thread and restores orig afterwards
		if err := unix.Unshare(unix.CLONE_NEWNET); err != nil {
			return err
		}
		h, err := netns.Get()
		*out = h
		return err
	})
}

// Leftovers lists namespaces named by vnetbench that still exist.
func Leftovers() []string {
	ents, err := os.ReadDir(NSDir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), PrefixBase) {
			out = append(out, e.Name())
		}
	}
	return out
}
