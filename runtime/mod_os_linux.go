package runtime

import (
	"syscall"
	"time"
)

// statTimes returns a stat's access and status-change times.
func statTimes(st *syscall.Stat_t) (atime, ctime time.Time) {
	return time.Unix(st.Atim.Sec, st.Atim.Nsec), time.Unix(st.Ctim.Sec, st.Ctim.Nsec)
}
