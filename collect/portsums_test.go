package collect

import (
	"context"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
)

// TestIfaceSamplerPortSums: with PortSums the bridge view is the sum over its member ports
// (what FreeBSD's if_bridge counts), not the bridge device's own host-stack counters.
func TestIfaceSamplerPortSums(t *testing.T) {
	snap := func(k uint64) []lab.LinkCounters {
		return []lab.LinkCounters{
			{Name: "br0", RxPackets: 1 * k, TxPackets: 0},
			{Name: "epair1a", RxPackets: 10 * k, TxPackets: 20 * k, RxBytes: 1000 * k, TxBytes: 2000 * k, TxDrops: k},
			{Name: "epair2a", RxPackets: 30 * k, TxPackets: 40 * k, RxBytes: 3000 * k, TxBytes: 4000 * k},
			{Name: "lo", RxPackets: 99 * k},
		}
	}
	src := &fakeCounters{snaps: [][]lab.LinkCounters{snap(0), snap(2)}}
	s := &IfaceSampler{Src: src, Node: lab.HostNode, Bridge: "br0", IsLink: isLink, PortSums: true}
	s.Sample(context.Background(), 1)
	got := s.Sample(context.Background(), 3) // two seconds later: counters doubled from 0
	for name, want := range map[string]float64{
		lab.SeriesBridgeRxPackets: (10 + 30) * 2 / 2, lab.SeriesBridgeTxPackets: (20 + 40) * 2 / 2,
		lab.SeriesBridgeRxBytes: (1000 + 3000) * 2 / 2, lab.SeriesBridgeTxBytes: (2000 + 4000) * 2 / 2,
		lab.SeriesBridgeTxDrops: 1,
	} {
		if v, ok := find(t, got, name, nil); !ok || v != want {
			t.Errorf("%s = %v (present %v), want %v", name, v, ok, want)
		}
	}
}
