//go:build linux

package linux

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/internal/testenv"
	"github.com/vnetbench/vnetbench/lab"
)

// memJournal keeps journal entries in memory: this test needs the entries, not a file.
type memJournal struct {
	mu sync.Mutex
	rs []lab.Resource
}

func (j *memJournal) Add(rs ...lab.Resource) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.rs = append(j.rs, rs...)
	return nil
}

// TestCloseWhileSampling closes the platform's handles again and again while samplers read
// counters and interfaces: handles in use must stay open until their users let go (run with
// -race, as CI does).
func TestCloseWhileSampling(t *testing.T) {
	testenv.Root(t)
	p, err := New(NewPrefix())
	if err != nil {
		t.Fatal(err)
	}
	j := &memJournal{}
	ctx := context.Background()
	defer func() {
		if err := p.Undo(ctx, j.rs); err != nil {
			t.Error(err)
		}
		for _, ns := range Leftovers() {
			if len(ns) > len(p.Prefix()) && ns[:len(p.Prefix())] == p.Prefix() {
				t.Errorf("left behind: %s", ns)
			}
		}
	}()
	if err := p.Apply(ctx, lab.Step{ID: "n", Op: lab.OpNode, Node: "x"}, j); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if cs, err := p.LinkCounters(ctx, "x"); err != nil || len(cs) == 0 {
					t.Errorf("LinkCounters = %v, %v", cs, err)
					return
				}
				if ifs, err := p.Ifaces(ctx, "x"); err != nil || len(ifs) == 0 {
					t.Errorf("Ifaces = %v, %v", ifs, err)
					return
				}
			}
		}()
	}
	for range 300 {
		p.Close()
		time.Sleep(200 * time.Microsecond) // let the readers reopen and get going again
	}
	close(stop)
	wg.Wait()
}
