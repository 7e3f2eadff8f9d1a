package runner

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/vnetbench/vnetbench/lab"
)

// maxSocketPath is the longest unix socket path every kernel accepts (sun_path is 104 bytes on
// FreeBSD, 108 on Linux, both counting the terminating NUL).
const maxSocketPath = 103

// nodeFiles are the per-node files of a daemon, all under the run directory.
func (r *Run) nodeFiles(node string) lab.DaemonFiles {
	d := filepath.Join(r.dir, "nodes", node)
	return lab.DaemonFiles{
		Config: filepath.Join(d, "bird.conf"),
		Socket: filepath.Join(d, "bird.ctl"),
		PID:    filepath.Join(d, "bird.pid"),
		Log:    filepath.Join(d, "bird.log"),
	}
}

// CheckSocketPaths refuses, before anything is created, a run directory so deep that the
// daemons' control sockets would not fit in a unix socket address.
func CheckSocketPaths(outDir string, spec *lab.Spec) error {
	if len(spec.Daemons) == 0 {
		return nil
	}
	abs, err := filepath.Abs(outDir)
	if err != nil {
		return err
	}
	longest := ""
	for _, d := range spec.Daemons {
		if len(d.Node) > len(longest) {
			longest = d.Node
		}
	}
	// <out>/<id>/nodes/<node>/bird.ctl, the id being <UTC time>-<label>-<4-hex tag>.
	id := len("20060102T150405Z") + 1 + len(runLabel(spec)) + 1 + 4
	n := len(abs) + 1 + id + len("/nodes/") + len(longest) + len("/bird.ctl")
	if n > maxSocketPath {
		return fmt.Errorf("--out %s is too deep: BIRD control sockets under it would be %d bytes long, over the %d-byte unix socket limit; use a shorter --out (for example /tmp/vnb)", abs, n, maxSocketPath)
	}
	return nil
}

// startDaemons writes each node's BIRD configuration and starts the daemons concurrently,
// bounded, each supervised: an exit before teardown is recorded at once with its status and
// the last lines of its log.
func (r *Run) startDaemons(ctx context.Context) error {
	r.watchStop = make(chan struct{})
	lo := r.plat.LoopbackIface()
	// One journal batch (one sync) announces every daemon before any starts; each start then
	// journals its pid, and those syncs are shared between concurrent starts.
	intents := make([]lab.Resource, 0, len(r.spec.Daemons))
	for _, d := range r.spec.Daemons {
		intents = append(intents, lab.Resource{Kind: lab.ResProcess, Name: "bird", Node: d.Node})
	}
	if err := r.jrnl.Add(intents...); err != nil {
		return err
	}
	// Every start forks, and a fork copies the descriptor table that exec then sweeps: with a
	// namespace handle and a netlink socket open per node, each start costs O(nodes). Drop
	// them now; the platform reopens what it needs later, lazily.
	r.plat.Close()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(r.opts.Workers)
	for _, d := range r.spec.Daemons {
		g.Go(func() error {
			f := r.nodeFiles(d.Node)
			f.Survive = r.opts.Keep
			if err := os.MkdirAll(filepath.Dir(f.Config), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(f.Config, []byte(d.BirdConfig(lo)), 0o644); err != nil {
				return fmt.Errorf("write %s: %w", f.Config, err)
			}
			if err := gctx.Err(); err != nil {
				return err
			}
			p, err := r.plat.StartDaemon(gctx, d.Node, f, r.jrnl)
			if err != nil {
				return fmt.Errorf("start daemon in %s: %w", d.Node, err)
			}
			r.procMu.Lock()
			r.procs[d.Node] = p
			r.procMu.Unlock()
			r.watch(d.Node, p, f.Log)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	// A daemon that rejects its configuration exits at once; the convergence loop sees that
	// on its first round and fails with the daemon's own words.
	fmt.Fprintf(r.opts.Progress, "  %d daemons started\n", len(r.spec.Daemons))
	return nil
}

// watch records p's exit if it happens before teardown stops watching.
func (r *Run) watch(node string, p lab.Proc, logPath string) {
	r.watchWG.Add(1)
	go func() {
		defer r.watchWG.Done()
		select {
		case <-r.watchStop:
			return
		case <-p.Done():
		}
		select {
		case <-r.watchStop: // the exit raced with teardown: expected
			return
		default:
		}
		exit := &lab.DaemonExit{Time: time.Now(), Status: p.ExitStatus(), LogTail: tailLines(logPath, 10)}
		msg := fmt.Sprintf("daemon in %s (pid %d) exited: %s", node, p.Pid(), exit.Status)
		if len(exit.LogTail) > 0 {
			msg += ": " + exit.LogTail[len(exit.LogTail)-1]
		}
		r.event("daemon-exit", node, msg)
		r.recMu.Lock()
		r.exits = append(r.exits, msg)
		r.nodeResult(node).Exit = exit
		r.recMu.Unlock()
		fmt.Fprintln(r.opts.Progress, msg)
	}()
}

// stopWatching ends supervision: exits after this are teardown's doing.
func (r *Run) stopWatching() {
	r.watchOnce.Do(func() {
		if r.watchStop != nil {
			close(r.watchStop)
			r.watchWG.Wait()
		}
	})
}

// daemonExits lists the unexpected daemon exits so far.
func (r *Run) daemonExits() []string {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	return append([]string(nil), r.exits...)
}

// nodeResult returns the record's entry for node, creating it. Callers hold recMu.
func (r *Run) nodeResult(node string) *lab.NodeResult {
	if r.nodeIdx == nil || len(r.nodeIdx) != len(r.rec.Nodes) {
		r.nodeIdx = make(map[string]int, len(r.rec.Nodes))
		for i, n := range r.rec.Nodes {
			r.nodeIdx[n.Name] = i
		}
	}
	if r.nodeIdx == nil {
		r.nodeIdx = map[string]int{}
	}
	i, ok := r.nodeIdx[node]
	if !ok {
		r.rec.Nodes = append(r.rec.Nodes, lab.NodeResult{Name: node})
		i = len(r.rec.Nodes) - 1
		r.nodeIdx[node] = i
	}
	return &r.rec.Nodes[i]
}

// tailLines returns the last n lines of a file (empty if unreadable).
func tailLines(path string, n int) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimRight(string(bytes.TrimSpace(b)), "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return lines
}

// supervision state lives on Run; declared here to keep it next to its use.
type supervision struct {
	watchStop chan struct{}
	watchWG   sync.WaitGroup
	watchOnce sync.Once
	exits     []string
	nodeIdx   map[string]int
}
