//go:build linux

package runner_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/collect"
	"github.com/vnetbench/vnetbench/internal/testenv"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/platform/linux"
	"github.com/vnetbench/vnetbench/runner"
	"github.com/vnetbench/vnetbench/scenarios"
)

// TestConvergeTimeoutNamesWhatIsMissing runs a real OSPF lab with a convergence timeout too
// short for it: the run must fail (not hang), and its record must name every node that did
// not converge and what each lacked, and still tear everything down.
func TestConvergeTimeoutNamesWhatIsMissing(t *testing.T) {
	testenv.Root(t)
	testenv.Tools(t, "bird")
	spec, err := scenarios.Build("ospf-4", []string{"timers=fast"})
	if err != nil {
		t.Fatal(err)
	}
	spec.Converge.TimeoutSec = 1 // the wait timer alone is 2 s
	plan, err := lab.Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	prefix := linux.NewPrefix()
	plat, err := linux.New(prefix)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.MkdirTemp("", "vnb")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(out)
	run, err := runner.New(plan, plat, runner.Options{OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	run.AddSamplers(&collect.SystemSampler{})
	rec, err := run.Execute(context.Background())
	if err == nil || rec.OK {
		t.Fatalf("a run that cannot converge in time succeeded: err=%v ok=%v", err, rec.OK)
	}
	if !strings.Contains(err.Error(), "did not converge within 1s") || !strings.Contains(err.Error(), "jail1:") {
		t.Errorf("error does not say what did not converge: %v", err)
	}
	lacking := 0
	for _, n := range rec.Nodes {
		if len(n.Lacking) > 0 {
			lacking++
		}
	}
	if lacking != 4 {
		t.Errorf("%d nodes recorded as lacking something, want 4: %+v", lacking, rec.Nodes)
	}
	for _, ns := range linux.Leftovers() {
		if strings.HasPrefix(ns, prefix) {
			t.Errorf("namespace left behind: %s", ns)
		}
	}
}
