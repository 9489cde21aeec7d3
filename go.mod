module github.com/pystm/pystm

go 1.26.0

require (
	github.com/puzpuzpuz/xsync/v3 v3.5.1 // indirect
	go.uber.org/goleak v1.3.0 // indirect
	golang.org/x/sync v0.25.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
