module github.com/pystm/pystm/bench/embedcompare

go 1.26.0

require github.com/pystm/pystm v0.0.0

require (
	github.com/puzpuzpuz/xsync/v3 v3.5.1 // indirect
	go.starlark.net v0.0.0-20260908191801-89a6a09411d5
	golang.org/x/sys v0.50.0 // indirect
)

replace github.com/pystm/pystm => ../..
