//go:build !linux

package runtime

import "unsafe"

// populate does nothing where the Linux advice is not available: the
// pages fault in as they are first touched.
func populate(p unsafe.Pointer, n uintptr) {}
