package spool

import (
	"encoding/json"
	"fmt"
	"time"
)

// Next returns the pending report that is due first at now (not in
// flight, not rate limited), without taking it.
func (s *Spool) Next(now time.Time) (Record, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.nextLocked(now, 0, nil)
	if r == nil {
		return Record{}, false
	}
	return r.clone(), true
}

// Lease takes the due pending report for upload, like Next, skipping
// reports larger than maxSize (0: any size) and those allow rejects (nil:
// all allowed). A leased report is not offered again until Release or a
// Mark call; leases are not persisted, so after a crash the report is
// simply pending again (the stable event id makes the retry idempotent).
func (s *Spool) Lease(now time.Time, maxSize int64, allow func(Record) bool) (Record, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.nextLocked(now, maxSize, allow)
	if r == nil {
		return Record{}, false
	}
	s.leased[r.EventID] = true
	return r.clone(), true
}

// Release returns a leased report without changing it (upload cancelled).
func (s *Spool) Release(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.leased[id] {
		delete(s.leased, id)
		s.notifyLocked()
	}
}

func (s *Spool) nextLocked(now time.Time, maxSize int64, allow func(Record) bool) *Record {
	var best *Record
	for _, r := range s.recs {
		if r.State != StatePending || !r.HasPayload || s.leased[r.EventID] {
			continue
		}
		if s.dueLocked(r).After(now) || (maxSize > 0 && r.Size > maxSize) {
			continue
		}
		if allow != nil && !allow(r.clone()) {
			continue
		}
		if best == nil || r.NextAttempt.Before(best.NextAttempt) ||
			(r.NextAttempt.Equal(best.NextAttempt) && r.CapturedAt.Before(best.CapturedAt)) {
			best = r
		}
	}
	return best
}

// dueLocked is when r may be sent: its own next attempt time and every
// rate limit on its categories ("" is the limit on all categories).
func (s *Spool) dueLocked(r *Record) time.Time {
	due := r.NextAttempt
	if t := s.rate[""]; t.After(due) {
		due = t
	}
	for _, c := range r.Categories {
		if t := s.rate[c]; t.After(due) {
			due = t
		}
	}
	return due
}

// NextWake returns the earliest time a pending report not in flight,
// within maxSize (0: any) and accepted by allow (nil: all), becomes due;
// false when there is none.
func (s *Spool) NextWake(maxSize int64, allow func(Record) bool) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var t time.Time
	found := false
	for _, r := range s.recs {
		if r.State != StatePending || !r.HasPayload || s.leased[r.EventID] || (maxSize > 0 && r.Size > maxSize) {
			continue
		}
		if allow != nil && !allow(r.clone()) {
			continue
		}
		if d := s.dueLocked(r); !found || d.Before(t) {
			t, found = d, true
		}
	}
	return t, found
}

// update applies f to a record under the lock, persists it and notifies.
func (s *Spool) update(id string, f func(r *Record) (changed bool, err error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.lookupLocked(id)
	if r == nil {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	delete(s.leased, r.EventID)
	old := *r
	changed, err := f(r)
	if err != nil || !changed {
		*r = old
		s.notifyLocked()
		return err
	}
	if err := s.writeMeta(r); err != nil {
		*r = old
		s.notifyLocked()
		return err
	}
	if old.HasPayload && !r.HasPayload {
		s.removePayloadLocked(r)
	}
	s.notifyLocked()
	return nil
}

// MarkSent records the server's acknowledgement and drops the payload. A
// report deleted while its upload was in flight is still marked sent when
// the server took it: history must say what left the machine.
func (s *Spool) MarkSent(id string, at time.Time) error {
	return s.update(id, func(r *Record) (bool, error) {
		if r.State != StatePending && r.State != StateDeleted {
			return false, fmt.Errorf("%w: %s is %s", ErrState, id, r.State)
		}
		reason := ""
		if r.State == StateDeleted {
			reason = "acknowledged by the server before the deletion took effect"
		}
		s.setState(r, StateSent, reason)
		r.SentAt = at.UTC()
		r.Attempts++
		r.HasPayload = false
		r.NextAttempt = time.Time{}
		return true, nil
	})
}

// MarkFailed ends a pending report's uploads for good (the server refused
// it) and keeps the payload so the user may approve a retry.
func (s *Spool) MarkFailed(id, reason string) error {
	return s.update(id, func(r *Record) (bool, error) {
		if r.State == StateDeleted {
			return false, nil // withdrawn meanwhile; nothing to record
		}
		if r.State != StatePending {
			return false, fmt.Errorf("%w: %s is %s", ErrState, id, r.State)
		}
		s.setState(r, StateFailed, reason)
		r.Attempts++
		r.NextAttempt = time.Time{}
		r.Approved = false
		return true, nil
	})
}

// MarkRetry records a failed attempt; no upload happens before next.
func (s *Spool) MarkRetry(id string, next time.Time, reason string) error {
	return s.update(id, func(r *Record) (bool, error) {
		if r.State == StateDeleted {
			return false, nil
		}
		if r.State != StatePending {
			return false, fmt.Errorf("%w: %s is %s", ErrState, id, r.State)
		}
		r.Reason, r.ChangedAt = reason, s.now().UTC()
		r.Attempts++
		r.NextAttempt = next.UTC()
		return true, nil
	})
}

// Approve queues a held (or failed) report for upload: the user's explicit
// approval, the only way such a report leaves the machine.
func (s *Spool) Approve(ticketOrEventID string) (Record, error) {
	var out Record
	err := s.update(ticketOrEventID, func(r *Record) (bool, error) {
		switch {
		case r.State == StatePending:
			r.Approved = true
			out = r.clone()
			return true, nil
		case (r.State == StateHeld || r.State == StateFailed) && r.HasPayload:
		default:
			return false, fmt.Errorf("%w: %s is %s and cannot be sent", ErrState, r.Ticket, r.State)
		}
		s.setState(r, StatePending, "approved by the user")
		r.Approved = true
		r.NextAttempt = time.Time{}
		out = r.clone()
		return true, nil
	})
	return out, err
}

// DropUnsent deletes the payloads of pending reports (those match selects;
// nil: all) and keeps their history rows as deleted with reason. Held
// reports stay: they wait for the user's explicit decision. It returns how
// many reports were deleted.
func (s *Spool) DropUnsent(reason string, match func(Record) bool) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	var firstErr error
	for _, r := range s.recs {
		if r.State != StatePending || (match != nil && !match(r.clone())) {
			continue
		}
		old := *r
		s.setState(r, StateDeleted, reason)
		r.HasPayload = false
		r.NextAttempt = time.Time{}
		if err := s.writeMeta(r); err != nil {
			*r = old
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		s.removePayloadLocked(r)
		n++
	}
	if n > 0 {
		s.notifyLocked()
	}
	return n, firstErr
}

// SetRateLimit delays every report in any of categories (none: all) until
// until, persistently: no request is made before then, even after a
// restart.
func (s *Spool) SetRateLimit(categories []string, until time.Time) error {
	if len(categories) == 0 {
		categories = []string{""}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for k, t := range s.rate {
		if !t.After(now) {
			delete(s.rate, k)
		}
	}
	for _, c := range categories {
		if until.After(s.rate[c]) {
			s.rate[c] = until.UTC()
		}
	}
	b, err := json.Marshal(s.rate)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	if err := s.writeFileAtomic(s.dir, rateFile, b); err != nil {
		return fmt.Errorf("spool: rate limits: %w", err)
	}
	s.notifyLocked()
	return nil
}

// Prune applies the age limits now (count and size limits are applied on
// every Add). The daemon calls it periodically.
func (s *Spool) Prune() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pruneLocked() {
		s.notifyLocked()
	}
}

// pruneLocked deletes payloads over the limits, oldest first, keeping
// their history rows, then trims the history itself.
func (s *Spool) pruneLocked() bool {
	now := s.now()
	changed := false
	var live, hist []*Record
	var bytes int64
	for _, r := range s.recs {
		if r.HasPayload {
			live = append(live, r)
			bytes += r.Size
		} else {
			hist = append(hist, r)
		}
	}
	sortOldest(live)
	drop := func(r *Record, why string) {
		old := *r
		s.setState(r, StateDeleted, why)
		r.HasPayload = false
		r.NextAttempt = time.Time{}
		if err := s.writeMeta(r); err != nil {
			*r = old
			return
		}
		s.removePayloadLocked(r)
		bytes -= old.Size
		changed = true
	}
	count := len(live)
	for _, r := range live {
		if s.leased[r.EventID] {
			continue // being uploaded; the next prune decides
		}
		switch {
		case now.Sub(r.CapturedAt) > s.lim.MaxAge:
			drop(r, fmt.Sprintf("pruned: older than %s", s.lim.MaxAge))
		case bytes > s.lim.MaxBytes:
			drop(r, fmt.Sprintf("pruned: spool over %d bytes", s.lim.MaxBytes))
		case count > s.lim.MaxCount:
			drop(r, fmt.Sprintf("pruned: spool over %d reports", s.lim.MaxCount))
		default:
			continue
		}
		if !r.HasPayload {
			count--
			hist = append(hist, r)
		}
	}
	sortOldest(hist)
	n := len(hist)
	for _, r := range hist {
		if n <= s.lim.MaxHistory && now.Sub(r.ChangedAt) <= s.lim.HistoryAge {
			continue
		}
		if err := removeFile(s.metaPath(r.EventID)); err != nil {
			s.log.Warn("spool: cannot remove history row", "event_id", r.EventID, "err", err)
			continue
		}
		delete(s.recs, r.EventID)
		if s.byTicket[r.Ticket] == r.EventID {
			delete(s.byTicket, r.Ticket)
		}
		if s.bySource[r.SourceHash] == r.EventID {
			delete(s.bySource, r.SourceHash)
		}
		n--
		changed = true
	}
	return changed
}
