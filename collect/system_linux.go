//go:build linux

package collect

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/vnetbench/vnetbench/lab"
)

var pageSize = uint64(os.Getpagesize())

// SystemSampler samples the machine: available memory, slab, load, CPU use, the kernel's
// receive-backlog drops (/proc/net/softnet_stat), and the harness's own CPU and RSS.
type SystemSampler struct {
	mu        sync.Mutex
	prevT     float64
	prevBusy  uint64
	prevTotal uint64
	prevSelf  uint64
	prevDrops uint64
	prevFull  uint64
	started   bool
}

// Name implements runner.Sampler.
func (s *SystemSampler) Name() string { return "system" }

// Sample implements runner.Sampler.
func (s *SystemSampler) Sample(ctx context.Context, t float64) []lab.Series {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []lab.Series
	pt := func(name string, v float64) {
		out = append(out, lab.Series{Name: name, Points: []lab.Point{{T: t, V: v}}})
	}
	if mi, err := readKV("/proc/meminfo"); err == nil {
		pt(lab.SeriesMemAvailable, float64(mi["MemAvailable"]*1024))
		pt(lab.SeriesSlab, float64(mi["Slab"]*1024))
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			v, _ := strconv.ParseFloat(f[0], 64)
			pt(lab.SeriesLoad1, v)
		}
	}
	busy, total := cpuTimes()
	self := selfCPUTicks()
	drops := softnetDrops()
	full := neighTableFulls()
	if rss, err := statmRSS("/proc/self/statm"); err == nil {
		pt(lab.SeriesHarnessRSS, float64(rss))
	}
	if s.started && t > s.prevT {
		dt := t - s.prevT
		if total > s.prevTotal {
			pt(lab.SeriesCPUBusy, 100*float64(busy-s.prevBusy)/float64(total-s.prevTotal))
		}
		// Clock ticks are 1/100 s on Linux (USER_HZ): ticks per second of wall time = % of a core.
		pt(lab.SeriesHarnessCPU, float64(self-s.prevSelf)/dt)
		if drops >= s.prevDrops {
			pt(lab.SeriesSoftnetDrops, float64(drops-s.prevDrops)/dt)
		}
		if full >= s.prevFull {
			pt(lab.SeriesNeighTableFull, float64(full-s.prevFull)/dt)
		}
	}
	s.prevT, s.prevBusy, s.prevTotal, s.prevSelf, s.prevDrops, s.started = t, busy, total, self, drops, true
	s.prevFull = full
	return out
}

// readKV reads a "Key: value kB" file such as /proc/meminfo (values in kB).
func readKV(path string) (map[string]uint64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseKV(b), nil
}

func parseKV(b []byte) map[string]uint64 {
	out := map[string]uint64{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		f := strings.Fields(v)
		if len(f) > 0 {
			out[k], _ = strconv.ParseUint(f[0], 10, 64)
		}
	}
	return out
}

// cpuTimes returns busy and total jiffies from the first line of /proc/stat.
func cpuTimes() (busy, total uint64) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := bytes.Cut(b, []byte("\n"))
	f := strings.Fields(string(line))
	for i, x := range f[1:] {
		v, _ := strconv.ParseUint(x, 10, 64)
		total += v
		if i != 3 && i != 4 { // idle, iowait
			busy += v
		}
	}
	return busy, total
}

func selfCPUTicks() uint64 {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseUint(f[11], 10, 64)
	s, _ := strconv.ParseUint(f[12], 10, 64)
	return u + s
}

// softnetDrops sums the second column (packets dropped because the backlog was full) of
// /proc/net/softnet_stat over every CPU. The values are hexadecimal.
func softnetDrops() uint64 {
	b, err := os.ReadFile("/proc/net/softnet_stat")
	if err != nil {
		return 0
	}
	return ParseSoftnetDrops(b)
}

// neighTableFulls reads how often the (kernel-global) ARP table refused a new entry.
func neighTableFulls() uint64 {
	b, err := os.ReadFile("/proc/net/stat/arp_cache")
	if err != nil {
		return 0
	}
	return ParseNeighTableFulls(b)
}

// ParseNeighTableFulls sums the table_fulls column of /proc/net/stat/arp_cache over CPUs
// (hexadecimal values under a header naming the columns).
func ParseNeighTableFulls(b []byte) uint64 {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) < 2 {
		return 0
	}
	col := -1
	for i, h := range strings.Fields(lines[0]) {
		if h == "table_fulls" {
			col = i
		}
	}
	if col < 0 {
		return 0
	}
	var sum uint64
	for _, l := range lines[1:] {
		f := strings.Fields(l)
		if col < len(f) {
			v, _ := strconv.ParseUint(f[col], 16, 64)
			sum += v
		}
	}
	return sum
}

// ParseSoftnetDrops sums the dropped column of /proc/net/softnet_stat.
func ParseSoftnetDrops(b []byte) uint64 {
	var sum uint64
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 {
			v, _ := strconv.ParseUint(f[1], 16, 64)
			sum += v
		}
	}
	return sum
}

// statmRSS returns resident bytes from a /proc/PID/statm file.
func statmRSS(path string) (uint64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	return parseStatm(b)
}

func parseStatm(b []byte) (uint64, error) {
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0, os.ErrInvalid
	}
	v, err := strconv.ParseUint(f[1], 10, 64)
	return v * pageSize, err
}

// DaemonSampler samples every daemon's memory: RSS each tick from /proc/PID/statm (cheap),
// PSS every PSSEvery ticks from /proc/PID/smaps_rollup (which walks the page tables), and
// the drops of its raw sockets (/proc/PID/net/raw, the node's own view) at the same cadence.
type DaemonSampler struct {
	Pids     func() map[string]int // node -> pid
	PSSEvery int

	mu        sync.Mutex
	ticks     int
	last      map[string][2]uint64 // node -> rss, pss
	prevDrops uint64
	prevT     float64
	files     map[string]*os.File // "/proc/PID/statm" etc., kept open and re-read with pread
}

// read returns the content of a /proc file, opening it once and re-reading it from offset 0
// afterwards: one syscall per tick instead of three. Callers hold mu.
func (s *DaemonSampler) read(path string) ([]byte, error) {
	if s.files == nil {
		s.files = map[string]*os.File{}
	}
	f := s.files[path]
	if f == nil {
		var err error
		if f, err = os.Open(path); err != nil {
			return nil, err
		}
		s.files[path] = f
	}
	buf := make([]byte, 4096)
	n, err := f.ReadAt(buf, 0)
	if n == 0 && err != nil {
		f.Close() // the process is gone
		delete(s.files, path)
		return nil, err
	}
	return buf[:n], nil
}

// Close releases the files the sampler keeps open.
func (s *DaemonSampler) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, f := range s.files {
		f.Close()
		delete(s.files, k)
	}
	return nil
}

// Name implements runner.Sampler.
func (s *DaemonSampler) Name() string { return "daemons" }

// Sample implements runner.Sampler.
func (s *DaemonSampler) Sample(ctx context.Context, t float64) []lab.Series {
	pids := s.Pids()
	if len(pids) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last == nil {
		s.last = map[string][2]uint64{}
	}
	every := max(s.PSSEvery, 1)
	withPSS := s.ticks%every == 0
	s.ticks++
	var rss, pss, drops uint64
	for node, pid := range pids {
		if ctx.Err() != nil {
			return nil
		}
		base := "/proc/" + strconv.Itoa(pid)
		b, err := s.read(base + "/statm")
		if err != nil {
			continue
		}
		r, err := parseStatm(b)
		if err != nil {
			continue
		}
		cur := s.last[node]
		cur[0] = r
		rss += r
		if withPSS {
			if b, err := s.read(base + "/smaps_rollup"); err == nil {
				cur[1] = parseKV(b)["Pss"] * 1024
			}
			if b, err := s.read(base + "/net/raw"); err == nil {
				drops += ParseSocketDrops(b)
			}
		}
		pss += cur[1]
		s.last[node] = cur
	}
	out := []lab.Series{{Name: lab.SeriesDaemonRSS, Points: []lab.Point{{T: t, V: float64(rss)}}}}
	if withPSS {
		out = append(out, lab.Series{Name: lab.SeriesDaemonPSS, Points: []lab.Point{{T: t, V: float64(pss)}}})
		if s.prevT > 0 && t > s.prevT && drops >= s.prevDrops {
			out = append(out, lab.Series{Name: lab.SeriesSocketDrops, Points: []lab.Point{{T: t, V: float64(drops-s.prevDrops) / (t - s.prevT)}}})
		}
		s.prevDrops, s.prevT = drops, t
	}
	return out
}

// Last returns each node's daemon RSS and PSS at the latest sample.
func (s *DaemonSampler) Last() map[string][2]uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string][2]uint64, len(s.last))
	for k, v := range s.last {
		out[k] = v
	}
	return out
}

// ParseSocketDrops sums the drops column (the last) of /proc/net/raw or /proc/net/udp.
func ParseSocketDrops(b []byte) uint64 {
	var sum uint64
	for i, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if i == 0 || len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseUint(f[len(f)-1], 10, 64)
		sum += v
	}
	return sum
}
