package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// command is one subcommand: its one-line summary and the function that runs it.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

// commands is filled by the files that define each subcommand (init functions register).
var commands = map[string]command{}

func register(name, summary string, fn func(ctx context.Context, args []string, stdout, stderr io.Writer) int) {
	commands[name] = command{summary: summary, run: fn}
}

// run is the whole CLI: it parses args, runs one subcommand and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "vnetbench: unknown command %q (run 'vnetbench help' for the list)\n", args[0])
		return 2
	}
	return cmd.run(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vnetbench builds, measures and stress-tests virtual network stacks at scale.")
	fmt.Fprintln(w, "\nUsage: vnetbench COMMAND [flags]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'vnetbench COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, strings.TrimSpace(`
Examples:
  vnetbench list                      scenarios and their parameters
  vnetbench run chain-5               build the seed's 5-hop chain, verify, tear down
  vnetbench run ospf-480              480 BIRD OSPF nodes on one bridge (about 5 minutes)
  vnetbench plan bridge-3             print the plan as a shell script`))
}
