package journal

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// TestConcurrentAdd: 64 goroutines add at once, as a phase of concurrent creates does. Group
// commit must neither lose nor duplicate nor interleave an entry, and each Add must have its
// line in the file by the time it returns. Run with -race.
func TestConcurrentAdd(t *testing.T) {
	ActiveDir = t.TempDir()
	path := filepath.Join(t.TempDir(), FileName)
	j, err := Create(path, Meta{RunID: "conc", Platform: "linux", Prefix: "vnb-c0c0-", Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	const workers, rounds = 64, 4
	start := make(chan struct{})
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			// Worker w adds w%3+1 resources per call, in rounds calls: one resource per line or
			// several.
			var rs []lab.Resource
			for r := range rounds {
				var batch []lab.Resource
				for k := 0; k <= w%3; k++ {
					batch = append(batch, lab.Resource{Kind: lab.ResLink, Name: fmt.Sprintf("epair%da-%d-%d", w, r, k), Node: "vnb-c0c0-host", Pid: w})
				}
				if err := j.Add(batch...); err != nil {
					errs <- err
					return
				}
				rs = append(rs, batch...)
			}
			// Once Add returned, a reader (clean, after a crash) sees the entry.
			e, err := Read(path)
			if err != nil {
				errs <- fmt.Errorf("worker %d: read after add: %w", w, err)
				return
			}
			for _, want := range rs {
				found := false
				for _, r := range e.Resources {
					found = found || r == want
				}
				if !found {
					errs <- fmt.Errorf("worker %d: %s not in the journal after Add returned", w, want.Name)
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	e, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, r := range e.Resources {
		seen[r.Name]++
	}
	want := 0
	for w := range workers {
		for r := range rounds {
			for k := 0; k <= w%3; k++ {
				want++
				name := fmt.Sprintf("epair%da-%d-%d", w, r, k)
				if seen[name] != 1 {
					t.Errorf("%s recorded %d times, want once", name, seen[name])
				}
			}
		}
	}
	if len(e.Resources) != want {
		t.Errorf("journal holds %d resources, want %d", len(e.Resources), want)
	}
	if e.Meta.RunID != "conc" || e.Done {
		t.Errorf("header %+v done=%v", e.Meta, e.Done)
	}

	// One header line and one line per Add: no write was split or merged.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if lines := bytes.Count(data, []byte("\n")); lines != 1+workers*rounds {
		t.Errorf("journal has %d lines, want %d (header + one per Add)", lines, 1+workers*rounds)
	}

	if err := j.Finish(false); err != nil {
		t.Fatal(err)
	}
	if err := j.Add(lab.Resource{Kind: lab.ResNode, Name: "late"}); err == nil {
		t.Error("Add after Finish succeeded")
	}
	if e, err := Read(path); err != nil || !e.Done || len(e.Resources) != want {
		t.Errorf("after Finish: %+v, %v", e, err)
	}
}
