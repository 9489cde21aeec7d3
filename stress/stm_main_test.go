package stress

import (
	"os"
	"strconv"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// stmNoLeaks fails the test if goroutines it started outlive it. (Each STM
// test checks for itself instead of a TestMain, so the package stays open
// to other stress tests.)
func stmNoLeaks(t *testing.T) {
	t.Cleanup(func() { goleak.VerifyNone(t) })
}

// stmScale multiplies the STM stress tests' work: $STM_STRESS_SCALE
// (default 1; -short divides by 10). Every test also stops at its time
// budget, so a long run stays bounded.
func stmScale(n int) int {
	if testing.Short() {
		n /= 10
	}
	if s, err := strconv.Atoi(os.Getenv("STM_STRESS_SCALE")); err == nil && s > 0 {
		n *= s
	}
	return max(n, 1)
}

// stmBudget is the wall-clock limit of one STM stress test.
const stmBudget = 55 * time.Second

// stmWorkers is more goroutines than this machine has cores.
const stmWorkers = 16
