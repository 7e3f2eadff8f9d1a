package freebsd

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

// fullJournal is what a run of the chain-like lab below journals: a tunable, two jails, a
// bridge, an epair between the jails, a bridged epair, a VLAN lent to a jail, VFs, a host
// loopback and two daemons.
func fullJournal() []lab.Resource {
	return []lab.Resource{
		{Kind: lab.ResTunable, Name: "net.inet.raw.maxdgram", Old: "9216", New: "16384"},
		{Kind: lab.ResTunable, Name: "kern.ipc.nmbclusters", Old: "246000", New: "1000000"},
		{Kind: lab.ResNode, Name: "vnb-t-r1"},
		{Kind: lab.ResNode, Name: "vnb-t-r2"},
		{Kind: lab.ResSegment, Name: "br0lab"},
		{Kind: lab.ResLink, Name: "epair1a"},
		{Kind: lab.ResLink, Name: "epair1a", Node: "vnb-t-r1", New: markVNet},
		{Kind: lab.ResLink, Name: "epair1b", Node: "vnb-t-r2", New: markVNet},
		{Kind: lab.ResLink, Name: "epair2a"},
		{Kind: lab.ResLink, Name: "epair2b", Node: "vnb-t-r2", New: markVNet},
		{Kind: lab.ResLink, Name: "igb0.6"},
		{Kind: lab.ResLink, Name: "igb0.6", Node: "vnb-t-r1", New: markLent},
		{Kind: lab.ResSegment, Name: "ixl0", New: markIOV},
		{Kind: lab.ResLink, Name: "iavf0", Node: "vnb-t-r2", New: markLent},
		{Kind: lab.ResLink, Name: "lo1"},
		{Kind: lab.ResProcess, Name: "bird", Node: "vnb-t-r1"},
		{Kind: lab.ResProcess, Name: "bird", Node: "vnb-t-r2"},
	}
}

func TestUndoOrder(t *testing.T) {
	e := func(cmd string, ex executor.Expect) executor.Expect {
		ex.Argv = strings.Fields(cmd)
		return ex
	}
	none := executor.Expect{Exit: 1}
	fake := &executor.Scripted{InOrder: true, Expect: []executor.Expect{
		// 1. daemons: r1's bird ends on TERM; r2's ignores it and is killed.
		e("pkill -TERM -j vnb-t-r1 -x bird", executor.Expect{}),
		e("pkill -TERM -j vnb-t-r2 -x bird", executor.Expect{}),
		e("pgrep -j vnb-t-r1 -x bird", executor.Expect{Stdout: []byte("2124\n")}),
		e("pgrep -j vnb-t-r1 -x bird", none),
		e("pgrep -j vnb-t-r2 -x bird", executor.Expect{Stdout: []byte("2148\n"), Times: executor.AnyTimes}),
		e("pkill -KILL -j vnb-t-r2 -x bird", executor.Expect{}),
		e("pgrep -j vnb-t-r2 -x bird", none),
		// 2. from inside: epair1a takes epair1b along; epair2b is gone already.
		e("ifconfig -j vnb-t-r1 epair1a destroy", executor.Expect{}),
		e("ifconfig -j vnb-t-r2 epair2b destroy", executor.Expect{Exit: 1, Stderr: "ifconfig: interface epair2b does not exist\n"}),
		e("ifconfig igb0.6 -vnet vnb-t-r1", executor.Expect{}),
		e("ifconfig iavf0 -vnet vnb-t-r2", executor.Expect{}),
		// 3. jails, one at a time; r1 dies at once, r2 is dying for a while.
		e("jail -r vnb-t-r1", executor.Expect{Stdout: []byte("vnb-t-r1: removed\n")}),
		e("jls -d -j vnb-t-r1 jid", executor.Expect{Exit: 1, Stderr: "jls: jail \"vnb-t-r1\" not found\n"}),
		e("jail -r vnb-t-r2", executor.Expect{}),
		e("jls -d -j vnb-t-r2 jid", executor.Expect{Stdout: []byte("7\n"), Times: 2}),
		e("jls -d -j vnb-t-r2 jid", executor.Expect{Exit: 1}),
		// 4. host interfaces still there, bridges last.
		e("ifconfig -l", executor.Expect{Stdout: []byte("igb0 igb1 lo0 br0lab epair2a igb0.6 lo1\n")}),
		e("ifconfig igb0.6 destroy", executor.Expect{}),
		e("ifconfig lo1 destroy", executor.Expect{}),
		e("ifconfig br0lab destroy", executor.Expect{}),
		// 5. VFs, once no jail holds one.
		e("iovctl -D -d ixl0", executor.Expect{}),
		// 6. tunables in reverse (nmbclusters cannot be lowered), then files.
		e("sysctl net.inet.raw.maxdgram=9216", executor.Expect{}),
		e("rm -rf -- /var/run/vnetbench/vnb-t", executor.Expect{}),
	}}
	p, _ := New(fake, "vnb-t-", Options{StateDir: "/var/run/vnetbench/vnb-t", Pace: -1, StopGrace: 50 * time.Millisecond})
	if err := p.Undo(context.Background(), fullJournal()); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
	if w := p.Warnings(); len(w) != 1 || !strings.Contains(w[0], "kern.ipc.nmbclusters stays at 1000000") {
		t.Errorf("warnings %q, want one about nmbclusters", w)
	}
}

// TestUndoNothingLeft: after a crash, clean finds everything gone; nothing is an error.
func TestUndoNothingLeft(t *testing.T) {
	gone := func(msg string) executor.Expect {
		return executor.Expect{Exit: 1, Stderr: msg, Times: executor.AnyTimes}
	}
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: []string{"pkill"}, Prefix: true, Exit: 2, Stderr: "pkill: Invalid jail ID or name `vnb-t-r1'\n", Times: executor.AnyTimes},
		{Argv: []string{"ifconfig", "-j"}, Prefix: true, Exit: 1, Stderr: "ifconfig: jail \"vnb-t-r1\" not found\n", Times: executor.AnyTimes},
		{Argv: []string{"ifconfig", "-l"}, Stdout: []byte("igb0 lo0\n")},
		func() executor.Expect {
			e := gone("ifconfig: interface igb0.6 does not exist\n")
			e.Argv, e.Glob = []string{"ifconfig", "*", "-vnet", "*"}, true
			return e
		}(),
		func() executor.Expect {
			e := gone("jail: \"vnb-t-r1\" not found\n")
			e.Argv, e.Prefix = []string{"jail", "-r"}, true
			return e
		}(),
		func() executor.Expect {
			e := gone("jls: jail \"vnb-t-r1\" not found\n")
			e.Argv, e.Prefix = []string{"jls"}, true
			return e
		}(),
		{Argv: []string{"iovctl", "-D", "-d", "ixl0"}, Exit: 1, Stderr: "iovctl: Failed to delete VFs: No child processes\n"},
		{Argv: []string{"sysctl", "net.inet.raw.maxdgram=9216"}},
		{Argv: []string{"rm", "-rf", "--", "/var/run/vnetbench/vnb-t"}},
	}}
	p, _ := New(fake, "vnb-t-", Options{StateDir: "/var/run/vnetbench/vnb-t", Pace: -1})
	if err := p.Undo(context.Background(), fullJournal()); err != nil {
		t.Fatalf("undo of what is gone failed: %v", err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
}

// TestUndoJoinsErrors: failures do not stop teardown, and every one is reported.
func TestUndoJoinsErrors(t *testing.T) {
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: []string{"jail", "-r", "vnb-t-r1"}, Exit: 1, Stderr: "jail: vnb-t-r1: jail_remove: Operation not permitted\n"},
		{Argv: []string{"jail", "-r", "vnb-t-r2"}},
		{Argv: []string{"jls", "-d", "-j", "vnb-t-r2", "jid"}, Exit: 1},
		{Argv: []string{"ifconfig", "-l"}, Stdout: []byte("br0lab\n")},
		{Argv: []string{"ifconfig", "br0lab", "destroy"}, Exit: 1, Stderr: "ifconfig: SIOCIFDESTROY: Device busy\n"},
		{Argv: []string{"sysctl", "net.inet.raw.maxdgram=9216"}, Err: executor.ErrTransport},
	}}
	p, _ := New(fake, "vnb-t-", Options{Pace: -1})
	rs := []lab.Resource{
		{Kind: lab.ResTunable, Name: "net.inet.raw.maxdgram", Old: "9216", New: "16384"},
		{Kind: lab.ResNode, Name: "vnb-t-r1"}, {Kind: lab.ResNode, Name: "vnb-t-r2"},
		{Kind: lab.ResNode, Name: "someones-jail"},
		{Kind: lab.ResSegment, Name: "br0lab"},
	}
	err := p.Undo(context.Background(), rs)
	for _, want := range []string{"remove jail vnb-t-r1", "Operation not permitted", "refusing to remove jail \"someones-jail\"",
		"destroy br0lab", "Device busy", "restore net.inet.raw.maxdgram=9216"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("undo error %v, want it to mention %q", err, want)
		}
	}
	if !errors.Is(err, executor.ErrTransport) {
		t.Errorf("undo error does not wrap the transport failure: %v", err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
}

func TestUndoWaitsBoundedForDyingJail(t *testing.T) {
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: []string{"jail", "-r", "vnb-t-r1"}},
		{Argv: []string{"jls", "-d", "-j", "vnb-t-r1", "jid"}, Stdout: []byte("3\n"), Times: executor.AnyTimes},
	}}
	p, _ := New(fake, "vnb-t-", Options{DyingTimeout: 80 * time.Millisecond})
	start := time.Now()
	err := p.Undo(context.Background(), []lab.Resource{{Kind: lab.ResNode, Name: "vnb-t-r1"}})
	if err == nil || !strings.Contains(err.Error(), "still dying") {
		t.Errorf("err = %v, want the jail reported as still dying", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("waited %v for an 80 ms bound", d)
	}
	n := 0
	for _, c := range fake.Calls() {
		if c.Argv[0] == "jls" {
			n++
		}
	}
	if n < 2 || n > 8 {
		t.Errorf("looked %d times in 80 ms; want a few, with backoff", n)
	}
}

// TestUndoDaemonsByNodeName: the runner journals its daemons by node name; teardown reads
// that as this run's jail, never as a jail that happens to be called "jail1".
func TestUndoDaemonsByNodeName(t *testing.T) {
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: []string{"pkill", "-TERM", "-j", "vnb-t-jail1", "-x", "bird"}, Exit: 1},
	}}
	p, _ := New(fake, "vnb-t-", Options{})
	err := p.Undo(context.Background(), []lab.Resource{
		{Kind: lab.ResProcess, Name: "bird", Node: "jail1"},
		{Kind: lab.ResProcess, Name: "bird", Node: "vnb-t-jail1"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
}

func TestUndoIfconfigWithoutJ(t *testing.T) {
	fake := &executor.Scripted{InOrder: true, Expect: []executor.Expect{
		{Argv: []string{"ifconfig", "-j", "vnb-t-r1", "epair1b", "destroy"}, Exit: 1, Stderr: "ifconfig: illegal option -- j\nusage: ifconfig ...\n"},
		{Argv: []string{"jexec", "vnb-t-r1", "ifconfig", "epair1b", "destroy"}},
		{Argv: []string{"jexec", "vnb-t-r2", "ifconfig", "epair2b", "destroy"}, Exit: 1, Stderr: "jexec: jail \"vnb-t-r2\" not found\n"},
	}}
	p, _ := New(fake, "vnb-t-", Options{})
	err := p.Undo(context.Background(), []lab.Resource{
		{Kind: lab.ResLink, Name: "epair1b", Node: "vnb-t-r1", New: markVNet},
		{Kind: lab.ResLink, Name: "epair2b", Node: "vnb-t-r2", New: markVNet},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
}

// TestPlanScriptRunsWhatRunDoes runs printed plans with stand-ins for the FreeBSD tools that
// log their argv, and compares the log with the commands the platform issues over a
// Recorder: the shell reads every word back as the platform meant it.
func TestPlanScriptRunsWhatRunDoes(t *testing.T) {
	sh := lookSh(t)
	dir := t.TempDir()
	saved := PlanStateDir
	PlanStateDir = dir + "/vnb-plan"
	defer func() { PlanStateDir = saved }()
	for _, sc := range []string{"chain-5", "bridge-3", "ospf-3"} {
		t.Run(sc, func(t *testing.T) {
			plan := compile(t, sc)
			script, err := PlanScript(plan)
			if err != nil {
				t.Fatal(err)
			}
			build, teardown := runScript(t, sh, script)

			rec := &executor.Recorder{Respond: planRespond}
			p, _ := New(rec, PlanPrefix, Options{StateDir: PlanStateDir, Starter: planStarter{rec}})
			j := &memJournal{}
			for _, s := range plan.Steps {
				if s.Op == lab.OpDaemon {
					p.startDaemon(context.Background(), s.Node, lab.DaemonFiles{}, []byte(s.Daemon.BirdConfig("lo1")), j)
					continue
				}
				if err := p.Apply(context.Background(), s, j); err != nil {
					t.Fatal(err)
				}
			}
			var want []string
			for _, c := range rec.Commands() {
				if c[0] == "sysctl" && c[1] == "-i" || c[0] == "mkdir" {
					continue // the script saves the value to a file / runs the real mkdir
				}
				want = append(want, strings.Join(c, " "))
			}
			if strings.Join(build, "\n") != strings.Join(want, "\n") {
				t.Errorf("the script ran:\n%s\nthe platform issues:\n%s", strings.Join(build, "\n"), strings.Join(want, "\n"))
			}
			if len(teardown) == 0 || !strings.HasPrefix(teardown[len(teardown)-1], "ifconfig") && !strings.HasPrefix(teardown[len(teardown)-1], "jls") {
				t.Errorf("teardown ran %q", teardown)
			}
		})
	}
}

// TestUndoStopsWhenCancelled: after the teardown deadline, Undo says what is left instead of
// failing every remaining command.
func TestUndoStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fake := &executor.Scripted{}
	p, _ := New(fake, "vnb-t-", Options{})
	err := p.Undo(ctx, fullJournal())
	if err == nil || !strings.Contains(err.Error(), "vnetbench clean") || !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if n := len(fake.Calls()); n > 3 {
		t.Errorf("%d commands tried after cancel", n)
	}
}
