module github.com/pystm/pystm

go 1.26.0

require (
	github.com/puzpuzpuz/xsync/v3 v3.5.1
	go.uber.org/goleak v1.3.0
)
