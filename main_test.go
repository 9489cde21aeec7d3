package pystm_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that no test leaves a goroutine behind: every call's
// thread and cancellation watcher must end with the call.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
