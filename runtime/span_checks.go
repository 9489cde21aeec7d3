//go:build !race

package runtime

// spanChecks turns on the spans' internal consistency checks (span.go);
// off in ordinary builds (see span_checks_race.go).
const spanChecks = false
