// Package runner carries out one run: it executes a compiled plan on a platform phase by
// phase, starts and supervises daemons, waits for convergence, verifies the checks, tears
// everything down (also on failure and interrupt) and writes the run record.
package runner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/vnetbench/vnetbench/collect"
	"github.com/vnetbench/vnetbench/journal"
	"github.com/vnetbench/vnetbench/lab"
)

// Platform is what a run needs from an operating system.
type Platform interface {
	lab.Builder
	lab.Prober
	lab.Supervisor
	Name() string
	// LoopbackIface is where loopback addresses went (lo1, or lo without a clone driver).
	LoopbackIface() string
	// EnterHint tells a user how to get a shell inside node of a kept lab.
	EnterHint(node string) string
	// Prefix is the run-scoped prefix of global names.
	Prefix() string
	// Close releases handles the platform holds; called before namespaces are removed.
	Close()
}

// Options tune a run.
type Options struct {
	OutDir  string
	Workers int
	Keep    bool
	// NoHostTuning refuses kernel-global tunables (DESIGN.md rule 1).
	NoHostTuning bool
	// Progress receives human progress lines (stderr); nil discards them.
	Progress io.Writer
	// TeardownTimeout bounds teardown, which runs under a fresh context after an interrupt.
	TeardownTimeout time.Duration
	// Hooks lets tests act at phase boundaries (e.g. send SIGINT "during" a phase).
	Hooks func(phase string)
	// Version and Commit of vnetbench, for the record.
	Version, Commit string
	// Samplers run from build start to the end of teardown.
	Samplers []Sampler
	// Target is where the lab runs (ssh://…), recorded in the journal so clean can reach it.
	Target string
	// Until stops the run after the named phase (build, daemons, converge), then tears down:
	// for measuring a phase alone. Checks are not run, and the run is judged on errors only.
	Until string
}

// Phases a run can be stopped after (Options.Until).
var UntilPhases = []string{"build", "daemons", "converge"}

// Sampler is polled once a second; it appends to the record's series. It must return
// promptly; a sample that takes longer than the tick is recorded as late, not waited for.
type Sampler interface {
	Name() string
	Sample(ctx context.Context, t float64) []lab.Series
}

// Run is one run in progress.
type Run struct {
	opts   Options
	plat   Platform
	plan   *lab.Plan
	spec   *lab.Spec
	dir    string
	jrnl   *journal.File
	rec    *lab.Record
	recMu  sync.Mutex
	procs  map[string]lab.Proc
	procMu sync.Mutex
	start  time.Time
	series seriesSet
	supervision
	birdOnce  sync.Once
	birdPool  *collect.BirdPool
	converged map[string]map[string]float64
	ridOnce   sync.Once
	rids      map[string]netip.Addr
}

// New prepares a run: it validates, creates the run directory and opens the journal. Nothing
// in the system is created yet.
func New(plan *lab.Plan, plat Platform, opts Options) (*Run, error) {
	if opts.Workers <= 0 {
		opts.Workers = DefaultWorkers()
	}
	if opts.TeardownTimeout == 0 {
		opts.TeardownTimeout = 2 * time.Minute
	}
	if opts.Progress == nil {
		opts.Progress = io.Discard
	}
	if opts.NoHostTuning && len(plan.Spec.HostTuning) > 0 {
		var keys []string
		for _, t := range plan.Spec.HostTuning {
			keys = append(keys, t.Key+"="+t.Value)
		}
		return nil, fmt.Errorf("scenario %s wants host tuning (%s) and --no-host-tuning refuses it: "+
			"drop --no-host-tuning, or pick a smaller lab", plan.Spec.Scenario, strings.Join(keys, ", "))
	}
	start := time.Now()
	id := fmt.Sprintf("%s-%s-%s", start.UTC().Format("20060102T150405Z"), runLabel(plan.Spec), strings.Trim(strings.TrimPrefix(plat.Prefix(), "vnb-"), "-"))
	dir := filepath.Join(opts.OutDir, id)
	if err := os.MkdirAll(filepath.Join(dir, "nodes"), 0o755); err != nil {
		return nil, fmt.Errorf("run directory: %w", err)
	}
	j, err := journal.Create(filepath.Join(dir, journal.FileName), journal.Meta{
		RunID: id, Platform: plat.Name(), Prefix: plat.Prefix(), Target: opts.Target, Started: start, Pid: os.Getpid()})
	if err != nil {
		return nil, err
	}
	r := &Run{opts: opts, plat: plat, plan: plan, spec: plan.Spec, dir: dir, jrnl: j, start: start,
		procs: map[string]lab.Proc{}}
	r.rec = &lab.Record{Schema: lab.RecordSchema, ID: id, Scenario: plan.Spec.Scenario, Params: plan.Spec.Params,
		Platform: plat.Name(), Start: start, Env: CollectEnv(opts.Version, opts.Commit),
		Checks: []lab.CheckResult{}, Events: []lab.Event{}, Errors: []string{}, Metrics: map[string]float64{}}
	return r, nil
}

// DefaultWorkers bounds concurrent steps: enough to keep the kernel busy on every core while
// steps wait on netlink round trips, not so many that they only contend for the RTNL lock.
func DefaultWorkers() int { return 8 * runtime.NumCPU() }

func runLabel(s *lab.Spec) string {
	for _, k := range []string{"hops", "jails", "nodes"} {
		if v, ok := s.Params[k]; ok {
			return s.Scenario + "-" + v
		}
	}
	return s.Scenario
}

// AddSamplers adds samplers; call before Execute.
func (r *Run) AddSamplers(s ...Sampler) { r.opts.Samplers = append(r.opts.Samplers, s...) }

// DaemonPids returns the pid of each running daemon by node.
func (r *Run) DaemonPids() map[string]int {
	r.procMu.Lock()
	defer r.procMu.Unlock()
	out := make(map[string]int, len(r.procs))
	for n, p := range r.procs {
		out[n] = p.Pid()
	}
	return out
}

// NodeMemory is implemented by samplers that know each daemon's last RSS and PSS.
type NodeMemory interface {
	Last() map[string][2]uint64
}

// Dir is the run directory.
func (r *Run) Dir() string { return r.dir }

// Record returns the run record (complete after Execute returns).
func (r *Run) Record() *lab.Record { return r.rec }

// Execute runs the lab end to end and returns the record. The lab is torn down on success,
// failure and interrupt alike unless Options.Keep; teardown runs under a fresh context. The
// returned error is non-nil when the run could not complete; failed checks are not errors
// (they set Record.OK false).
func (r *Run) Execute(ctx context.Context) (*lab.Record, error) {
	sampCtx, stopSampling := context.WithCancel(context.Background())
	samplingDone := r.startSampling(sampCtx)

	runErr := r.execute(ctx)
	if runErr != nil {
		r.addError(runErr)
		r.unmeasuredChecks()
	}
	if ctx.Err() != nil {
		r.event("interrupt", "", "interrupted: tearing down")
		fmt.Fprintln(r.opts.Progress, "interrupted: tearing down")
	}

	r.nodeMemory()
	var tdErr error
	if r.opts.Keep && runErr == nil {
		r.stopWatching()
		fmt.Fprintf(r.opts.Progress, "lab kept up (--keep). Enter a node with:\n  %s\nRemove it with:\n  vnetbench clean --run %s --out %s\n",
			r.plat.EnterHint(r.firstNode()), r.rec.ID, r.opts.OutDir)
	} else {
		tdCtx, cancel := context.WithTimeout(context.Background(), r.opts.TeardownTimeout)
		tdErr = r.phase("teardown", func() error { return r.teardown(tdCtx) })
		cancel()
		if tdErr != nil {
			r.addError(fmt.Errorf("teardown: %w", tdErr))
		}
	}
	stopSampling()
	<-samplingDone
	for _, s := range r.opts.Samplers {
		if c, ok := s.(io.Closer); ok {
			c.Close()
		}
	}
	r.series.into(r.rec)

	r.rec.OK = runErr == nil && tdErr == nil && len(r.rec.Errors) == 0 && (r.opts.Until != "" || allPass(r.rec.Checks))
	if sec := r.phaseSeconds("teardown"); sec > 0 { // a kept lab had none
		r.rec.Metrics[lab.MetricTeardownSec] = sec
	}
	r.deriveMetrics()
	if ctx.Err() != nil {
		r.rec.OK = false
	}
	werr := r.writeRecord()
	ferr := r.jrnl.Finish(r.opts.Keep && runErr == nil && tdErr == nil)
	return r.rec, errors.Join(runErr, tdErr, werr, ferr)
}

// nodeMemory copies each daemon's last sampled memory into the record, with per-node
// averages as headline metrics, before teardown ends the daemons.
func (r *Run) nodeMemory() {
	for _, s := range r.opts.Samplers {
		nm, ok := s.(NodeMemory)
		if !ok {
			continue
		}
		last := nm.Last()
		if len(last) == 0 {
			continue
		}
		var rss, pss uint64
		r.recMu.Lock()
		for node, m := range last {
			nr := r.nodeResult(node)
			nr.RSSBytes, nr.PSSBytes = m[0], m[1]
			rss += m[0]
			pss += m[1]
		}
		r.rec.Metrics[lab.MetricDaemonRSSNode] = float64(rss) / float64(len(last))
		r.rec.Metrics[lab.MetricDaemonPSSNode] = float64(pss) / float64(len(last))
		r.recMu.Unlock()
	}
}

// unmeasuredChecks records, when a run failed before verifying, each promised check as failed
// and not measured, so the record still says what the scenario promised.
func (r *Run) unmeasuredChecks() {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	if len(r.rec.Checks) > 0 || r.opts.Until != "" {
		return
	}
	for _, c := range r.spec.Checks {
		if c.OS != "" && c.OS != r.plat.Name() {
			continue
		}
		r.rec.Checks = append(r.rec.Checks, lab.CheckResult{Name: c.Name, Kind: string(c.Kind),
			Expected: "measured after the lab is up", Actual: "not measured: the run failed before verify"})
	}
}

func (r *Run) firstNode() string {
	if len(r.spec.Nodes) > 0 {
		return r.spec.Nodes[0].Name
	}
	return lab.HostNode
}

func allPass(cs []lab.CheckResult) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		if !c.Pass {
			return false
		}
	}
	return true
}

func (r *Run) execute(ctx context.Context) error {
	r.hook("build")
	err := r.phase("build", func() error { return r.runPhases(ctx, r.plan.Build()) })
	if err != nil {
		return err
	}
	r.rec.Metrics[lab.MetricBuildSec] = r.lastPhase().Seconds
	if r.opts.Until == "build" {
		return ctx.Err()
	}
	if len(r.spec.Daemons) > 0 {
		r.hook("daemons")
		err := r.phase("daemons", func() error {
			if err := r.startDaemons(ctx); err != nil {
				return err
			}
			return r.runPhases(ctx, r.plan.Release())
		})
		if err != nil {
			return err
		}
		r.rec.Metrics[lab.MetricDaemonStartSec] = r.lastPhase().Seconds
	}
	if r.opts.Until == "daemons" {
		return ctx.Err()
	}
	if r.spec.Converge != nil {
		r.hook("converge")
		if err := r.phase("converge", func() error { return r.converge(ctx) }); err != nil {
			return err
		}
		r.rec.Metrics[lab.MetricConvergeSec] = r.lastPhase().Seconds
	}
	if r.opts.Until == "converge" {
		return ctx.Err()
	}
	r.hook("verify")
	if err := r.phase("verify", func() error { return r.verify(ctx) }); err != nil {
		return err
	}
	r.rec.Metrics[lab.MetricVerifySec] = r.lastPhase().Seconds
	return ctx.Err()
}

func (r *Run) hook(phase string) {
	if r.opts.Hooks != nil {
		r.opts.Hooks(phase)
	}
}

// phase times fn as a named phase of the record.
func (r *Run) phase(name string, fn func() error) error {
	fmt.Fprintf(r.opts.Progress, "%s ...\n", name)
	t0 := time.Now()
	err := fn()
	d := time.Since(t0)
	r.recMu.Lock()
	r.rec.Phases = append(r.rec.Phases, lab.PhaseTiming{Name: name, Start: t0, Duration: d, Seconds: d.Seconds()})
	r.recMu.Unlock()
	status := "done"
	if err != nil {
		status = "failed"
	}
	fmt.Fprintf(r.opts.Progress, "%s %s in %.3fs\n", name, status, d.Seconds())
	return err
}

func (r *Run) phaseSeconds(name string) float64 {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	for _, p := range r.rec.Phases {
		if p.Name == name {
			return p.Seconds
		}
	}
	return 0
}

// deriveMetrics turns series into headline numbers: the kernel memory one node costs (the
// slab's peak while the lab was up over its level before the build, per node), and the
// harness's mean CPU and peak RSS while sampling.
func (r *Run) deriveMetrics() {
	for _, s := range r.rec.Series {
		if len(s.Points) < 2 || len(s.Labels) > 0 {
			continue
		}
		first, peak, sum := s.Points[0].V, s.Points[0].V, 0.0
		for _, p := range s.Points {
			peak = max(peak, p.V)
			sum += p.V
		}
		switch s.Name {
		case lab.SeriesSlab:
			if len(r.spec.Nodes) > 0 {
				r.rec.Metrics[lab.MetricKernelMemNode] = (peak - first) / float64(len(r.spec.Nodes))
			}
		case lab.SeriesHarnessCPU:
			r.rec.Metrics[lab.MetricHarnessCPU] = sum / float64(len(s.Points))
		case lab.SeriesHarnessRSS:
			r.rec.Metrics[lab.MetricHarnessRSS] = peak
		}
	}
}

func (r *Run) lastPhase() lab.PhaseTiming {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	return r.rec.Phases[len(r.rec.Phases)-1]
}

// runPhases executes plan phases in order: steps of a phase concurrently, bounded by Workers;
// the first failure cancels the phase and fails the run.
func (r *Run) runPhases(ctx context.Context, phases [][]lab.Step) error {
	for _, group := range phases {
		if err := ctx.Err(); err != nil {
			return err
		}
		phaseName := group[0].Phase.String()
		r.hook("build:" + phaseName)
		t0 := time.Now()
		var done atomic.Int64
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(r.opts.Workers)
		for _, s := range group {
			g.Go(func() error {
				if err := r.plat.Apply(gctx, s, r.jrnl); err != nil {
					return err
				}
				done.Add(1)
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return fmt.Errorf("%s: %w", phaseName, err)
		}
		r.event("phase", "", fmt.Sprintf("%s: %d steps in %.3fs", phaseName, done.Load(), time.Since(t0).Seconds()))
		fmt.Fprintf(r.opts.Progress, "  %-10s %5d steps  %.3fs\n", phaseName, done.Load(), time.Since(t0).Seconds())
	}
	return nil
}

// teardown stops daemons (reaping them), then undoes everything the journal lists.
func (r *Run) teardown(ctx context.Context) error {
	r.stopWatching()
	var errs []error
	r.procMu.Lock()
	procs := make([]lab.Proc, 0, len(r.procs))
	for _, p := range r.procs {
		procs = append(procs, p)
	}
	r.procMu.Unlock()
	var wg sync.WaitGroup
	for _, p := range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.Stop(2 * time.Second)
		}()
	}
	wg.Wait()
	if r.birdPool != nil {
		r.birdPool.Close()
	}
	r.plat.Close()
	e, err := journal.Read(r.jrnl.Path())
	if err != nil {
		return err
	}
	if err := r.plat.Undo(ctx, e.Resources); err != nil {
		errs = append(errs, err)
	}
	if w, ok := r.plat.(interface{ Warnings() []string }); ok {
		for _, msg := range w.Warnings() {
			r.warn(msg)
		}
	}
	for _, res := range e.Resources {
		if res.Kind == lab.ResTunable {
			r.rec.Tuning = append(r.rec.Tuning, lab.TuningChange{Name: res.Name, Old: res.Old,
				New: res.New, Restored: len(errs) == 0})
		}
	}
	return errors.Join(errs...)
}

func (r *Run) event(kind, node, msg string) {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	r.rec.Events = append(r.rec.Events, lab.Event{Time: time.Now(), Kind: kind, Node: node, Msg: msg})
}

func (r *Run) warn(msg string) {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	r.rec.Warnings = append(r.rec.Warnings, msg)
}

func (r *Run) addError(err error) {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	r.rec.Errors = append(r.rec.Errors, err.Error())
}

// since is seconds since the run started, the time axis of every series.
func (r *Run) since(t time.Time) float64 { return t.Sub(r.start).Seconds() }

func (r *Run) writeRecord() error {
	b, err := json.MarshalIndent(r.rec, "", "  ")
	if err != nil {
		return fmt.Errorf("encode record: %w", err)
	}
	tmp := filepath.Join(r.dir, "run.json.tmp")
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write record: %w", err)
	}
	return os.Rename(tmp, filepath.Join(r.dir, "run.json"))
}
