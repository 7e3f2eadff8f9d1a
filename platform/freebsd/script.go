package freebsd

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

// PlanStateDir is where a printed plan keeps daemon files and the tunables' old values.
var PlanStateDir = stateDirFor(PlanPrefix)

// planOld is what the recorder answers for a tunable's current value, which a plan cannot
// know; the printer turns the read into "save the value" and the restore into "restore the
// saved value".
const planOld = "vnb-saved-value"

// PlanScript prints plan as a /bin/sh script: `sh plan.sh` builds the lab and `sh plan.sh
// teardown` removes it. It is made by driving a Platform over an executor.Recorder, so its
// commands are the ones `vnetbench run --platform freebsd` issues, in the same phase order,
// with three differences a script needs: steps run one after another (a run runs a phase's
// steps concurrently); bird daemonizes (a run starts bird -f as a supervised child); and a
// tunable's old value is saved to a file in PlanStateDir and restored from it (a run keeps it
// in its journal).
//
// Names are fixed so that the script is the same every time: jails are PlanPrefix+node
// ("vnb-plan-jail1"), daemon files live under PlanStateDir. The teardown is a shell function
// made by driving Platform.Undo over the build's journal: errors do not stop it (set +e), and
// each wait for something to go (a daemon, a dying jail) is a bounded loop (wait_gone).
func PlanScript(plan *lab.Plan) (string, error) {
	if plan == nil || plan.Spec == nil {
		return "", errors.New("plan: nothing to print")
	}
	ctx := context.Background()
	rec := &executor.Recorder{Respond: planRespond}
	p, err := New(rec, PlanPrefix, Options{StateDir: PlanStateDir, Starter: planStarter{rec}})
	if err != nil {
		return "", err
	}
	j := &memJournal{}
	tunes, daemons := false, false
	for _, group := range plan.Phases() {
		ph := group[0].Phase
		steps := fmt.Sprintf("%d steps", len(group))
		if len(group) == 1 {
			steps = "1 step"
		}
		rec.Phase(fmt.Sprintf("%s (%s; vnetbench runs a phase's steps concurrently)", ph, steps))
		switch ph {
		case lab.PhaseTune:
			rec.Comment("kernel-global tunables: the old value is saved and restored by teardown")
		case lab.PhaseDaemons:
			rec.Comment("vnetbench starts 'bird -f' as a supervised child; here bird daemonizes itself")
		}
		for _, s := range group {
			switch {
			case s.Op == lab.OpTune && s.OS != "" && s.OS != "freebsd":
				rec.Comment(fmt.Sprintf("%s=%s is for %s only", s.Key, s.Value, s.OS))
				continue
			case s.Op == lab.OpTune:
				tunes = true
			case s.Op == lab.OpDaemon:
				daemons = true
				if s.Daemon == nil {
					return "", fmt.Errorf("plan: step %s has no daemon", s.ID)
				}
				cfg := s.Daemon.BirdConfig(p.LoopbackIface())
				if _, err := p.startDaemon(ctx, s.Node, lab.DaemonFiles{}, []byte(cfg), j); err != nil {
					return "", fmt.Errorf("plan: step %s: %w", s.ID, err)
				}
				continue
			}
			if err := p.Apply(ctx, s, j); err != nil {
				return "", fmt.Errorf("plan: %w", err)
			}
		}
	}
	build, ok := strings.CutPrefix(rec.Script(), "#!/bin/sh\nset -eu\n")
	if !ok {
		return "", errors.New("plan: unexpected recorder script header")
	}

	trec := &executor.Recorder{Respond: teardownRespond(j.resources())}
	tp, err := New(trec, PlanPrefix, Options{StateDir: PlanStateDir, Pace: -1, StopGrace: time.Nanosecond})
	if err != nil {
		return "", err
	}
	if err := tp.Undo(ctx, j.resources()); err != nil {
		return "", fmt.Errorf("plan: teardown: %w", err)
	}
	teardown, _ := strings.CutPrefix(trec.Script(), "#!/bin/sh\nset -eu\n")

	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	w("#!/bin/sh")
	w("# vnetbench plan: %s (%s) on freebsd", plan.Spec.Scenario, paramString(plan.Spec.Params))
	w("# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown")
	w("# Run as root. Jails are named %s<node>; the host role is this machine itself.", PlanPrefix)
	w("# Daemon files and saved tunables live in %s.", PlanStateDir)
	w("set -eu")
	w("")
	w("# wait_gone CMD...: run CMD until it fails (what it looks for is gone), at most 60 s.")
	w("wait_gone() {")
	w("  n=0")
	w("  while \"$@\" >/dev/null 2>&1 && [ \"$n\" -lt 300 ]; do sleep 0.2; n=$((n + 1)); done")
	w("}")
	w("")
	w("# teardown: daemons, interfaces from inside their jails, jails one at a time (each")
	w("# waited for until it is no longer dying), host interfaces, bridges, tunables.")
	w("teardown() {")
	w("  set +e")
	removed := false
	for _, l := range strings.Split(strings.TrimRight(teardown, "\n"), "\n") {
		switch {
		case strings.TrimSpace(l) == "":
			w("")
		case strings.HasPrefix(l, "#"):
			w("  %s", l)
		case l == "ifconfig -l":
			// a run destroys only what is still there; the script just tries
		case strings.HasPrefix(l, "pgrep ") || strings.HasPrefix(l, "jls "):
			w("  wait_gone %s", l)
		case strings.HasPrefix(l, "sysctl ") && strings.HasSuffix(l, "="+planOld):
			name := strings.TrimSuffix(strings.TrimPrefix(l, "sysctl "), "="+planOld)
			f := PlanStateDir + "/tune." + name
			w("  [ -f %s ] && sysctl %s=\"$(cat %s)\"", f, name, f)
		default:
			if strings.HasPrefix(l, "rm -rf -- "+PlanStateDir) {
				removed = true
			}
			w("  %s", l)
		}
	}
	if (tunes || daemons) && !removed {
		w("  rm -rf -- %s", PlanStateDir)
	}
	w("}")
	w("if [ \"${1:-build}\" = teardown ]; then teardown; exit 0; fi")
	if tunes || daemons {
		w("mkdir -p %s", PlanStateDir)
	}
	for _, l := range strings.SplitAfter(build, "\n") {
		if name, ok := strings.CutPrefix(strings.TrimSuffix(l, "\n"), "sysctl -i -n "); ok {
			f := PlanStateDir + "/tune." + name
			b.WriteString(fmt.Sprintf("[ -f %s ] || sysctl -i -n %s > %s\n", f, name, f))
			continue
		}
		b.WriteString(l)
	}
	return b.String(), nil
}

// planRespond answers what the platform reads while a plan is printed: the a-end an epair
// create prints, and a placeholder for a tunable's current value.
func planRespond(argv []string) []byte {
	switch {
	case len(argv) >= 3 && argv[0] == "ifconfig" && argv[2] == "create" && strings.HasPrefix(argv[1], "epair"):
		return []byte(argv[1] + "a\n")
	case len(argv) == 4 && argv[0] == "sysctl" && argv[1] == "-i" && argv[2] == "-n":
		return []byte(planOld + "\n")
	}
	return nil
}

// teardownRespond answers `ifconfig -l` with every host interface the build journaled, so
// the printed teardown destroys each one that may still be there.
func teardownRespond(rs []lab.Resource) func([]string) []byte {
	var names []string
	for _, r := range rs {
		if (r.Kind == lab.ResLink || r.Kind == lab.ResSegment) && r.Node == "" {
			names = append(names, r.Name)
		}
	}
	return func(argv []string) []byte {
		if len(argv) == 2 && argv[0] == "ifconfig" && argv[1] == "-l" {
			return []byte(strings.Join(names, " ") + "\n")
		}
		return nil
	}
}

// planStarter records a daemon's start for the script, without -f: a script cannot
// supervise a foreground daemon.
type planStarter struct{ rec *executor.Recorder }

func (s planStarter) Start(ctx context.Context, argv []string, _ executor.StartOptions) (lab.Proc, error) {
	var cmd []string
	for _, a := range argv {
		if a != "-f" {
			cmd = append(cmd, a)
		}
	}
	if _, err := s.rec.Run(ctx, cmd); err != nil {
		return nil, err
	}
	return planProc{}, nil
}

// planProc is a daemon a script started: nothing to supervise.
type planProc struct{}

func (planProc) Pid() int                 { return 0 }
func (planProc) Done() <-chan struct{}    { return nil }
func (planProc) ExitStatus() string       { return "" }
func (planProc) Stop(time.Duration) error { return nil }

// memJournal is a journal in memory, for printing.
type memJournal struct {
	mu sync.Mutex
	rs []lab.Resource
}

func (m *memJournal) Add(rs ...lab.Resource) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.rs = append(m.rs, rs...)
	return nil
}

func (m *memJournal) resources() []lab.Resource {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]lab.Resource(nil), m.rs...)
}

func paramString(params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+params[k])
	}
	if len(parts) == 0 {
		return "no parameters"
	}
	return strings.Join(parts, " ")
}
