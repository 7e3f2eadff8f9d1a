package linux

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// ParseNetDev parses /proc/net/dev: two header lines, then per interface
// "name: rx bytes packets errs drop fifo frame compressed multicast tx bytes packets errs drop
// fifo colls carrier compressed".
func ParseNetDev(b []byte) ([]lab.LinkCounters, error) {
	var out []lab.LinkCounters
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		name, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			if line <= 2 {
				continue
			}
			return nil, fmt.Errorf("/proc/net/dev line %d: no interface name", line)
		}
		f := strings.Fields(rest)
		if len(f) < 16 {
			return nil, fmt.Errorf("/proc/net/dev line %d: %d fields, want 16", line, len(f))
		}
		var v [16]uint64
		for i := range v {
			n, err := strconv.ParseUint(f[i], 10, 64)
			if err != nil {
				return nil, fmt.Errorf("/proc/net/dev line %d field %d: %w", line, i+1, err)
			}
			v[i] = n
		}
		out = append(out, lab.LinkCounters{Name: strings.TrimSpace(name),
			RxBytes: v[0], RxPackets: v[1], RxErrors: v[2], RxDrops: v[3],
			TxBytes: v[8], TxPackets: v[9], TxErrors: v[10], TxDrops: v[11]})
	}
	return out, sc.Err()
}
