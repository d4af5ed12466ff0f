package redact

// itsMe handles "It's me, Obiora" and "It is me, Ngozi Eze" (support
// mail, a chat): "me" at m, a comma, and the writer's name at p. It
// returns where the name ends, or -1 ("It's me, I broke it").
func (sc *scanner) itsMe(m, p int) int {
	b := sc.b
	s := -1
	for _, lead := range [...]string{"it's ", "it’s ", "it is ", "its "} {
		if q := m - len(lead); q >= 0 && matchFold(b, q, lead) >= 0 {
			s = q
			break
		}
	}
	if s < 0 || s > 0 && !proseBoundary(b[s-1]) {
		return -1
	}
	e, n := proseNameEnd(b, p, 3, true)
	if n == 0 || e-p < 2 || !proseNameFollows(b, e, true) && !lowerWordAfter(b, e) {
		return -1
	}
	sc.proseSpan(p, e, true)
	return e
}
