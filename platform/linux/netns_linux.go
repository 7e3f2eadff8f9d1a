//go:build linux

package linux

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/vishvananda/netns"
	"golang.org/x/sys/unix"
)

// NSDir is where named namespaces are bind-mounted, the same place `ip netns` uses, so a kept
// lab can be entered with `ip netns exec`.
const NSDir = "/run/netns"

var nsDirOnce sync.Once
var nsDirErr error

// prepareNSDir makes NSDir a mount point with shared propagation, as `ip netns add` does
// before its first namespace. Doing it first matters: if ip did it later, its bind mount of
// the directory onto itself would stack over namespaces already mounted there.
func prepareNSDir() error {
	nsDirOnce.Do(func() {
		if err := os.MkdirAll(NSDir, 0o755); err != nil {
			nsDirErr = err
			return
		}
		err := unix.Mount("", NSDir, "none", unix.MS_SHARED|unix.MS_REC, "")
		if errors.Is(err, unix.EINVAL) { // not a mount point yet
			if err = unix.Mount(NSDir, NSDir, "none", unix.MS_BIND|unix.MS_REC, ""); err == nil {
				err = unix.Mount("", NSDir, "none", unix.MS_SHARED|unix.MS_REC, "")
			}
		}
		if err != nil {
			nsDirErr = fmt.Errorf("prepare %s: %w", NSDir, err)
		}
	})
	return nsDirErr
}

// createNS makes a new network namespace named name and returns an open handle to it. The
// calling goroutine's thread is moved into the new namespace only for the unshare and moved
// back before it is released; if it cannot be moved back it is left locked, so the Go runtime
// retires it instead of reusing a thread in the wrong namespace.
func createNS(name string) (ns netns.NsHandle, err error) {
	if err := prepareNSDir(); err != nil {
		return netns.None(), fmt.Errorf("create namespace %s: %w", name, err)
	}
	path := filepath.Join(NSDir, name)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_RDONLY, 0o444)
	if err != nil {
		return netns.None(), fmt.Errorf("create namespace %s: %w", name, err)
	}
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(path)
		}
	}()

	runtime.LockOSThread()
	orig, err := netns.Get()
	if err != nil {
		runtime.UnlockOSThread()
		return netns.None(), fmt.Errorf("create namespace %s: get current: %w", name, err)
	}
	defer orig.Close()
	if err := unix.Unshare(unix.CLONE_NEWNET); err != nil {
		runtime.UnlockOSThread()
		return netns.None(), fmt.Errorf("create namespace %s: unshare: %w", name, err)
	}
	self := fmt.Sprintf("/proc/self/task/%d/ns/net", unix.Gettid())
	mountErr := unix.Mount(self, path, "none", unix.MS_BIND, "")
	var h netns.NsHandle = netns.None()
	if mountErr == nil {
		h, mountErr = netns.GetFromPath(path)
	}
	if err := netns.Set(orig); err != nil {
		// Leave the thread locked: it dies with this goroutine instead of serving others.
		if mountErr == nil {
			h.Close()
			unix.Unmount(path, unix.MNT_DETACH)
		}
		return netns.None(), fmt.Errorf("create namespace %s: return to original namespace: %w", name, err)
	}
	runtime.UnlockOSThread()
	if mountErr != nil {
		unix.Unmount(path, unix.MNT_DETACH)
		return netns.None(), fmt.Errorf("create namespace %s: bind mount: %w", name, mountErr)
	}
	return h, nil
}

// deleteNS removes a named namespace. A namespace that does not exist is not an error. The
// kernel frees the namespace, and every interface in it, once no process or socket holds it.
func deleteNS(name string) error {
	path := filepath.Join(NSDir, name)
	if err := unix.Unmount(path, unix.MNT_DETACH); err != nil && !errors.Is(err, unix.EINVAL) && !errors.Is(err, unix.ENOENT) {
		return fmt.Errorf("delete namespace %s: unmount: %w", name, err)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete namespace %s: %w", name, err)
	}
	return nil
}

// openNS opens an existing named namespace.
func openNS(name string) (netns.NsHandle, error) {
	h, err := netns.GetFromPath(filepath.Join(NSDir, name))
	if err != nil {
		return netns.None(), fmt.Errorf("open namespace %s: %w", name, err)
	}
	return h, nil
}

// inNS runs fn on a thread that is inside ns, then moves the thread back. Whatever fn forks
// (exec.Cmd.Start) is born inside ns, with no mount-table copy as `ip netns exec` makes.
func inNS(ns netns.NsHandle, fn func() error) error {
	runtime.LockOSThread()
	orig, err := netns.Get()
	if err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("enter namespace: %w", err)
	}
	defer orig.Close()
	if err := netns.Set(ns); err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("enter namespace: %w", err)
	}
	fnErr := fn()
	if err := netns.Set(orig); err != nil {
		return errors.Join(fnErr, fmt.Errorf("leave namespace: %w", err)) // thread stays locked and is retired
	}
	runtime.UnlockOSThread()
	return fnErr
}
