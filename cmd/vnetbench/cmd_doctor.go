package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"runtime"
	"strings"

	"github.com/olekukonko/tablewriter"

	"github.com/vnetbench/vnetbench/journal"
)

func init() {
	register("doctor", "report what this host can run, and why not", cmdDoctor)
}

// finding is one line of the doctor's report.
type finding struct {
	Area   string `json:"area"`
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
	Fix    string `json:"fix,omitempty"`
}

const doctorUsage = `Usage: vnetbench doctor [--json] [--out DIR]

Checks this host: platform, privileges, kernel features (network namespaces, veth, bridge,
macvlan, 802.1q, dummy — probed in a throwaway anonymous namespace), tools (bird, birdc, ping,
traceroute, iperf3), limits (open files, processes, memory, receive backlog) and leftovers of
earlier runs. Exit status 1 if something a scenario needs is missing.`

func cmdDoctor(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("doctor", doctorUsage, stderr)
	asJSON := fs.Bool("json", false, "print findings as JSON")
	out := fs.String("out", "results", "results directory to check for unfinished runs")
	if err := fs.Parse(args); err != nil {
		return exitUsage(stderr, "doctor", err)
	}
	fs.Args()
	var fnd []finding
	fnd = append(fnd, finding{Area: "platform", Name: runtime.GOOS + "/" + runtime.GOARCH, OK: runtime.GOOS == "linux" || runtime.GOOS == "freebsd",
		Detail: "default platform: " + runtime.GOOS})
	fnd = append(fnd, hostFindings()...)
	tools := []struct{ name, pkg, why string }{
		{"bird", "bird2", "routing daemon of the ospf scenario"},
		{"birdc", "bird2", "BIRD's CLI (vnetbench speaks the socket itself; useful by hand)"},
		{"ping", "iputils-ping", "reachability checks"},
		{"traceroute", "traceroute", "hop checks of the chain scenario"},
		{"iperf3", "iperf3", "throughput measurements"},
		{"ip", "iproute2", "running printed plans, entering kept labs"},
	}
	for _, t := range tools {
		f := finding{Area: "tools", Name: t.name, Detail: t.why}
		if p, err := exec.LookPath(t.name); err == nil {
			f.OK, f.Detail = true, p
		} else {
			f.Fix = "make deps (Debian package " + t.pkg + ")"
		}
		fnd = append(fnd, f)
	}
	if pend, err := journal.Pending(*out); err == nil {
		f := finding{Area: "leftovers", Name: "unfinished runs", OK: len(pend) == 0, Detail: fmt.Sprintf("%d", len(pend))}
		if len(pend) > 0 {
			var ids []string
			for _, e := range pend {
				ids = append(ids, e.Meta.RunID)
			}
			f.Detail = strings.Join(ids, " ")
			f.Fix = "vnetbench clean --out " + *out
		}
		fnd = append(fnd, f)
	}
	status := 0
	for _, f := range fnd {
		optional := map[string]bool{"iperf3": true, "birdc": true, "dummy": true, "macvlan": true, "802.1q": true}
		if !f.OK && f.Area != "leftovers" && !optional[f.Name] {
			status = 1
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(fnd)
		return status
	}
	t := tablewriter.NewWriter(stdout)
	t.Header("area", "check", "ok", "detail", "fix")
	for _, f := range fnd {
		ok := "yes"
		if !f.OK {
			ok = "NO"
		}
		t.Append(f.Area, f.Name, ok, f.Detail, f.Fix)
	}
	t.Render()
	return status
}
