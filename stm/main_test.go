package stm

import (
	"os"
	"strconv"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// scale returns n, reduced under -short and multiplied by $STM_SCALE (an
// integer, default 1) for long runs.
func scale(n int) int {
	if testing.Short() {
		n /= 10
	}
	if s, err := strconv.Atoi(os.Getenv("STM_SCALE")); err == nil && s > 0 {
		n *= s
	}
	if n < 1 {
		n = 1
	}
	return n
}
