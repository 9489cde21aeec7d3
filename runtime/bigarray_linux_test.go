package runtime

import (
	"testing"
	"unsafe"
)

// TestZeroWords: populate's fallback writes exactly the n bytes it is
// given, through several pieces: the words on either side keep their
// contents. (The words inside are set first so that a fallback that
// wrote nothing fails too.)
func TestZeroWords(t *testing.T) {
	const n = 3*copyChunkBytes/8 + 5 // words, over several pieces
	buf := make([]uint64, n+2)
	for i := range buf {
		buf[i] = uint64(i) + 1
	}
	zeroWords(unsafe.Pointer(&buf[1]), n*8)
	if buf[0] != 1 || buf[n+1] != uint64(n+2) {
		t.Fatalf("neighbours %d, %d changed", buf[0], buf[n+1])
	}
	for i := 1; i <= n; i++ {
		if buf[i] != 0 {
			t.Fatalf("word %d left %d", i, buf[i])
		}
	}
}
