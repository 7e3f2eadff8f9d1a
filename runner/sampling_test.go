package runner

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
)

func pts(tv ...float64) []lab.Point {
	var out []lab.Point
	for i := 0; i+1 < len(tv); i += 2 {
		out = append(out, lab.Point{T: tv[i], V: tv[i+1]})
	}
	return out
}

func TestSeriesSetMergesAndSorts(t *testing.T) {
	var ss seriesSet
	// Samplers deliver out of order (a slow sampler's tick lands late).
	ss.add([]lab.Series{
		{Name: "mem.available_bytes", Unit: "bytes", Points: pts(2, 20)},
		{Name: "ospf.neighbors", Labels: map[string]string{"state": "full"}, Points: pts(1, 3)},
	})
	ss.add([]lab.Series{
		{Name: "mem.available_bytes", Points: pts(1, 10)},
		{Name: "ospf.neighbors", Labels: map[string]string{"state": "2-way"}, Points: pts(1, 5)},
	})
	ss.add([]lab.Series{
		{Name: "mem.available_bytes", Points: pts(4, 40, 3, 30)},
		{Name: "ospf.neighbors", Labels: map[string]string{"state": "full"}, Points: pts(0, 1)},
	})
	ss.add(nil)

	rec := &lab.Record{Series: []lab.Series{{Name: "stale"}}}
	ss.into(rec)
	want := []lab.Series{
		{Name: "mem.available_bytes", Unit: "bytes", Points: pts(1, 10, 2, 20, 3, 30, 4, 40)},
		{Name: "ospf.neighbors", Labels: map[string]string{"state": "2-way"}, Points: pts(1, 5)},
		{Name: "ospf.neighbors", Labels: map[string]string{"state": "full"}, Points: pts(0, 1, 1, 3)},
	}
	if !reflect.DeepEqual(rec.Series, want) {
		t.Errorf("into:\n got %+v\nwant %+v", rec.Series, want)
	}
}

func TestSeriesSetLabels(t *testing.T) {
	var ss seriesSet
	// Same labels built in different orders are one series; any differing label splits.
	a := map[string]string{}
	a["link"], a["dir"] = "epair1a", "rx"
	b := map[string]string{}
	b["dir"], b["link"] = "rx", "epair1a"
	ss.add([]lab.Series{
		{Name: "x", Labels: a, Points: pts(1, 1)},
		{Name: "x", Labels: b, Points: pts(2, 2)},
		{Name: "x", Labels: map[string]string{"link": "epair2a", "dir": "rx"}, Points: pts(1, 7)},
		{Name: "x", Labels: map[string]string{"link": "epair1a"}, Points: pts(1, 8)},
		{Name: "x", Points: pts(1, 9)},
		{Name: "y", Labels: map[string]string{"link": "epair1a", "dir": "rx"}, Points: pts(1, 10)},
	})
	rec := &lab.Record{}
	ss.into(rec)
	if len(rec.Series) != 5 {
		t.Fatalf("%d series, want 5: %+v", len(rec.Series), rec.Series)
	}
	found := false
	for _, s := range rec.Series {
		if s.Name == "x" && len(s.Labels) == 2 && s.Labels["link"] == "epair1a" {
			found = true
			if !reflect.DeepEqual(s.Points, pts(1, 1, 2, 2)) {
				t.Errorf("merged series points %v", s.Points)
			}
		}
	}
	if !found {
		t.Error("no x{dir=rx,link=epair1a}")
	}
	// Output order is stable: by name, then labels.
	var order []string
	for _, s := range rec.Series {
		order = append(order, seriesKey(s))
	}
	for i := 1; i < len(order); i++ {
		if order[i-1] >= order[i] {
			t.Errorf("series not sorted: %q before %q", order[i-1], order[i])
		}
	}
	if got := seriesKey(lab.Series{Name: "x", Labels: b}); got != "x{dir=rx,link=epair1a}" {
		t.Errorf("seriesKey = %q", got)
	}
}

func TestSeriesSetCopiesInput(t *testing.T) {
	var ss seriesSet
	batch := []lab.Series{{Name: "a", Points: pts(1, 1)}}
	ss.add(batch)
	batch[0].Points[0].V = 99 // a sampler reusing its buffer
	more := []lab.Series{{Name: "a", Points: pts(2, 2)}}
	ss.add(more)
	more[0].Points[0].V = 99
	rec := &lab.Record{}
	ss.into(rec)
	if !reflect.DeepEqual(rec.Series[0].Points, pts(1, 1, 2, 2)) {
		t.Errorf("stored points changed with the caller's slice: %v", rec.Series[0].Points)
	}
}

func TestSeriesSetIntegrals(t *testing.T) {
	var ss seriesSet
	if got := ss.integrals("a"); len(got) != 0 {
		t.Errorf("integrals of an empty set = %v", got)
	}
	ss.add([]lab.Series{
		{Name: "drops.softnet_per_s", Points: pts(1, 10, 2, 5)},
		{Name: "drops.socket_per_s", Points: pts(0, 1, 5, 2)}, // sampled every 5 s
		{Name: "bridge.tx_drops_per_s", Labels: map[string]string{"a": "1"}, Points: pts(1, 1)},
		{Name: "other", Points: pts(1, 1000)},
	})
	ss.add([]lab.Series{{Name: "drops.softnet_per_s", Points: pts(3, 2.5)}})
	got := ss.integrals("drops.softnet_per_s", "drops.socket_per_s", "bridge.tx_drops_per_s", "absent")
	// Rates times the time since the previous point (a second for the first); labelled
	// series (per-link detail) are not summed into the totals.
	want := map[string]float64{"drops.softnet_per_s": 17.5, "drops.socket_per_s": 1 + 2*5}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("integrals = %v, want %v", got, want)
	}
}

// Samplers add from their own goroutines while the runner reads totals; run with -race.
func TestSeriesSetConcurrent(t *testing.T) {
	var ss seriesSet
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				ss.add([]lab.Series{
					{Name: "n", Points: pts(float64(i), 1)},
					{Name: "per", Labels: map[string]string{"w": fmt.Sprint(w)}, Points: pts(float64(i), 1)},
				})
				ss.integrals("n")
			}
		}()
	}
	wg.Wait()
	// 800 points at t = 0..99, eight at each time: one second of rate 1 for the first and
	// for each later time step.
	if got := ss.integrals("n", "per"); got["n"] != 100 || len(got) != 1 {
		t.Errorf("integrals after concurrent adds = %v, want n=100 and nothing for the labelled series", got)
	}
	rec := &lab.Record{}
	ss.into(rec)
	if len(rec.Series) != 9 {
		t.Errorf("%d series, want 9", len(rec.Series))
	}
	for _, s := range rec.Series {
		for i := 1; i < len(s.Points); i++ {
			if s.Points[i-1].T > s.Points[i].T {
				t.Fatalf("%s: points not sorted by time", seriesKey(s))
			}
		}
	}
}
