package executor

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"
)

// awkward are words a shell would mangle unless they are quoted right.
var awkward = []string{
	"", " ", "plain", "a b", "  two  spaces ", "it's", "''", "'", `"double"`, `back\slash`, `\`,
	"$HOME", "${HOME}", "$(id)", "`id`", "a;b", "a&&b", "a|b", "a>b", "<in", "*", "?", "[ab]",
	"{a,b}", "~", "~root", "#comment", "!bang", "line1\nline2", "\n", "tab\there", "\r\n",
	"%s", "%%", "-n", "--", "-e", "a=b", "é ü 日本", "\x01\x7f\xff", "'\\''", "x'\"'\"'y",
}

func TestShQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "''"},
		{"abc", "'abc'"},
		{"it's", `'it'\''s'`},
		{"'", `''\'''`},
		{"$x y", "'$x y'"},
	} {
		if got := ShQuote(tc.in); got != tc.want {
			t.Errorf("ShQuote(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestShJoin(t *testing.T) {
	for _, tc := range []struct {
		argv []string
		want string
	}{
		{[]string{"ifconfig", "epair", "create"}, "ifconfig epair create"},
		{[]string{"jail", "-c", "name=vnb-r1", "vnet", "persist"}, "jail -c name=vnb-r1 vnet persist"},
		{[]string{"sysctl", "net.inet.ip.forwarding=1"}, "sysctl net.inet.ip.forwarding=1"},
		{[]string{"ifconfig", "epair0a", "inet", "192.0.2.1/30"}, "ifconfig epair0a inet 192.0.2.1/30"},
		{[]string{"ifconfig", "epair0a", "inet6", "2001:db8::1/64"}, "ifconfig epair0a inet6 2001:db8::1/64"},
		{[]string{"echo", "", "a b", "it's"}, `echo '' 'a b' 'it'\''s'`},
		{[]string{"FOO=bar", "x"}, "'FOO=bar' x"}, // not an assignment
		{[]string{"if", "then"}, "'if' then"},     // not a reserved word
		{[]string{"ls", "*", "~"}, "ls '*' '~'"},
	} {
		if got := ShJoin(tc.argv); got != tc.want {
			t.Errorf("ShJoin(%q) = %s, want %s", tc.argv, got, tc.want)
		}
	}
}

// TestShQuoteRoundTrip has /bin/sh read every awkward word back, quoted both ways.
func TestShQuoteRoundTrip(t *testing.T) {
	sh := lookSh(t)
	var script strings.Builder
	script.WriteString("printf '%s\\000'")
	for _, w := range awkward {
		script.WriteString(" " + ShQuote(w) + " " + shWord(w, false))
	}
	out, err := exec.Command(sh, "-c", script.String()).Output()
	if err != nil {
		t.Fatalf("sh -c %s: %v", script.String(), err)
	}
	var want []string
	for _, w := range awkward {
		want = append(want, w, w)
	}
	if got := splitNUL(out); !slices.Equal(got, want) {
		t.Errorf("sh read back\n%q\nwant\n%q", got, want)
	}
}

// FuzzShQuote checks that ShQuote and ShJoin's quoting give back any string: by a small
// reader of single quotes and backslashes, and by a real sh, kept running between inputs so
// that an input costs a pipe round trip, not a fork.
func FuzzShQuote(f *testing.F) {
	for _, w := range awkward {
		f.Add(w)
	}
	sh, _ := exec.LookPath("sh")
	var co *shCoprocess
	f.Cleanup(func() {
		if co != nil {
			co.close()
		}
	})
	f.Fuzz(func(t *testing.T, s string) {
		if strings.IndexByte(s, 0) >= 0 {
			t.Skip("a shell word cannot hold NUL")
		}
		for _, quoted := range []string{ShQuote(s), shWord(s, false), shWord(s, true)} {
			got, err := unquote(quoted)
			if err != nil || got != s {
				t.Fatalf("quoted %q as %s, which reads back as %q (%v)", s, quoted, got, err)
			}
		}
		if sh == "" {
			return
		}
		if co == nil {
			var err error
			if co, err = startSh(sh); err != nil {
				t.Fatal(err)
			}
		}
		got, err := co.printf(ShQuote(s)+" "+shWord(s, false), 2)
		if err != nil {
			co.close()
			co = nil
			t.Fatalf("sh, given %s: %v", ShQuote(s), err)
		}
		if want := []string{s, s}; !slices.Equal(got, want) {
			t.Fatalf("sh read %s back as %q, want %q", ShQuote(s), got, want)
		}
	})
}

// shCoprocess is a sh reading commands from a pipe.
type shCoprocess struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startSh(sh string) (*shCoprocess, error) {
	cmd := exec.Command(sh)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &shCoprocess{cmd: cmd, in: in, out: bufio.NewReader(out)}, nil
}

// printf has the shell run printf '%s\000' words and returns the n strings it printed. A
// quoting bug that leaves the shell waiting for more input shows as a timeout.
func (c *shCoprocess) printf(words string, n int) ([]string, error) {
	if _, err := io.WriteString(c.in, "printf '%s\\000' "+words+"\n"); err != nil {
		return nil, err
	}
	type result struct {
		got []string
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		for range n {
			b, err := c.out.ReadBytes(0)
			if err != nil {
				r.err = err
				break
			}
			r.got = append(r.got, string(b[:len(b)-1]))
		}
		done <- r
	}()
	select {
	case r := <-done:
		return r.got, r.err
	case <-time.After(5 * time.Second):
		return nil, errors.New("no answer in 5s")
	}
}

func (c *shCoprocess) close() {
	c.in.Close()
	c.cmd.Process.Kill()
	c.cmd.Wait()
}

// unquote reads one shell word made of plain safe bytes, single-quoted runs and
// backslash-escaped bytes: all that ShQuote and shWord produce.
func unquote(word string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c == '\'':
			j := strings.IndexByte(word[i+1:], '\'')
			if j < 0 {
				return "", errors.New("unterminated single quote")
			}
			b.WriteString(word[i+1 : i+1+j])
			i += j + 1
		case c == '\\':
			if i+1 == len(word) {
				return "", errors.New("trailing backslash")
			}
			i++
			b.WriteByte(word[i])
		case shSafe(c):
			b.WriteByte(c)
		default:
			return "", errors.New("unquoted special byte " + string(rune(c)))
		}
	}
	if word == "" {
		return "", errors.New("empty word")
	}
	return b.String(), nil
}

func lookSh(t testing.TB) string {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh in PATH")
	}
	return sh
}

func splitNUL(b []byte) []string {
	var out []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			return append(out, string(b)+"<no NUL>")
		}
		out = append(out, string(b[:i]))
		b = b[i+1:]
	}
	return out
}
