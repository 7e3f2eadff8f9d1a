package main

import (
	"context"
	"fmt"
	"io"

	"github.com/vnetbench/vnetbench/platform/freebsd"
	"github.com/vnetbench/vnetbench/platform/linux"
)

func init() {
	register("plan", "print a scenario's plan as a shell script for the target platform", cmdPlan)
}

const planUsage = `Usage: vnetbench plan SCENARIO [--set key=value]... [--platform linux|freebsd]

Prints the plan as a runnable shell script: the same commands, in the same phase order, that
'vnetbench run' performs (on Linux through netlink; the script uses ip(8)). Nothing is
created. Examples:
  vnetbench plan chain-5 > chain.sh && sudo sh chain.sh && sudo sh chain.sh teardown
  vnetbench plan ospf-480 --platform freebsd > ospf480.sh`

func cmdPlan(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f runFlags
	fs := newFlagSet("plan", planUsage, stderr)
	addRunFlags(fs, &f)
	if err := fs.Parse(args); err != nil {
		return exitUsage(stderr, "plan", err)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "vnetbench plan: want exactly one SCENARIO (see 'vnetbench list')")
		return 2
	}
	plan, err := compile(fs.Arg(0), f)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench plan: %v\n", err)
		return 2
	}
	switch f.platform {
	case "linux":
		fmt.Fprint(stdout, linux.Script(plan))
		return 0
	case "freebsd":
		script, err := freebsd.PlanScript(plan)
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench plan: %v\n", err)
			return 1
		}
		fmt.Fprint(stdout, script)
		return 0
	}
	return 2
}
