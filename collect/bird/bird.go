// Package bird talks to a running BIRD 2 daemon through its control socket, in pure Go (no
// birdc process), and parses what BIRD answers.
//
// The wire protocol is BIRD's reply-code protocol: every line is "NNNN-text" (more follows),
// "NNNN text" (last line of the reply) or " text" (continues the previous code). Codes 8xxx and
// 9xxx are errors and come back as *ReplyError.
//
// Parsing is separate from I/O: every ParseXxx function reads the text birdc would print for a
// command (Reply.Text gives exactly that), so the same parsers work on live replies and on saved
// birdc output in testdata. Parsers skip what birdc adds around a reply (the "BIRD x ready."
// banner, "Access restricted", "bird>" prompts), accept TABs and trailing spaces, and ignore
// keys they do not know, so that newer BIRD versions still parse.
package bird

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"strings"
	"time"
)

// Client is a connection to one BIRD control socket. BIRD answers one command at a time, so a
// Client must be used by one goroutine at a time; give each sampler goroutine its own Client.
type Client struct {
	conn    net.Conn
	r       *bufio.Reader
	version string
	// broken is set once a command failed in the middle of a reply (timeout, cancel, I/O
	// error): the rest of that reply may still arrive, so the connection cannot be reused.
	broken error
}

// Dial connects to the BIRD control socket at path and reads BIRD's welcome banner. ctx bounds
// both the connect and the wait for the banner.
func Dial(ctx context.Context, path string) (*Client, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return nil, fmt.Errorf("connect to bird socket %s: %w", path, err)
	}
	c := &Client{conn: conn, r: bufio.NewReader(conn)}
	reply, err := c.roundTrip(ctx, "")
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("bird socket %s: read banner: %w", path, err)
	}
	v, ok := bannerVersion(reply)
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("bird socket %s: unexpected banner %q", path, reply.Text())
	}
	c.version = v
	return c, nil
}

// bannerVersion extracts "2.17.1" from the reply "0001 BIRD 2.17.1 ready.".
func bannerVersion(r *Reply) (string, bool) {
	if len(r.Lines) != 1 || r.Lines[0].Code != CodeWelcome {
		return "", false
	}
	v, ok := strings.CutPrefix(r.Lines[0].Text, "BIRD ")
	if !ok {
		return "", false
	}
	v, ok = strings.CutSuffix(v, " ready.")
	return v, ok && v != ""
}

// Version is the BIRD version the banner announced, such as "2.0.12".
func (c *Client) Version() string { return c.version }

// Close closes the socket. BIRD notices and drops its side of the session. Closing a Client
// that an earlier failure already closed returns nil.
func (c *Client) Close() error {
	err := c.conn.Close()
	if c.broken != nil {
		return nil
	}
	return err
}

// Cmd sends one command (for example "show ospf neighbors ospf1") and reads BIRD's complete
// reply. ctx's deadline and cancellation apply to the whole exchange.
//
// When BIRD answers with an error line (8xxx, 9xxx), Cmd returns the reply together with an
// error that wraps a *ReplyError; the connection stays usable. Any other error (timeout,
// cancellation, I/O, a malformed reply) leaves the stream out of step: the Client is closed and
// every later call fails with an error matching net.ErrClosed; Dial again.
func (c *Client) Cmd(ctx context.Context, cmd string) (*Reply, error) {
	if cmd == "" || strings.ContainsAny(cmd, "\r\n\x00") {
		return nil, fmt.Errorf("bird command %q: must be one non-empty line", cmd)
	}
	reply, err := c.roundTrip(ctx, cmd)
	if err != nil {
		return nil, fmt.Errorf("bird %q: %w", cmd, err)
	}
	if err := reply.err(); err != nil {
		return reply, fmt.Errorf("bird %q: %w", cmd, err)
	}
	return reply, nil
}

// roundTrip writes cmd (nothing when empty, to read the banner) and reads one reply.
func (c *Client) roundTrip(ctx context.Context, cmd string) (reply *Reply, err error) {
	if c.broken != nil {
		// Not wrapping the old cause: a caller retrying on timeouts must not retry this.
		return nil, fmt.Errorf("connection unusable after an earlier failure (%v): %w", c.broken, net.ErrClosed)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	deadline, _ := ctx.Deadline() // zero when there is none: clears an earlier deadline
	if err := c.conn.SetDeadline(deadline); err != nil {
		return nil, fmt.Errorf("set deadline: %w", err)
	}
	// A cancel without a deadline must also wake a blocked read.
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(fired)
		c.conn.SetDeadline(time.Unix(1, 0))
	})
	defer func() {
		if !stop() {
			// The cancel fired; wait until its deadline is set so that it cannot land on the
			// next command. If the reply was already complete it is good, but the deadline
			// must go.
			<-fired
			if err == nil {
				if derr := c.conn.SetDeadline(time.Time{}); derr != nil {
					err = fmt.Errorf("clear deadline: %w", derr)
				}
			}
		}
		if err != nil {
			// The only deadlines set on the connection come from ctx, so a timeout is ctx's.
			if errors.Is(err, os.ErrDeadlineExceeded) {
				cause := ctx.Err()
				if cause == nil {
					cause = context.DeadlineExceeded
				}
				err = fmt.Errorf("%w: %w", cause, err)
			}
			c.broken = err
			c.conn.Close()
		}
	}()
	if cmd != "" {
		if _, err := c.conn.Write([]byte(cmd + "\n")); err != nil {
			return nil, fmt.Errorf("send: %w", err)
		}
	}
	reply, err = readReply(c.r)
	if err != nil {
		return nil, fmt.Errorf("read reply: %w", err)
	}
	return reply, nil
}

// protoNameRE is what a BIRD symbol may look like unquoted; anything else could smuggle a
// second command or option into the line.
var protoNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// withProto appends the protocol name to cmd after checking it; an empty name lets BIRD pick
// the only protocol of that kind.
func withProto(cmd, proto string) (string, error) {
	if proto == "" {
		return cmd, nil
	}
	if !protoNameRE.MatchString(proto) {
		return "", fmt.Errorf("protocol name %q: only letters, digits and '_' are allowed, not starting with a digit", proto)
	}
	return cmd + " " + proto, nil
}

// ShowOSPF runs "show ospf [proto]" and parses it with ParseOSPF.
func (c *Client) ShowOSPF(ctx context.Context, proto string) (OSPFSummary, error) {
	text, err := c.text(ctx, "show ospf", proto)
	if err != nil {
		return OSPFSummary{}, err
	}
	return ParseOSPF(text)
}

// ShowOSPFNeighbors runs "show ospf neighbors [proto]" and parses it with ParseOSPFNeighbors.
func (c *Client) ShowOSPFNeighbors(ctx context.Context, proto string) ([]Neighbor, error) {
	text, err := c.text(ctx, "show ospf neighbors", proto)
	if err != nil {
		return nil, err
	}
	return ParseOSPFNeighbors(text)
}

// ShowOSPFInterface runs "show ospf interface [proto]" and parses it with ParseOSPFInterface.
func (c *Client) ShowOSPFInterface(ctx context.Context, proto string) ([]OSPFInterface, error) {
	text, err := c.text(ctx, "show ospf interface", proto)
	if err != nil {
		return nil, err
	}
	return ParseOSPFInterface(text)
}

// ShowRouteCount runs "show route count" and parses it with ParseRouteCount.
func (c *Client) ShowRouteCount(ctx context.Context) (RouteCount, error) {
	text, err := c.text(ctx, "show route count", "")
	if err != nil {
		return RouteCount{}, err
	}
	return ParseRouteCount(text)
}

// ShowStatus runs "show status" and parses it with ParseStatus.
func (c *Client) ShowStatus(ctx context.Context) (Status, error) {
	text, err := c.text(ctx, "show status", "")
	if err != nil {
		return Status{}, err
	}
	return ParseStatus(text)
}

// ShowProtocols runs "show protocols" and parses it with ParseProtocols.
func (c *Client) ShowProtocols(ctx context.Context) ([]Protocol, error) {
	text, err := c.text(ctx, "show protocols", "")
	if err != nil {
		return nil, err
	}
	return ParseProtocols(text)
}

func (c *Client) text(ctx context.Context, cmd, proto string) ([]byte, error) {
	cmd, err := withProto(cmd, proto)
	if err != nil {
		return nil, err
	}
	reply, err := c.Cmd(ctx, cmd)
	if err != nil {
		return nil, err
	}
	return reply.Text(), nil
}
