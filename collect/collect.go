// Package collect holds the samplers that feed a run's time series and the pool of BIRD
// control-socket connections the runner polls. Samplers never block the ticker: each is a
// Sample call bounded by its context.
package collect

import (
	"context"
	"errors"
	"sync"

	"github.com/vnetbench/vnetbench/collect/bird"
)

// BirdPool keeps one open BIRD control connection per socket and runs commands on them. It is
// safe for concurrent use; commands to one socket are serialised, as BIRD requires.
type BirdPool struct {
	mu    sync.Mutex
	conns map[string]*pooled
}

type pooled struct {
	mu sync.Mutex
	c  *bird.Client
}

// NewBirdPool returns an empty pool.
func NewBirdPool() *BirdPool { return &BirdPool{conns: map[string]*pooled{}} }

// BirdText runs cmd on the BIRD listening on socket and returns the reply as birdc prints it.
// node is unused here (the socket names the daemon); it is part of the signature platforms
// share for remote access. A connection broken mid-reply is dropped and redialled next time.
func (p *BirdPool) BirdText(ctx context.Context, node, socket, cmd string) ([]byte, error) {
	p.mu.Lock()
	e := p.conns[socket]
	if e == nil {
		e = &pooled{}
		p.conns[socket] = e
	}
	p.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.c == nil {
		c, err := bird.Dial(ctx, socket)
		if err != nil {
			return nil, err
		}
		e.c = c
	}
	reply, err := e.c.Cmd(ctx, cmd)
	if err != nil {
		var re *bird.ReplyError
		if !errors.As(err, &re) { // the stream is out of step: start over next time
			e.c.Close()
			e.c = nil
		}
		return nil, err
	}
	return reply.Text(), nil
}

// Close closes every connection.
func (p *BirdPool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k, e := range p.conns {
		e.mu.Lock()
		if e.c != nil {
			e.c.Close()
		}
		e.mu.Unlock()
		delete(p.conns, k)
	}
}
