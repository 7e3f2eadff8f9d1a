package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/report"
	"github.com/vnetbench/vnetbench/runner"
	"github.com/vnetbench/vnetbench/scenarios"
)

func init() {
	register("run", "build a scenario's lab, run it, verify it, tear it down, write the record", cmdRun)
}

// runFlags are the flags shared by run and plan.
type runFlags struct {
	sets     []string
	platform string
	workers  int
	out      string
	keep     bool
	noTuning bool
	json     bool
	target   string
	until    string
}

func newFlagSet(name, usage string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

const runUsage = `Usage: vnetbench run SCENARIO [flags]

Builds the scenario's lab (namespaces on Linux, VNET jails on FreeBSD), starts its daemons,
waits for convergence, verifies every check, tears everything down and writes
<out>/<run-id>/run.json. Exit status 0 only if every check passed.

SCENARIO is a name from 'vnetbench list'; NAME-N sets its size parameter:
  vnetbench run chain-5                 host -> 5 routed hops, traceroute verified
  vnetbench run bridge-100 --workers 16
  vnetbench run ospf-480                the seed's 480 BIRD jails (about 5 minutes)
  vnetbench run ospf-12 --set timers=fast
  vnetbench run host-link --keep        leave the lab up to explore; 'vnetbench clean' removes it`

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f runFlags
	fs := newFlagSet("run", runUsage, stderr)
	addRunFlags(fs, &f)
	fs.IntVar(&f.workers, "workers", runner.DefaultWorkers(), "steps run concurrently within a phase")
	fs.StringVar(&f.out, "out", "results", "directory that receives the run directory")
	fs.BoolVar(&f.keep, "keep", false, "leave the lab up after verifying (remove it later with 'vnetbench clean')")
	fs.BoolVar(&f.noTuning, "no-host-tuning", false, "refuse to change kernel-global tunables (fails scenarios that need them)")
	fs.BoolVar(&f.json, "json", false, "print the run record as JSON on stdout instead of the summary table")
	fs.StringVar(&f.until, "until", "", "stop after this phase (build, daemons or converge) and tear down, to measure it alone")
	if err := fs.Parse(args); err != nil {
		return exitUsage(stderr, "run", err)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "vnetbench run: want exactly one SCENARIO (see 'vnetbench list')")
		return 2
	}
	if f.workers < 1 || f.workers > 1024 {
		fmt.Fprintf(stderr, "vnetbench run: --workers %d: must be between 1 and 1024\n", f.workers)
		return 2
	}
	if f.until != "" && !slices.Contains(runner.UntilPhases, f.until) {
		fmt.Fprintf(stderr, "vnetbench run: --until %q: must be one of %s\n", f.until, strings.Join(runner.UntilPhases, ", "))
		return 2
	}
	plan, err := compile(fs.Arg(0), f)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench run: %v\n", err)
		return 2
	}
	if err := runner.CheckSocketPaths(f.out, plan.Spec); err != nil {
		fmt.Fprintf(stderr, "vnetbench run: %v\n", err)
		return 2
	}
	plat, err := openPlatform(ctx, f, plan)
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench run: %v\n", err)
		return 1
	}
	if d, ok := plat.(interface{ Disconnect() error }); ok {
		defer d.Disconnect()
	}
	run, err := runner.New(plan, plat, runner.Options{OutDir: f.out, Workers: f.workers, Keep: f.keep, Target: f.target,
		NoHostTuning: f.noTuning, Progress: stderr, Version: version, Commit: commit, Until: f.until})
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench run: %v\n", err)
		return 1
	}
	if s := ifaceSampler(plat, plan, stderr); s != nil {
		run.AddSamplers(s)
	}
	if f.platform == "linux" {
		run.AddSamplers(hostSamplers(run, len(plan.Spec.Daemons))...)
	} else {
		run.AddSamplers(platformSamplers(plat, plan)...)
	}
	fmt.Fprintf(stderr, "run %s: %s on %s, %d nodes, record in %s\n", run.Record().ID, plan.Spec.Scenario, plat.Name(), len(plan.Spec.Nodes), run.Dir())
	rec, err := run.Execute(ctx)
	if f.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rec)
	} else if serr := report.Summary(stdout, rec); serr != nil {
		fmt.Fprintf(stderr, "vnetbench run: summary: %v\n", serr)
	}
	if werr := writeBenchfmt(run.Dir(), rec); werr != nil {
		fmt.Fprintf(stderr, "vnetbench run: %v\n", werr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "vnetbench run: %v\n", err)
	}
	fmt.Fprintf(stderr, "record: %s/run.json\n", run.Dir())
	if err != nil || !rec.OK {
		return 1
	}
	return 0
}

func addRunFlags(fs *pflag.FlagSet, f *runFlags) {
	fs.StringArrayVar(&f.sets, "set", nil, "set a scenario parameter, key=value (repeatable; see 'vnetbench list')")
	fs.StringVar(&f.platform, "platform", runtime.GOOS, "platform: linux (namespaces) or freebsd (VNET jails)")
	fs.StringVar(&f.target, "target", "", "freebsd only: run the lab on ssh://user@host[:port] instead of locally")
}

// compile resolves a scenario and its parameters into a validated plan.
func compile(arg string, f runFlags) (*lab.Plan, error) {
	if f.platform != "linux" && f.platform != "freebsd" {
		return nil, fmt.Errorf("--platform %q: must be linux or freebsd", f.platform)
	}
	spec, err := scenarios.Build(arg, f.sets)
	if err != nil {
		return nil, err
	}
	return lab.Compile(spec)
}

func writeBenchfmt(dir string, rec *lab.Record) error {
	fh, err := os.Create(dir + "/bench.txt")
	if err != nil {
		return fmt.Errorf("benchmark summary: %w", err)
	}
	werr := report.WriteBenchfmt(fh, rec)
	return errors.Join(werr, fh.Close())
}

// exitUsage reports a flag parse error and maps it to an exit status: --help is success.
func exitUsage(stderr io.Writer, cmd string, err error) int {
	if errors.Is(err, pflag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(stderr, "vnetbench %s: %v (see 'vnetbench %s --help')\n", cmd, err, cmd)
	return 2
}
