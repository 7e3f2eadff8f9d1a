package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/olekukonko/tablewriter"

	"github.com/vnetbench/vnetbench/scenarios"
)

func init() {
	register("list", "list scenarios, their parameters and defaults", cmdList)
	register("version", "print vnetbench's version", cmdVersion)
}

func cmdVersion(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := commit
	if c == "" {
		c = "unknown"
	}
	fmt.Fprintf(stdout, "vnetbench %s (commit %s, %s, %s/%s)\n", version, c, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}

const listUsage = `Usage: vnetbench list [--json]

Lists the scenarios: what each reproduces, its parameters with defaults and ranges.
NAME-N is shorthand for a scenario's size parameter (chain-5 = chain --set hops=5).`

func cmdList(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("list", listUsage, stderr)
	asJSON := fs.Bool("json", false, "print the catalogue as JSON")
	if err := fs.Parse(args); err != nil {
		return exitUsage(stderr, "list", err)
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(stderr, "vnetbench list: takes no arguments")
		return 2
	}
	all := scenarios.All()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "vnetbench list: %v\n", err)
			return 1
		}
		return 0
	}
	t := tablewriter.NewWriter(stdout)
	t.Header("scenario", "purpose", "parameters (default)")
	for _, s := range all {
		var ps []string
		for _, p := range s.Params {
			d := fmt.Sprintf("%s=%s", p.Name, p.Default)
			switch {
			case len(p.Choices) > 0:
				d += " {" + strings.Join(p.Choices, "|") + "}"
			case p.Max > 0:
				d += fmt.Sprintf(" [%d..%d]", p.Min, p.Max)
			}
			if p.Name == s.Size {
				d += " (NAME-N)"
			}
			ps = append(ps, d)
		}
		t.Append(s.Name, s.Purpose, strings.Join(ps, "\n"))
	}
	if err := t.Render(); err != nil {
		fmt.Fprintf(stderr, "vnetbench list: %v\n", err)
		return 1
	}
	return 0
}
