package bird

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeBird serves canned replies on a unix socket the way BIRD does: a banner, then one
// reply per command line. A command with no canned reply gets no answer at all (a hung daemon).
type fakeBird struct {
	path    string
	banner  string
	replies map[string]string

	mu   sync.Mutex
	seen []string
}

func startFakeBird(t *testing.T, banner string, replies map[string]string) *fakeBird {
	t.Helper()
	f := &fakeBird{path: filepath.Join(t.TempDir(), "bird.ctl"), banner: banner, replies: replies}
	ln, err := net.Listen("unix", f.path)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				f.serve(conn)
			}()
		}
	}()
	return f
}

func (f *fakeBird) serve(conn net.Conn) {
	defer conn.Close()
	if _, err := conn.Write([]byte(f.banner)); err != nil {
		return
	}
	r := bufio.NewScanner(conn)
	for r.Scan() {
		cmd := r.Text()
		f.mu.Lock()
		f.seen = append(f.seen, cmd)
		f.mu.Unlock()
		reply, ok := f.replies[cmd]
		if !ok {
			continue
		}
		if _, err := conn.Write([]byte(reply)); err != nil {
			return
		}
	}
}

func (f *fakeBird) commands() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.seen...)
}

// rawReply returns a capture without its banner line, as BIRD sends it after a command.
func rawReply(t *testing.T, name string) string {
	data := readTestdata(t, name)
	if bytes.HasPrefix(data, []byte("0001 ")) {
		_, data, _ = bytes.Cut(data, []byte("\n"))
	}
	return string(data)
}

const banner2171 = "0001 BIRD 2.17.1 ready.\n"

func TestClientTypedHelpers(t *testing.T) {
	fake := startFakeBird(t, banner2171, map[string]string{
		"show ospf ospf1":           rawReply(t, "bird-show-ospf.synthetic.raw"),
		"show ospf neighbors ospf1": rawReply(t, "bird-show-ospf-neighbors.synthetic.raw"),
		"show ospf interface ospf1": rawReply(t, "bird-show-ospf-interface.synthetic.raw"),
		"show route count":          rawReply(t, "bird-show-route-count-two-tables.synthetic.raw"),
		"show status":               rawReply(t, "bird-show-status.synthetic.raw"),
		"show protocols":            rawReply(t, "bird-show-protocols.synthetic.raw"),
		"show ospf neighbors":       "1013-ospf1: is not up\n0000 \n",
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, fake.path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Version() != "2.17.1" {
		t.Errorf("Version() = %q", c.Version())
	}

	sum, err := c.ShowOSPF(ctx, "ospf1")
	if err != nil || sum.LSAs != 12 || len(sum.Areas) != 1 || sum.Areas[0].Adjacent != 4 {
		t.Errorf("ShowOSPF: %+v, %v", sum, err)
	}
	nbrs, err := c.ShowOSPFNeighbors(ctx, "ospf1")
	if err != nil || len(nbrs) != 5 || nbrs[0].Role != "DR" || nbrs[4].State != "ExStart" {
		t.Errorf("ShowOSPFNeighbors: %+v, %v", nbrs, err)
	}
	ifaces, err := c.ShowOSPFInterface(ctx, "ospf1")
	if err != nil || len(ifaces) != 3 || ifaces[0].DR != addr("198.51.100.2") || !ifaces[2].Stub {
		t.Errorf("ShowOSPFInterface: %+v, %v", ifaces, err)
	}
	rc, err := c.ShowRouteCount(ctx)
	if err != nil || rc.Routes != 53 || rc.Networks != 49 || len(rc.Tables) != 2 {
		t.Errorf("ShowRouteCount: %+v, %v", rc, err)
	}
	st, err := c.ShowStatus(ctx)
	if err != nil || st.RouterID != addr("198.51.100.1") || !st.Up {
		t.Errorf("ShowStatus: %+v, %v", st, err)
	}
	protos, err := c.ShowProtocols(ctx)
	if err != nil || len(protos) != 6 || protos[3] != (Protocol{"ospf1", "OSPF", "master4", "up", "09:14:02.117", "Running"}) {
		t.Errorf("ShowProtocols: %+v, %v", protos, err)
	}
	if _, err := c.ShowOSPFNeighbors(ctx, ""); !errors.Is(err, ErrNotUp) {
		t.Errorf("ShowOSPFNeighbors of a protocol not up: got %v, want ErrNotUp", err)
	}

	want := []string{"show ospf ospf1", "show ospf neighbors ospf1", "show ospf interface ospf1",
		"show route count", "show status", "show protocols", "show ospf neighbors"}
	if got := fake.commands(); !reflect.DeepEqual(got, want) {
		t.Errorf("commands sent:\n got %q\nwant %q", got, want)
	}
}

func TestClientReplyError(t *testing.T) {
	fake := startFakeBird(t, banner2171, map[string]string{
		"show protocols nosuch": rawReply(t, "bird-err-no-protocols-match.synthetic.raw"),
		"show status":           rawReply(t, "bird-show-status.synthetic.raw"),
	})
	ctx := context.Background()
	c, err := Dial(ctx, fake.path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	reply, err := c.Cmd(ctx, "show protocols nosuch")
	var re *ReplyError
	if !errors.As(err, &re) || re.Code != CodeNoProtocolsMatch || re.Msg != "No protocols match" {
		t.Fatalf("got %v, want a *ReplyError 8003", err)
	}
	if reply == nil || string(reply.Text()) != "No protocols match\n" {
		t.Errorf("reply with the error: %+v", reply)
	}
	if want := `bird "show protocols nosuch": bird replied 8003: No protocols match`; err.Error() != want {
		t.Errorf("error text %q, want %q", err, want)
	}
	// An error reply is a complete reply: the connection stays in step.
	if _, err := c.ShowStatus(ctx); err != nil {
		t.Errorf("after an error reply: %v", err)
	}
}

func TestClientRefusesInjection(t *testing.T) {
	fake := startFakeBird(t, banner2171, nil)
	ctx := context.Background()
	c, err := Dial(ctx, fake.path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Cmd(ctx, "show status\ndown"); err == nil {
		t.Error("Cmd accepted two lines")
	}
	if _, err := c.Cmd(ctx, ""); err == nil {
		t.Error("Cmd accepted an empty command")
	}
	for _, proto := range []string{"ospf1\ndown", "ospf1 all", "1ospf", "'ospf'"} {
		if _, err := c.ShowOSPFNeighbors(ctx, proto); err == nil || !strings.Contains(err.Error(), "protocol name") {
			t.Errorf("protocol %q: got %v, want a refusal", proto, err)
		}
	}
	time.Sleep(10 * time.Millisecond)
	if got := fake.commands(); len(got) != 0 {
		t.Errorf("commands reached the daemon: %q", got)
	}
}

func TestClientDeadline(t *testing.T) {
	fake := startFakeBird(t, banner2171, map[string]string{"show status": rawReply(t, "bird-show-status.synthetic.raw")})
	c, err := Dial(context.Background(), fake.path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = c.Cmd(ctx, "show hang") // the fake never answers
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Cmd returned after %v", d)
	}
	// The answer to "show hang" could still arrive: the client must refuse to go on.
	if _, err := c.ShowStatus(context.Background()); !errors.Is(err, net.ErrClosed) || errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("after a timeout: got %v, want an unusable-connection error", err)
	}
	if err := c.Close(); err != nil {
		t.Errorf("Close of a client a failure closed: %v", err)
	}
}

func TestClientCancel(t *testing.T) {
	fake := startFakeBird(t, banner2171, nil)
	c, err := Dial(context.Background(), fake.path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if _, err := c.Cmd(ctx, "show hang"); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestClientDeadlineDoesNotLeak(t *testing.T) {
	// A reply read in time under one context must not leave a deadline behind for the next.
	fake := startFakeBird(t, banner2171, map[string]string{"show status": rawReply(t, "bird-show-status.synthetic.raw")})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	c, err := Dial(ctx, fake.path)
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	time.Sleep(150 * time.Millisecond)
	if _, err := c.ShowStatus(context.Background()); err != nil {
		t.Errorf("second command under a new context: %v", err)
	}
}

func TestDialBadBanner(t *testing.T) {
	for _, banner := range []string{"0000 \n", "1002-ospf1\n0000 \n", "hello\n", "0001 Welcome\n"} {
		fake := startFakeBird(t, banner, nil)
		if c, err := Dial(context.Background(), fake.path); err == nil {
			c.Close()
			t.Errorf("banner %q: no error", banner)
		}
	}
	if _, err := Dial(context.Background(), filepath.Join(t.TempDir(), "missing.ctl")); err == nil {
		t.Error("Dial of a missing socket: no error")
	}
}

func TestClientConnectionClosedMidReply(t *testing.T) {
	// A daemon that dies after half a reply.
	path := filepath.Join(t.TempDir(), "bird.ctl")
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		conn.Write([]byte(banner2171))
		bufio.NewReader(conn).ReadString('\n')
		conn.Write([]byte("2002-Name Proto\n1002-device1 Device\n"))
	}()
	c, err := Dial(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err = c.Cmd(ctx, "show protocols")
	if !errors.Is(err, errUnexpectedEOF) {
		t.Errorf("got %v, want the mid-reply EOF error", err)
	}
}
