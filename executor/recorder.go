package executor

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	_ lab.Executor = (*Recorder)(nil)
	_ InputRunner  = (*Recorder)(nil)
)

// Recorder is the dry-run executor: it runs nothing and records each command, so that Script
// can print what a real run would do. Its zero value is ready to use and safe for concurrent
// use; commands recorded concurrently appear in the order Run was called.
type Recorder struct {
	// Respond, if set, gives the standard output a recorded command pretends to print, for
	// callers that read it (`ifconfig epair create` printing epair0a). It may be called
	// concurrently. Without it every command prints nothing.
	Respond func(argv []string) []byte

	mu    sync.Mutex
	items []recorded
}

// recorded is one line group of the script: a command (argv set) or a comment.
type recorded struct {
	argv    []string
	stdin   []byte
	comment string
	phase   bool
}

// Run records argv and returns what Respond gives for it. It fails only for an empty argv or
// a done ctx, as the real executors would, and then records nothing.
func (r *Recorder) Run(ctx context.Context, argv []string) ([]byte, error) {
	return r.RunInput(ctx, argv, nil)
}

// RunInput records argv with its standard input; Script feeds stdin back to the command
// (as a here-document when it is text that ends in a newline).
func (r *Recorder) RunInput(ctx context.Context, argv []string, stdin []byte) ([]byte, error) {
	if err := checkCall(ctx, argv); err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.items = append(r.items, recorded{argv: clone(argv), stdin: bytes.Clone(stdin)})
	r.mu.Unlock()
	if r.Respond == nil {
		return nil, nil
	}
	return r.Respond(clone(argv)), nil
}

// Comment adds a comment to the script; each line of text becomes one "# " line.
func (r *Recorder) Comment(text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items = append(r.items, recorded{comment: text})
}

// Phase starts a new section of the script, headed by a blank line and "# --- name ---".
func (r *Recorder) Phase(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items = append(r.items, recorded{comment: name, phase: true})
}

// Commands returns the recorded argvs in order, without comments.
func (r *Recorder) Commands() [][]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out [][]string
	for _, it := range r.items {
		if it.argv != nil {
			out = append(out, clone(it.argv))
		}
	}
	return out
}

// Script renders the recording as a runnable /bin/sh script that stops at the first failing
// command (set -eu). Each word is quoted only when the shell needs it (ShJoin).
func (r *Recorder) Script() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	b.WriteString("#!/bin/sh\nset -eu\n")
	for _, it := range r.items {
		switch {
		case it.argv != nil:
			b.WriteString(commandLine(it.argv, it.stdin))
		case it.phase:
			b.WriteString("\n")
			writeComment(&b, "--- "+it.comment+" ---")
		default:
			writeComment(&b, it.comment)
		}
	}
	return b.String()
}

func writeComment(b *strings.Builder, text string) {
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" {
			b.WriteString("#\n")
			continue
		}
		b.WriteString("# " + line + "\n")
	}
}

// commandLine renders one command, newline-terminated, with stdin fed to it exactly.
func commandLine(argv []string, stdin []byte) string {
	cmd := ShJoin(argv)
	switch {
	case stdin == nil:
		return cmd + "\n"
	case len(stdin) == 0:
		return cmd + " </dev/null\n"
	case stdin[len(stdin)-1] == '\n' && bytes.IndexByte(stdin, 0) < 0:
		delim := heredocDelimiter(stdin)
		return fmt.Sprintf("%s <<'%s'\n%s%s\n", cmd, delim, stdin, delim)
	default:
		// A here-document always ends in a newline and cannot hold NUL; printf's format
		// can, with % and \ escaped and NUL written as \000.
		format := strings.NewReplacer(`\`, `\\`, "%", "%%", "\x00", `\000`).Replace(string(stdin))
		return "printf " + ShQuote(format) + " | " + cmd + "\n"
	}
}

// heredocDelimiter returns a delimiter that is not a line of body.
func heredocDelimiter(body []byte) string {
	lines := make(map[string]bool)
	for line := range strings.SplitSeq(string(body), "\n") {
		lines[line] = true
	}
	delim := "EOF"
	for i := 1; lines[delim]; i++ {
		delim = fmt.Sprintf("EOF%d", i)
	}
	return delim
}
