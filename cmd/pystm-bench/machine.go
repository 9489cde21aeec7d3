// This file describes the machine results come from, so that every published
// figure says where it was measured.

package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Machine identifies the hardware and system of a benchmark run.
type Machine struct {
	CPU      string `json:"cpu"`
	CPUs     int    `json:"cpus"`
	MemoryGB int    `json:"memoryGB,omitempty"`
	OS       string `json:"os"`
	Arch     string `json:"arch"`
}

// thisMachine reads what the system tells about itself; on systems without
// /proc the CPU model stays unknown.
func thisMachine() Machine {
	m := Machine{CPU: "unknown CPU", CPUs: runtime.NumCPU(), OS: runtime.GOOS, Arch: runtime.GOARCH}
	if v := procField("/proc/cpuinfo", "model name"); v != "" {
		m.CPU = v
	}
	if v := procField("/proc/meminfo", "MemTotal"); v != "" {
		var kb int
		if _, err := fmt.Sscanf(v, "%d", &kb); err == nil {
			m.MemoryGB = (kb + 512*1024) / (1024 * 1024)
		}
	}
	return m
}

// String describes the machine in one line.
func (m Machine) String() string {
	s := fmt.Sprintf("%s, %d CPUs", m.CPU, m.CPUs)
	if m.MemoryGB > 0 {
		s += fmt.Sprintf(", %d GB", m.MemoryGB)
	}
	return s + ", " + m.OS + "/" + m.Arch
}

// procField returns the value of the first "key : value" line of a /proc file.
func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
