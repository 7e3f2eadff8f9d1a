// Package report turns run records into tables, PNG plots, Markdown, self-contained HTML pages,
// comparisons of repeated runs and trend pages. It only reads records (lab.Record); it never
// runs anything (DESIGN.md: running and reporting are separate programs over files).
package report

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// RecordFile is the name of the run record inside a run directory.
const RecordFile = "run.json"

// Run is a record together with the directory it was read from.
type Run struct {
	Dir    string
	Record *lab.Record
}

// LoadRun reads and decodes dir/run.json (dir may also name the record file itself). Every
// error names the file; an unknown schema names the version; an empty, truncated or corrupt
// file is an error, never a partial record.
func LoadRun(dir string) (*lab.Record, error) {
	path := recordPath(dir)
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no run record here (is this a run directory?)", path)
		}
		return nil, fmt.Errorf("read run record: %w", err)
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return nil, fmt.Errorf("%s: empty run record (the run may have been killed while writing it)", path)
	}
	r, err := lab.DecodeRecord(data)
	if err != nil {
		if strings.Contains(err.Error(), "unexpected end of JSON input") {
			return nil, fmt.Errorf("%s: truncated run record (%d bytes): %w", path, len(data), err)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := validate(r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// validate rejects records that decode but cannot have been written by a run.
func validate(r *lab.Record) error {
	if r.Scenario == "" {
		return errors.New("corrupt run record: no scenario")
	}
	if r.Start.IsZero() {
		return errors.New("corrupt run record: no start time")
	}
	for _, s := range r.Series {
		if s.Name == "" {
			return errors.New("corrupt run record: a series has no name")
		}
	}
	return nil
}

func recordPath(dir string) string {
	if filepath.Base(dir) == RecordFile {
		return dir
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return dir
	}
	return filepath.Join(dir, RecordFile)
}

// IsRunDir reports whether dir holds a run record.
func IsRunDir(dir string) bool {
	fi, err := os.Stat(recordPath(dir))
	return err == nil && fi.Mode().IsRegular()
}

// FindRuns lists the run directories at or below root, sorted by path: root itself if it is a
// run directory, otherwise every directory beneath it that holds a run.json.
func FindRuns(root string) ([]string, error) {
	if IsRunDir(root) {
		return []string{root}, nil
	}
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("find runs: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("find runs: %s is not a directory", root)
	}
	var dirs []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && d.Name() == RecordFile {
			dirs = append(dirs, filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find runs under %s: %w", root, err)
	}
	slices.Sort(dirs)
	return dirs, nil
}

// LoadRuns loads every run at or below root (see FindRuns). It returns the runs it could read
// and an error that joins every record it could not read, or says there was none: callers
// decide whether a partial set is usable (a trend page is; a comparison is not).
func LoadRuns(root string) ([]Run, error) {
	dirs, err := FindRuns(root)
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("%s: no run records (%s) at or below this directory", root, RecordFile)
	}
	runs := make([]Run, 0, len(dirs))
	var errs []error
	for _, d := range dirs {
		r, err := LoadRun(d)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		runs = append(runs, Run{Dir: d, Record: r})
	}
	return runs, errors.Join(errs...)
}
