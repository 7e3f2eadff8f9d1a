package freebsd

import "testing"

func TestParseRouteChangesFixture(t *testing.T) {
	got, err := ParseRouteChanges(fixture(t, "route-add-outputs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "changes", got, []RouteChange{
		{Cmd: "add", Destination: "198.51.100.0", Gateway: "192.0.2.2", Fib: -1},
		{Cmd: "add", Destination: "192.0.2.0", Gateway: "192.0.2.1", Fib: -1},
		{Cmd: "add", Destination: "default", Gateway: "192.0.2.3", Fib: -1},
	})
}

func TestParseRouteChangesForms(t *testing.T) {
	got, err := ParseRouteChanges([]byte("add host 198.51.100.7: gateway 192.0.2.2 fib 1: File exists\n" +
		"delete net 10.0.0.0/24: gateway 192.0.2.1\n" +
		"add net 10.1.0.0 fib 2: Network is unreachable\n"))
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "changes", got, []RouteChange{
		{Cmd: "add", Host: true, Destination: "198.51.100.7", Gateway: "192.0.2.2", Fib: 1, Err: "File exists"},
		{Cmd: "delete", Destination: "10.0.0.0/24", Gateway: "192.0.2.1", Fib: -1},
		{Cmd: "add", Destination: "10.1.0.0", Fib: 2, Err: "Network is unreachable"},
	})
	for _, bad := range []string{
		"route: writing to routing socket: File exists\n",
		"add subnet 10.0.0.0: gateway 1.2.3.4\n",
		"add net : gateway 1.2.3.4\n",
		"add net 10.0.0.0: gateway \n",
		"add net 10.0.0.0: gateway 1.2.3.4 fib x\n",
		"add net 10.0.0.0: gateway 1.2.3.4 mtu 1500\n",
	} {
		if _, err := ParseRouteChanges([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseRouteChanges(f *testing.F) {
	seedFuzz(f, "route-add-outputs.txt")
	f.Add([]byte("add host 198.51.100.7: gateway 192.0.2.2 fib 1: File exists\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, err := ParseRouteChanges(b)
		if err != nil {
			return
		}
		for _, c := range cs {
			if c.Destination == "" {
				t.Fatalf("no destination: %+v", c)
			}
		}
	})
}
