package upload

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryAfter parses a Retry-After header: delay seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if !(s >= 0) { // also NaN
			return 0, false
		}
		return time.Duration(min(s, 86400) * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return min(max(t.Sub(now), 0), 24*time.Hour), true
	}
	return 0, false
}

// rateLimits parses X-Sentry-Rate-Limits:
//
//	retry_after:categories:scope[:reason_code[:namespaces]], ...
//
// categories are ';'-separated; empty means all (key ""). Results are
// deadlines per category, capped at a day so a broken header cannot park
// the queue for good.
func rateLimits(h http.Header, now time.Time) map[string]time.Time {
	v := h.Get("X-Sentry-Rate-Limits")
	if v == "" {
		return nil
	}
	out := map[string]time.Time{}
	for _, group := range strings.Split(v, ",") {
		parts := strings.Split(strings.TrimSpace(group), ":")
		if len(parts) < 2 {
			continue
		}
		secs, err := strconv.ParseFloat(strings.TrimSpace(parts[0]), 64)
		if err != nil || !(secs >= 0) { // also NaN
			continue
		}
		until := now.Add(time.Duration(min(secs, 86400) * float64(time.Second)))
		cats := strings.TrimSpace(parts[1])
		if cats == "" {
			setLater(out, "", until)
			continue
		}
		for _, c := range strings.Split(cats, ";") {
			if c = strings.TrimSpace(c); c != "" {
				setLater(out, c, until)
			}
		}
	}
	return out
}

func setLater(m map[string]time.Time, k string, t time.Time) {
	if t.After(m[k]) {
		m[k] = t
	}
}
