//go:build linux

package linux

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/vnetbench/vnetbench/lab"
)

// LinkCounters reads every interface's counters in node from /proc/net/dev: one pread of a
// file opened once inside the node (a /proc/net file stays bound to the namespace it was
// opened in), far cheaper per tick than a netlink link dump of hundreds of interfaces.
func (p *Platform) LinkCounters(ctx context.Context, node string) ([]lab.LinkCounters, error) {
	n, done, err := p.node(node)
	if err != nil {
		return nil, err
	}
	defer done()
	f, err := p.netDev(node, n)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 0, 64<<10)
	for off := int64(0); ; {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		k, err := f.ReadAt(buf[len(buf):cap(buf)], off)
		buf = buf[:len(buf)+k]
		off += int64(k)
		if err == io.EOF || (err == nil && k == 0) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read /proc/net/dev of %s: %w", node, err)
		}
	}
	return ParseNetDev(buf)
}

// netDev returns n's /proc/net/dev, opening it inside the namespace on first use. The caller
// holds a reference to n.
func (p *Platform) netDev(node string, n *nodeNS) (*os.File, error) {
	p.mu.Lock()
	f := n.netDev
	p.mu.Unlock()
	if f != nil {
		return f, nil
	}
	err := inNS(n.ns, func() error {
		var oerr error
		f, oerr = os.Open("/proc/thread-self/net/dev")
		return oerr
	})
	if err != nil {
		return nil, fmt.Errorf("open /proc/net/dev in %s: %w", node, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if n.netDev != nil {
		f.Close()
		return n.netDev, nil
	}
	n.netDev = f
	return f, nil
}
