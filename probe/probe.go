// Package probe parses the output of reachability tools (ping, traceroute) from Linux
// (iputils, traceroute) and FreeBSD into structured results. Parsing is separate from running:
// every function here is pure.
package probe

import (
	"bufio"
	"bytes"
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	// iputils: "3 packets transmitted, 3 received, +1 errors, 0% packet loss, time 2003ms"
	// FreeBSD: "2 packets transmitted, 2 packets received, 0.0% packet loss"
	pingCountsRE = regexp.MustCompile(`(\d+) packets transmitted, (\d+) (?:packets )?received(?:, \+(\d+) errors)?.*?, ([\d.]+)% packet loss`)
	// iputils: "rtt min/avg/max/mdev = 0.034/0.040/0.046/0.005 ms"
	// FreeBSD: "round-trip min/avg/max/stddev = 0.248/0.387/0.525/0.139 ms"
	pingRTTRE    = regexp.MustCompile(`(?:rtt|round-trip) min/avg/max/(?:mdev|stddev) = ([\d.]+)/([\d.]+)/([\d.]+)/([\d.]+) ms`)
	pingTargetRE = regexp.MustCompile(`^PING \S+ \(([0-9a-fA-F.:]+)\)`)
)

// ParsePing parses a ping run's full output. Lines that report errors ("From … Destination
// Host Unreachable", "ping: sendmsg: No buffer space available") are kept in Errors.
func ParsePing(out []byte) (lab.PingResult, error) {
	var r lab.PingResult
	sawCounts := false
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case pingTargetRE.MatchString(line):
			if a, err := netip.ParseAddr(pingTargetRE.FindStringSubmatch(line)[1]); err == nil {
				r.Target = a
			}
		case pingCountsRE.MatchString(line):
			m := pingCountsRE.FindStringSubmatch(line)
			r.Sent, _ = strconv.Atoi(m[1])
			r.Received, _ = strconv.Atoi(m[2])
			r.LossPct, _ = strconv.ParseFloat(m[4], 64)
			sawCounts = true
		case pingRTTRE.MatchString(line):
			m := pingRTTRE.FindStringSubmatch(line)
			r.RTTMin, _ = strconv.ParseFloat(m[1], 64)
			r.RTTAvg, _ = strconv.ParseFloat(m[2], 64)
			r.RTTMax, _ = strconv.ParseFloat(m[3], 64)
			r.RTTDev, _ = strconv.ParseFloat(m[4], 64)
		case strings.Contains(line, "Unreachable") || strings.HasPrefix(line, "ping: "):
			r.Errors = append(r.Errors, line)
		}
	}
	if !sawCounts {
		return r, fmt.Errorf("ping output has no statistics line")
	}
	return r, nil
}

var traceHeadRE = regexp.MustCompile(`^traceroute to \S+ \(([0-9a-fA-F.:]+)\)`)

// ParseTraceroute parses `traceroute -n` output (Linux traceroute and FreeBSD). A hop that did
// not answer has an invalid Addr. When probes of one hop were answered by several routers,
// the first answering address is the hop's.
func ParseTraceroute(out []byte) (lab.TraceResult, error) {
	var r lab.TraceResult
	sawHead := false
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if m := traceHeadRE.FindStringSubmatch(line); m != nil {
			r.Target, _ = netip.ParseAddr(m[1])
			sawHead = true
			continue
		}
		f := strings.Fields(line)
		ttl, err := strconv.Atoi(f[0])
		if err != nil {
			continue // stray line (e.g. a warning) between hops
		}
		hop := lab.Hop{TTL: ttl}
		for i := 1; i < len(f); i++ {
			tok := f[i]
			if a, err := netip.ParseAddr(strings.Trim(tok, "()")); err == nil {
				if !hop.Addr.IsValid() {
					hop.Addr = a
				}
				continue
			}
			if i+1 < len(f) && f[i+1] == "ms" {
				if v, err := strconv.ParseFloat(tok, 64); err == nil {
					hop.RTTs = append(hop.RTTs, v)
					i++
				}
			}
		}
		r.Hops = append(r.Hops, hop)
	}
	if !sawHead {
		return r, fmt.Errorf("traceroute output has no header line")
	}
	return r, nil
}
