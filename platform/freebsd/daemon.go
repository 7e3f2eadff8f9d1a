package freebsd

import (
	"context"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

// The BIRD 2 programs (package bird2): the daemon, and the CLI that BirdText runs.
const (
	birdDaemon = "bird"
	birdCLI    = "birdcl"
)

// StartDaemon starts BIRD in the foreground inside node's jail ("jexec J bird -f -c CONF -s
// SOCK -P PID"), its output appended to f.Log on this machine, and supervises it. With a
// StateDir the configuration the runner wrote to f.Config is first copied to the box, and
// the daemon's files live there.
func (p *Platform) StartDaemon(ctx context.Context, node string, f lab.DaemonFiles, j lab.Journal) (lab.Proc, error) {
	var cfg []byte
	if p.opts.StateDir != "" {
		b, err := p.readFile(f.Config)
		if err != nil {
			return nil, fmt.Errorf("daemon configuration: %w", err)
		}
		cfg = b
	}
	return p.startDaemon(ctx, node, f, cfg, j)
}

// DaemonFiles returns where node's daemon files are on the box: under StateDir when one is
// set, else f unchanged.
func (p *Platform) DaemonFiles(node string, f lab.DaemonFiles) lab.DaemonFiles {
	if p.opts.StateDir == "" {
		return f
	}
	dir := path.Join(p.opts.StateDir, node)
	return lab.DaemonFiles{Config: dir + "/bird.conf", Socket: dir + "/bird.ctl", PID: dir + "/bird.pid", Log: f.Log}
}

// BirdArgv is the daemon's command line inside jail: foreground (-f), so the supervisor sees
// its exit.
func BirdArgv(jail string, f lab.DaemonFiles) []string {
	return []string{"jexec", jail, birdDaemon, "-f", "-c", f.Config, "-s", f.Socket, "-P", f.PID}
}

// stopArgv signals every process named name in jail; pkill accepts jail names (jail_getid).
func stopArgv(sig, jail, name string) []string {
	return []string{"pkill", "-" + sig, "-j", jail, "-x", name}
}

func (p *Platform) startDaemon(ctx context.Context, node string, f lab.DaemonFiles, cfg []byte, j lab.Journal) (lab.Proc, error) {
	if node == lab.HostNode {
		return nil, errors.New("a daemon in the host role would run in the host's own network stack: give it a node")
	}
	if p.starter == nil {
		return nil, fmt.Errorf("executor %T cannot start supervised daemons (want executor.Local or executor.SSH, or Options.Starter)", p.ex)
	}
	files := p.DaemonFiles(node, f)
	if p.opts.StateDir != "" {
		in, ok := p.ex.(executor.InputRunner)
		if !ok {
			return nil, fmt.Errorf("executor %T cannot write the daemon configuration to the box", p.ex)
		}
		if _, err := p.ex.Run(ctx, []string{"mkdir", "-p", path.Dir(files.Config)}); err != nil {
			return nil, err
		}
		if _, err := in.RunInput(ctx, []string{"cp", "/dev/stdin", files.Config}, cfg); err != nil {
			return nil, err
		}
	}
	p.mu.Lock()
	p.files[node] = files
	p.mu.Unlock()
	jail := p.JailName(node)
	if err := j.Add(lab.Resource{Kind: lab.ResProcess, Name: birdDaemon, Node: jail}); err != nil {
		return nil, err
	}
	return p.starter.Start(ctx, BirdArgv(jail, files), executor.StartOptions{
		LogPath: f.Log,
		Stop:    stopArgv("TERM", jail, birdDaemon),
		Kill:    stopArgv("KILL", jail, birdDaemon),
	})
}

// BirdText runs a BIRD CLI command against node's daemon and returns the text birdc prints:
// "birdcl -s SOCK show ospf neighbors" through the executor, so it works on a box over SSH
// too, or Options.Bird when set. socket is the runner's path; the daemon's own (under
// StateDir) is used when the platform started it.
func (p *Platform) BirdText(ctx context.Context, node, socket, cmd string) ([]byte, error) {
	p.mu.Lock()
	if f, ok := p.files[node]; ok {
		socket = f.Socket
	}
	p.mu.Unlock()
	if p.opts.Bird != nil {
		return p.opts.Bird.BirdText(ctx, node, socket, cmd)
	}
	words := strings.Fields(cmd)
	if len(words) == 0 {
		return nil, errors.New("bird: empty command")
	}
	return p.ex.Run(ctx, append([]string{birdCLI, "-s", socket}, words...))
}
