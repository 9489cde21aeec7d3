//go:build !linux

package runtime

import (
	"syscall"
	"time"
)

// statTimes returns a stat's access and status-change times: elsewhere
// than Linux pystm reports the modification time for both (stat_result's
// st_atime and st_ctime).
func statTimes(st *syscall.Stat_t) (atime, ctime time.Time) {
	return time.Unix(st.Mtimespec.Sec, st.Mtimespec.Nsec), time.Unix(st.Mtimespec.Sec, st.Mtimespec.Nsec)
}
