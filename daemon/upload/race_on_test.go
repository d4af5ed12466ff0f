//go:build race

package upload

// Timing budgets do not apply under the race detector (5-10x slower).
const raceEnabled = true
