module github.com/pystm/pystm/bench/stmcompare

go 1.26.0

require github.com/pystm/pystm v0.0.0

require github.com/anacrolix/stm v0.2.0

require github.com/puzpuzpuz/xsync/v3 v3.5.1 // indirect

replace github.com/pystm/pystm => ../..
