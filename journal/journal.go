// Package journal is the undo journal of a run: every resource is appended (and synced) before
// it is created, so teardown, an interrupt, a failed step and a later `vnetbench clean` all undo
// exactly what may exist, and nothing else (DESIGN.md rule 2).
package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// FileName is the journal's name inside a run directory.
const FileName = "journal.jsonl"

// ActiveDir holds one pointer file per unfinished run, naming its journal, so `clean` finds
// runs whatever --out they used. It lives on tmpfs: after a reboot nothing a run made remains
// on Linux, and FreeBSD jails are gone too.
var ActiveDir = "/run/vnetbench"

// Meta is the journal's first line: which run, on which platform, with which name prefix.
type Meta struct {
	RunID    string    `json:"run_id"`
	Platform string    `json:"platform"`
	Prefix   string    `json:"prefix"`
	Target   string    `json:"target,omitempty"`
	Started  time.Time `json:"started"`
	Pid      int       `json:"pid"`
}

type line struct {
	Meta *Meta          `json:"meta,omitempty"`
	Res  []lab.Resource `json:"res,omitempty"`
	Done bool           `json:"done,omitempty"`
	// Kept marks a run that ended with its lab deliberately left up (--keep).
	Kept bool `json:"kept,omitempty"`
}

// File is an open journal. It is safe for concurrent use.
type File struct {
	mu      sync.Mutex // guards f and written
	f       *os.File
	written uint64 // lines written
	syncMu  sync.Mutex
	synced  uint64 // lines known durable
	path    string
	active  string
}

var _ lab.Journal = (*File)(nil)

// Create starts the journal at path (which must not exist) and registers it as active.
func Create(path string, m Meta) (*File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("create journal: %w", err)
	}
	j := &File{f: f, path: path}
	if err := j.write(line{Meta: &m}); err != nil {
		f.Close()
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	if err := os.MkdirAll(ActiveDir, 0o755); err == nil {
		j.active = filepath.Join(ActiveDir, m.RunID)
		if err := os.WriteFile(j.active, []byte(abs+"\n"), 0o644); err != nil {
			j.active = ""
		}
	}
	return j, nil
}

// Path returns the journal's file path.
func (j *File) Path() string { return j.path }

// Add appends resources and syncs them to disk before returning. Concurrent callers share
// syncs (group commit): while one fsync runs, later lines queue and the next fsync covers them
// all, so a phase of 480 concurrent creates costs a handful of syncs, not 480.
func (j *File) Add(rs ...lab.Resource) error {
	if len(rs) == 0 {
		return nil
	}
	return j.write(line{Res: rs})
}

func (j *File) write(l line) error {
	b, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	j.mu.Lock()
	if j.f == nil {
		j.mu.Unlock()
		return fmt.Errorf("journal %s: already closed", j.path)
	}
	if _, err := j.f.Write(append(b, '\n')); err != nil {
		j.mu.Unlock()
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	j.written++
	mine, f := j.written, j.f
	j.mu.Unlock()

	j.syncMu.Lock()
	defer j.syncMu.Unlock()
	if j.synced >= mine {
		return nil // an fsync that started after our write covered it
	}
	j.mu.Lock()
	upTo := j.written
	j.mu.Unlock()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("journal %s: sync: %w", j.path, err)
	}
	j.synced = upTo
	return nil
}

// Finish marks the journal done (everything it lists was undone, or deliberately kept by the
// user and handed to `clean`) and closes it. keep=true closes without the done mark.
func (j *File) Finish(keep bool) error {
	err := j.write(line{Done: !keep, Kept: keep})
	j.mu.Lock()
	defer j.mu.Unlock()
	if cerr := j.f.Close(); err == nil {
		err = cerr
	}
	j.f = nil
	if !keep && j.active != "" {
		if rerr := os.Remove(j.active); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) && err == nil {
			err = rerr
		}
	}
	return err
}

// Entry is a journal read back.
type Entry struct {
	Path      string
	Meta      Meta
	Resources []lab.Resource
	Done      bool
	Kept      bool
}

// Read parses a journal. A torn last line (a crash mid-write) is ignored: its resources were
// never synced, so their creates never started.
func Read(path string) (*Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read journal: %w", err)
	}
	e := &Entry{Path: path}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			if !bytes.HasSuffix(data, []byte("\n")) && n > 1 {
				break // torn tail
			}
			return nil, fmt.Errorf("journal %s line %d: %w", path, n, err)
		}
		if l.Meta != nil {
			e.Meta = *l.Meta
		}
		e.Resources = append(e.Resources, l.Res...)
		e.Done = e.Done || l.Done
		e.Kept = e.Kept || l.Kept
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	if e.Meta.RunID == "" {
		return nil, fmt.Errorf("journal %s: no header line", path)
	}
	return e, nil
}

// Pending returns the unfinished journals found in the run directories under each dir and in
// the active registry, oldest first, without duplicates.
func Pending(dirs ...string) ([]*Entry, error) {
	paths := map[string]bool{}
	for _, d := range dirs {
		matches, _ := filepath.Glob(filepath.Join(d, "*", FileName))
		for _, m := range matches {
			if abs, err := filepath.Abs(m); err == nil {
				paths[abs] = true
			}
		}
	}
	if ents, err := os.ReadDir(ActiveDir); err == nil {
		for _, de := range ents {
			b, err := os.ReadFile(filepath.Join(ActiveDir, de.Name()))
			if err == nil {
				p := string(bytes.TrimSpace(b))
				if _, err := os.Stat(p); err == nil {
					paths[p] = true
				} else {
					os.Remove(filepath.Join(ActiveDir, de.Name())) // its run directory is gone
				}
			}
		}
	}
	var out []*Entry
	var errs []error
	for p := range paths {
		e, err := Read(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !e.Done {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, k int) bool { return out[i].Meta.Started.Before(out[k].Meta.Started) })
	return out, errors.Join(errs...)
}

// MarkDone appends the done mark to an existing journal (after `clean` undid it) and drops its
// active pointer.
func MarkDone(e *Entry) error {
	f, err := os.OpenFile(e.Path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	j := &File{f: f, path: e.Path, active: filepath.Join(ActiveDir, e.Meta.RunID)}
	return j.Finish(false)
}

// Running reports whether the run that wrote the journal is still in progress on this
// machine: its process exists and has the same command name as this process's. clean
// leaves such runs alone.
func (e *Entry) Running() bool {
	if e.Kept || e.Meta.Pid <= 0 {
		return false
	}
	if syscall.Kill(e.Meta.Pid, 0) != nil {
		return false
	}
	mine, err1 := os.ReadFile("/proc/self/comm")
	theirs, err2 := os.ReadFile(fmt.Sprintf("/proc/%d/comm", e.Meta.Pid))
	if err1 != nil || err2 != nil {
		return true // no /proc: a live pid is all we know
	}
	return bytes.Equal(mine, theirs)
}
