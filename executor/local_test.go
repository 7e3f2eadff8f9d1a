package executor_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

func needSh(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh in PATH")
	}
}

func TestLocalRun(t *testing.T) {
	needSh(t)
	argv := []string{"printf", "%s|", "a b", "$HOME", "it's", ""}
	out, err := (&executor.Local{}).Run(t.Context(), argv)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), "a b|$HOME|it's||"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
}

func TestLocalRunInput(t *testing.T) {
	needSh(t)
	in := []byte("line 1\nno newline at end")
	out, err := (&executor.Local{}).RunInput(t.Context(), []string{"cat"}, in)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(in) {
		t.Errorf("stdout = %q, want %q", out, in)
	}
}

func TestLocalCommandFails(t *testing.T) {
	needSh(t)
	argv := []string{"sh", "-c", "echo partial; echo 'ifconfig: interface epair9a does not exist' >&2; exit 3"}
	out, err := (&executor.Local{}).Run(t.Context(), argv)
	var ce *lab.CmdError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v (%T), want *lab.CmdError", err, err)
	}
	if ce.Exit != 3 {
		t.Errorf("Exit = %d, want 3", ce.Exit)
	}
	if want := "ifconfig: interface epair9a does not exist\n"; ce.Stderr != want {
		t.Errorf("Stderr = %q, want %q", ce.Stderr, want)
	}
	if !slices.Equal(ce.Argv, argv) {
		t.Errorf("Argv = %q, want %q", ce.Argv, argv)
	}
	if string(out) != "partial\n" {
		t.Errorf("stdout = %q, want the partial output", out)
	}
	if want := "exit status 3: ifconfig: interface epair9a does not exist"; !strings.Contains(err.Error(), want) {
		t.Errorf("Error() = %q, want it to contain %q", err, want)
	}
}

func TestLocalMissingBinary(t *testing.T) {
	for _, tc := range []struct {
		name string
		cmd  string
		is   error
	}{
		{"in PATH", "vnetbench-no-such-tool", exec.ErrNotFound},
		{"by path", "/nonexistent/vnetbench-no-such-tool", fs.ErrNotExist},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (&executor.Local{}).Run(t.Context(), []string{tc.cmd, "x"})
			var ce *lab.CmdError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v (%T), want *lab.CmdError", err, err)
			}
			if ce.Exit != -1 {
				t.Errorf("Exit = %d, want -1", ce.Exit)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("err = %v, want errors.Is %v", err, tc.is)
			}
		})
	}
}

func TestLocalCancel(t *testing.T) {
	needSh(t)
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	// sleep is a child of sh: the whole process group must die, or Run would wait for the
	// pipes sleep holds open.
	_, err := (&executor.Local{}).Run(ctx, []string{"sh", "-c", "sleep 30; echo never"})
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Run returned after %v; the command was not killed at once", d)
	}
	var ce *lab.CmdError
	if !errors.As(err, &ce) || ce.Exit != -1 {
		t.Fatalf("err = %v, want *lab.CmdError with Exit -1", err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want errors.Is context.DeadlineExceeded", err)
	}
}

func TestLocalDoneContextRunsNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	dir := t.TempDir()
	_, err := (&executor.Local{Dir: dir}).Run(ctx, []string{"touch", "ran"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "ran")); err == nil {
		t.Error("the command ran despite a done context")
	}
}

func TestEmptyArgv(t *testing.T) {
	for name, ex := range map[string]lab.Executor{
		"Local":    &executor.Local{},
		"SSH":      &executor.SSH{Target: executor.Target{Host: "192.0.2.1"}},
		"Recorder": &executor.Recorder{},
		"Scripted": &executor.Scripted{},
	} {
		_, err := ex.Run(t.Context(), nil)
		var ce *lab.CmdError
		if !errors.As(err, &ce) || !errors.Is(err, executor.ErrEmptyArgv) {
			t.Errorf("%s: err = %v, want *lab.CmdError wrapping ErrEmptyArgv", name, err)
		}
	}
}
