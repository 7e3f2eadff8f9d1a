//go:build !linux

package main

func hostFindings() []finding {
	return []finding{{Area: "platform", Name: "linux checks", Detail: "not on Linux: use --platform freebsd; its preflight checks the lab box"}}
}
