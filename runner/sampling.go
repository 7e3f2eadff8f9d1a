package runner

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// SampleInterval is the samplers' cadence.
const SampleInterval = time.Second

// seriesSet accumulates samples by series identity (name and labels).
type seriesSet struct {
	mu sync.Mutex
	m  map[string]*lab.Series
}

func seriesKey(s lab.Series) string {
	keys := make([]string, 0, len(s.Labels))
	for k, v := range s.Labels {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return s.Name + "{" + strings.Join(keys, ",") + "}"
}

func (ss *seriesSet) add(batch []lab.Series) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.m == nil {
		ss.m = map[string]*lab.Series{}
	}
	for _, s := range batch {
		k := seriesKey(s)
		cur := ss.m[k]
		if cur == nil {
			c := s
			c.Points = append([]lab.Point(nil), s.Points...)
			ss.m[k] = &c
			continue
		}
		cur.Points = append(cur.Points, s.Points...)
	}
}

// into writes the series into the record, sorted by key for stable output.
func (ss *seriesSet) into(rec *lab.Record) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	keys := make([]string, 0, len(ss.m))
	for k := range ss.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	rec.Series = rec.Series[:0]
	for _, k := range keys {
		s := ss.m[k]
		sort.SliceStable(s.Points, func(i, j int) bool { return s.Points[i].T < s.Points[j].T })
		rec.Series = append(rec.Series, *s)
	}
}

// startSampling polls every sampler once per interval until ctx ends. Each sampler runs in
// its own goroutine; a sampler still busy at the next tick skips that tick, and the skip is
// recorded as a late sample (an event) instead of stalling the ticker.
func (r *Run) startSampling(ctx context.Context) <-chan struct{} {
	done := make(chan struct{})
	if len(r.opts.Samplers) == 0 {
		close(done)
		return done
	}
	go func() {
		defer close(done)
		var wg sync.WaitGroup
		busy := make([]atomic.Bool, len(r.opts.Samplers))
		late := make([]int, len(r.opts.Samplers))
		tick := time.NewTicker(SampleInterval)
		defer tick.Stop()
		fire := func(now time.Time) {
			t := r.since(now)
			for i, s := range r.opts.Samplers {
				if !busy[i].CompareAndSwap(false, true) {
					late[i]++
					if late[i] == 1 || late[i]%60 == 0 {
						r.event("late-sample", "", fmt.Sprintf("sampler %s still busy at t=%.0fs (%d late so far)", s.Name(), t, late[i]))
					}
					continue
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer busy[i].Store(false)
					sctx, cancel := context.WithTimeout(ctx, 10*SampleInterval)
					defer cancel()
					r.series.add(s.Sample(sctx, t))
				}()
			}
		}
		fire(time.Now())
		for {
			select {
			case <-ctx.Done():
				wg.Wait()
				return
			case now := <-tick.C:
				fire(now)
			}
		}
	}()
	return done
}

// integrals turns unlabelled per-second rate series into counts: each point's rate times the
// time since the previous point (the first point counts one second).
func (ss *seriesSet) integrals(names ...string) map[string]float64 {
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	out := map[string]float64{}
	ss.mu.Lock()
	defer ss.mu.Unlock()
	for _, s := range ss.m {
		if !want[s.Name] || len(s.Labels) > 0 {
			continue
		}
		points := append([]lab.Point(nil), s.Points...)
		sort.Slice(points, func(i, j int) bool { return points[i].T < points[j].T })
		prev := -1.0
		for _, p := range points {
			dt := 1.0
			if prev >= 0 {
				dt = p.T - prev
			}
			out[s.Name] += p.V * dt
			prev = p.T
		}
	}
	return out
}
