//go:build race

package runtime

// spanChecks turns on the spans' internal consistency checks (span.go) in
// race builds, which the CI's test runs use; they cost a frame-chain walk
// per boundary, so ordinary builds leave them out.
const spanChecks = true
