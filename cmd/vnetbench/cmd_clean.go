package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/vnetbench/vnetbench/journal"
	"github.com/vnetbench/vnetbench/lab"
)

func init() {
	register("clean", "undo what unfinished or kept runs left behind, from their journals", cmdClean)
}

const cleanUsage = `Usage: vnetbench clean [--run ID | --all] [--out DIR] [--dry-run]

Finds runs whose journal has no "done" mark (a crash, a kill -9, or --keep) in --out and in
the registry of active runs (/run/vnetbench), and undoes exactly what each journal lists:
daemons by pid (only if still the same process), then links, bridges, namespaces or jails,
then kernel tunables restored to their journaled values. With no --run, every such run.
With --orphans, namespaces named vnb-* whose run left no journal (its results directory was
deleted) are removed too, with the processes inside them. Examples:
  vnetbench clean --dry-run          what would be removed
  vnetbench clean --orphans
  vnetbench clean --run 20261121T070030Z-ospf-480-1f87`

func cmdClean(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("clean", cleanUsage, stderr)
	runID := fs.String("run", "", "clean only this run")
	fs.Bool("all", false, "clean every unfinished run (the default)")
	out := fs.String("out", "results", "results directory to search besides the active registry")
	dry := fs.Bool("dry-run", false, "list what would be undone; change nothing")
	orphans := fs.Bool("orphans", false, "also remove vnb-* namespaces (and the processes in them) that no journal accounts for")
	if err := fs.Parse(args); err != nil {
		return exitUsage(stderr, "clean", err)
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(stderr, "vnetbench clean: takes no arguments (use --run ID)")
		return 2
	}
	if *runID != "" && fs.Changed("all") {
		fmt.Fprintln(stderr, "vnetbench clean: --run and --all exclude each other")
		return 2
	}
	pending, err := journal.Pending(*out)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench clean: warning: %v\n", err)
	}
	var todo []*journal.Entry
	for _, e := range pending {
		if *runID != "" && e.Meta.RunID != *runID {
			continue
		}
		if e.Running() {
			fmt.Fprintf(stdout, "run %s is still in progress (pid %d): left alone; stop it with ^C or kill -INT %d\n",
				e.Meta.RunID, e.Meta.Pid, e.Meta.Pid)
			continue
		}
		todo = append(todo, e)
	}
	if *orphans {
		active := map[string]bool{}
		for _, e := range pending {
			active[e.Meta.Prefix] = true // journaled runs are cleaned from their journals
		}
		if code := cleanOrphans(stdout, stderr, active, *dry); code != 0 {
			return code
		}
	}
	if *runID != "" && len(todo) == 0 {
		fmt.Fprintf(stderr, "vnetbench clean: no unfinished run %q in %s or the active registry\n", *runID, *out)
		return 1
	}
	if len(todo) == 0 {
		fmt.Fprintln(stdout, "nothing to clean: every run in", *out, "finished its teardown")
		return 0
	}
	status := 0
	for _, e := range todo {
		fmt.Fprintf(stdout, "run %s (%s, started %s, journal %s):\n", e.Meta.RunID, e.Meta.Platform,
			e.Meta.Started.Format(time.RFC3339), e.Path)
		for _, kind := range lab.TeardownOrder {
			for _, r := range e.Resources {
				if r.Kind == kind {
					fmt.Fprintf(stdout, "  %-8s %s\n", r.Kind, describe(r))
				}
			}
		}
		if *dry {
			continue
		}
		b, err := builderFor(e.Meta)
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench clean: run %s: %v\n", e.Meta.RunID, err)
			status = 1
			continue
		}
		tctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		err = b.Undo(tctx, e.Resources)
		cancel()
		if err != nil {
			fmt.Fprintf(stderr, "vnetbench clean: run %s: %v\n", e.Meta.RunID, err)
			status = 1
			continue
		}
		if err := journal.MarkDone(e); err != nil {
			fmt.Fprintf(stderr, "vnetbench clean: run %s: %v\n", e.Meta.RunID, err)
			status = 1
			continue
		}
		fmt.Fprintf(stdout, "  removed (%d journal entries undone)\n", len(e.Resources))
	}
	if *dry {
		fmt.Fprintln(stdout, "dry run: nothing changed")
	}
	return status
}

func describe(r lab.Resource) string {
	switch r.Kind {
	case lab.ResProcess:
		if r.Pid == 0 {
			return fmt.Sprintf("%s in %s (start journaled, pid unknown: nothing to stop)", r.Name, r.Node)
		}
		return fmt.Sprintf("%s pid %d in %s", r.Name, r.Pid, r.Node)
	case lab.ResTunable:
		return fmt.Sprintf("%s back to %s", r.Name, r.Old)
	case lab.ResLink, lab.ResSegment:
		return fmt.Sprintf("%s in %s", r.Name, r.Node)
	}
	return r.Name
}
