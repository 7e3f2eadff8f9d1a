package runner

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// CollectEnv describes this machine and the tools a run uses.
func CollectEnv(version, commit string) lab.Env {
	e := lab.Env{OS: runtime.GOOS, Cores: runtime.NumCPU(), Version: version, Commit: commit,
		GoVersion: runtime.Version(), Tools: map[string]string{}}
	e.Hostname, _ = os.Hostname()
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		e.Kernel = strings.TrimSpace(string(b))
	} else if out, err := exec.Command("uname", "-r").Output(); err == nil {
		e.Kernel = strings.TrimSpace(string(out))
	}
	e.CPU = cpuModel()
	e.MemBytes = memTotal()
	if e.Commit == "" {
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" {
					e.Commit = s.Value
				}
			}
		}
	}
	for name, argv := range map[string][]string{
		"bird":       {"bird", "--version"},
		"ping":       {"ping", "-V"},
		"traceroute": {"traceroute", "--version"},
		"iperf3":     {"iperf3", "--version"},
		"ip":         {"ip", "-V"},
	} {
		if v := toolVersion(argv); v != "" {
			e.Tools[name] = v
		}
	}
	return e
}

// toolVersion runs a version command (bounded) and returns its first non-empty line.
func toolVersion(argv []string) string {
	if _, err := exec.LookPath(argv[0]); err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, _ := exec.CommandContext(ctx, argv[0], argv[1:]...).CombinedOutput()
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			return l
		}
	}
	return ""
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func memTotal() uint64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "MemTotal:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseUint(f[1], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}
