//go:build linux

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/vnetbench/vnetbench/platform/linux"
	"github.com/vnetbench/vnetbench/scenarios"
)

// hostFindings checks privileges, kernel features and limits on Linux.
func hostFindings() []finding {
	var out []finding
	root := os.Geteuid() == 0
	f := finding{Area: "privileges", Name: "root", OK: root, Detail: fmt.Sprintf("euid %d", os.Geteuid())}
	if !root {
		f.Fix = "run as root: namespaces need CAP_SYS_ADMIN and CAP_NET_ADMIN"
	}
	out = append(out, f)
	if root {
		for _, k := range linux.ProbeKernel() {
			f := finding{Area: "kernel", Name: k.Name, OK: k.OK, Detail: k.Detail}
			if !k.OK {
				f.Fix = "load the module or use a kernel with it"
			}
			out = append(out, f)
		}
	} else {
		out = append(out, finding{Area: "kernel", Name: "features", Detail: "not probed without root"})
	}
	var nofile unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_NOFILE, &nofile) == nil {
		// vnetbench raises its soft limit to the hard one; a node costs a netns fd, a netlink
		// socket, a BIRD control connection and a log file.
		maxNodes := int(nofile.Max / 4)
		out = append(out, finding{Area: "limits", Name: "open files", OK: nofile.Max >= 4096,
			Detail: fmt.Sprintf("hard limit %d: about %d nodes", nofile.Max, maxNodes), Fix: fixIf(nofile.Max < 4096, "ulimit -Hn 65536")})
	}
	if b, err := os.ReadFile("/proc/sys/kernel/pid_max"); err == nil {
		v, _ := strconv.Atoi(strings.TrimSpace(string(b)))
		out = append(out, finding{Area: "limits", Name: "pid_max", OK: v >= 8192, Detail: strconv.Itoa(v)})
	}
	if avail, err := linux.MemAvailable(); err == nil {
		out = append(out, finding{Area: "limits", Name: "memory", OK: true,
			Detail: fmt.Sprintf("%.1f GiB available: about %d OSPF nodes (one bridge holds %d)",
				float64(avail)/(1<<30), scenarios.MaxOSPFNodes(avail), linux.MaxBridgePorts)})
	}
	if b, err := os.ReadFile("/proc/sys/net/core/netdev_max_backlog"); err == nil {
		out = append(out, finding{Area: "limits", Name: "netdev_max_backlog", OK: true,
			Detail: strings.TrimSpace(string(b)) + " (ospf raises it for 200+ nodes, restored after; --no-host-tuning refuses)"})
	}
	left := linux.Leftovers()
	f = finding{Area: "leftovers", Name: "vnb-* namespaces", OK: len(left) == 0, Detail: fmt.Sprintf("%d", len(left))}
	if len(left) > 0 {
		f.Detail = fmt.Sprintf("%d, e.g. %s", len(left), left[0])
		f.Fix = "vnetbench clean (or a run still in progress)"
	}
	return append(out, f)
}

func fixIf(cond bool, fix string) string {
	if cond {
		return fix
	}
	return ""
}
