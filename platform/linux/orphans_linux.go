//go:build linux

package linux

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/vnetbench/vnetbench/lab"
)

// Orphans lists namespaces named by vnetbench whose run prefix is not in active: left by a
// run whose journal is gone (its results directory deleted) and that is not running.
func Orphans(active map[string]bool) []string {
	var out []string
	for _, ns := range Leftovers() {
		rest := strings.TrimPrefix(ns, PrefixBase)
		tag, _, ok := strings.Cut(rest, "-")
		if !ok || active[PrefixBase+tag+"-"] {
			continue
		}
		out = append(out, ns)
	}
	return out
}

// RemoveOrphans ends the processes living in the given namespaces (found by namespace
// identity: they can only have been started there by a vnetbench run), then deletes the
// namespaces.
func RemoveOrphans(ctx context.Context, names []string) error {
	inodes := map[uint64]string{}
	var errs []error
	for _, n := range names {
		var st unix.Stat_t
		if err := unix.Stat(NSDir+"/"+n, &st); err != nil {
			errs = append(errs, fmt.Errorf("namespace %s: %w", n, err))
			continue
		}
		inodes[st.Ino] = n
	}
	var procs []lab.Resource
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		var st unix.Stat_t
		if unix.Stat("/proc/"+e.Name()+"/ns/net", &st) != nil {
			continue
		}
		if ns, ok := inodes[st.Ino]; ok {
			start, err := procStartTime(pid)
			if err == nil {
				procs = append(procs, lab.Resource{Kind: lab.ResProcess, Name: comm(pid), Node: ns, Pid: pid, Start: start})
			}
		}
	}
	if err := stopProcesses(ctx, procs); err != nil {
		errs = append(errs, err)
	}
	for _, n := range names {
		if err := deleteNS(n); err != nil && !errors.Is(err, syscall.ENOENT) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func comm(pid int) string {
	b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm")
	return strings.TrimSpace(string(b))
}
