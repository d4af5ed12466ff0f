package perf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"slices"
	"time"

	"crashd/report"
)

// Ring file layout (all little-endian). A 64-byte header, then capacity
// fixed-size record slots. Record with sequence number seq (from 1) lives
// in slot (seq-1) % capacity; a slot whose seq is 0 or whose CRC does not
// match is empty, so a torn write or a truncated file loses at most the
// affected records, never the file.
//
//	header: 0 magic "CRSHPERF" | 8 version u16 | 10 reserved u16 |
//	        12 record size u32 | 16 core slots u32 | 20 capacity u32 |
//	        24 interval ns i64 | 32 created unix ns i64 | 40..60 reserved |
//	        60 CRC-32C of bytes 0..60
//	record: 0 seq u64 | 8 time unix ns i64 | 16 mem used u64 |
//	        24 mem available u64 | 32 swap used u64 | 40 proc RSS u64 |
//	        48 disk read B/s f64 | 56 disk write B/s f64 | 64 CPU busy % f32 |
//	        68 load1 f32 | 72 proc CPU % f32 | 76 cores u16 | 78 reserved u16 |
//	        80 per-core busy in 0.01 % u16 × core slots | ... |
//	        last 4: CRC-32C of everything before
const (
	ringMagic      = "CRSHPERF"
	ringVersion    = 1
	ringHeaderSize = 64
	recFixed       = 80
	maxCoreSlots   = 4096
	// MaxRingRecords caps the ring whatever retention/interval ask for.
	MaxRingRecords = 1 << 20
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func recordSize(cores int) int {
	n := recFixed + 2*cores + 4
	return (n + 7) &^ 7
}

type ringLayout struct {
	recSize  int
	cores    int
	capacity int
}

type ring struct {
	f        *os.File
	layout   ringLayout
	interval time.Duration
	nextSeq  uint64
	buf      []byte // one record, reused by put
}

// errRingHeader means the file is not a ring file of ours (or its header
// is damaged); openRing then starts the file afresh.
var errRingHeader = errors.New("perf: ring: bad header")

// openRing opens or creates the ring file. A file with another layout
// (different core count or capacity) is rewritten in the new layout,
// keeping its newest records; a damaged header starts a fresh file.
func openRing(path string, want ringLayout, interval time.Duration) (r *ring, recovered string, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, "", fmt.Errorf("perf: ring: %w", err)
	}
	r = &ring{f: f, layout: want, interval: interval, buf: make([]byte, want.recSize)}
	old, herr := readHeader(f)
	switch {
	case herr == nil && old == want:
		max, err := r.scanMaxSeq()
		if err != nil {
			f.Close()
			return nil, "", err
		}
		r.nextSeq = max + 1
		// A file cut short (disk full, crash during creation) regains
		// its full size; the missing slots read as empty.
		if err := r.ensureSize(); err != nil {
			f.Close()
			return nil, "", err
		}
		return r, "", nil
	case herr == nil:
		// Keep history across a change of interval/retention or core count.
		oldRing := &ring{f: f, layout: old}
		samples, err := oldRing.samples(time.Time{}, time.Time{})
		if err != nil {
			f.Close()
			return nil, "", err
		}
		if len(samples) > want.capacity {
			samples = samples[len(samples)-want.capacity:]
		}
		if err := r.reset(); err != nil {
			f.Close()
			return nil, "", err
		}
		for i := range samples {
			if err := r.put(&samples[i]); err != nil {
				f.Close()
				return nil, "", err
			}
		}
		return r, fmt.Sprintf("ring layout changed (cores %d→%d, capacity %d→%d); kept %d samples",
			old.cores, want.cores, old.capacity, want.capacity, len(samples)), nil
	case errors.Is(herr, errRingHeader):
		if err := r.reset(); err != nil {
			f.Close()
			return nil, "", err
		}
		return r, "ring header unreadable; started a new ring file", nil
	default:
		f.Close()
		return nil, "", herr
	}
}

func readHeader(f *os.File) (ringLayout, error) {
	var h [ringHeaderSize]byte
	n, err := f.ReadAt(h[:], 0)
	if err != nil && !(errors.Is(err, io.EOF)) {
		return ringLayout{}, fmt.Errorf("perf: ring: read header: %w", err)
	}
	if n < ringHeaderSize || string(h[:8]) != ringMagic ||
		crc32.Checksum(h[:60], castagnoli) != binary.LittleEndian.Uint32(h[60:]) ||
		binary.LittleEndian.Uint16(h[8:]) != ringVersion {
		return ringLayout{}, errRingHeader
	}
	l := ringLayout{
		recSize:  int(binary.LittleEndian.Uint32(h[12:])),
		cores:    int(binary.LittleEndian.Uint32(h[16:])),
		capacity: int(binary.LittleEndian.Uint32(h[20:])),
	}
	if l.cores < 1 || l.cores > maxCoreSlots || l.recSize != recordSize(l.cores) ||
		l.capacity < 1 || l.capacity > MaxRingRecords {
		return ringLayout{}, errRingHeader
	}
	return l, nil
}

// reset truncates the file and writes a fresh header.
func (r *ring) reset() error {
	if err := r.f.Truncate(0); err != nil {
		return fmt.Errorf("perf: ring: %w", err)
	}
	var h [ringHeaderSize]byte
	copy(h[:], ringMagic)
	binary.LittleEndian.PutUint16(h[8:], ringVersion)
	binary.LittleEndian.PutUint32(h[12:], uint32(r.layout.recSize))
	binary.LittleEndian.PutUint32(h[16:], uint32(r.layout.cores))
	binary.LittleEndian.PutUint32(h[20:], uint32(r.layout.capacity))
	binary.LittleEndian.PutUint64(h[24:], uint64(r.interval))
	binary.LittleEndian.PutUint64(h[32:], uint64(time.Now().UnixNano()))
	binary.LittleEndian.PutUint32(h[60:], crc32.Checksum(h[:60], castagnoli))
	if _, err := r.f.WriteAt(h[:], 0); err != nil {
		return fmt.Errorf("perf: ring: write header: %w", err)
	}
	r.nextSeq = 1
	return r.ensureSize()
}

func (r *ring) size() int64 {
	return ringHeaderSize + int64(r.layout.capacity)*int64(r.layout.recSize)
}

// ensureSize gives the file its full size up front so the ring never
// grows after creation (sparse where the file system allows).
func (r *ring) ensureSize() error {
	st, err := r.f.Stat()
	if err != nil {
		return fmt.Errorf("perf: ring: %w", err)
	}
	if st.Size() != r.size() {
		if err := r.f.Truncate(r.size()); err != nil {
			return fmt.Errorf("perf: ring: %w", err)
		}
	}
	return nil
}

// scan calls fn for every valid record in file order.
func (r *ring) scan(fn func(rec []byte)) error {
	rs := r.layout.recSize
	per := max(1, (256<<10)/rs)
	buf := make([]byte, per*rs)
	for slot := 0; slot < r.layout.capacity; slot += per {
		n := min(per, r.layout.capacity-slot)
		got, err := r.f.ReadAt(buf[:n*rs], ringHeaderSize+int64(slot)*int64(rs))
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("perf: ring: read: %w", err)
		}
		for i := 0; i+rs <= got; i += rs {
			if rec := buf[i : i+rs]; validRecord(rec) {
				fn(rec)
			}
		}
		if got < n*rs {
			break // short file: the rest is empty
		}
	}
	return nil
}

func validRecord(rec []byte) bool {
	n := len(rec)
	return binary.LittleEndian.Uint64(rec) != 0 &&
		crc32.Checksum(rec[:n-4], castagnoli) == binary.LittleEndian.Uint32(rec[n-4:])
}

func (r *ring) scanMaxSeq() (uint64, error) {
	var m uint64
	err := r.scan(func(rec []byte) { m = max(m, binary.LittleEndian.Uint64(rec)) })
	return m, err
}

// put encodes s into the next slot with one positioned write.
func (r *ring) put(s *report.PerfSample) error {
	b := r.buf
	clear(b)
	le := binary.LittleEndian
	seq := r.nextSeq
	le.PutUint64(b[0:], seq)
	le.PutUint64(b[8:], uint64(s.T.UnixNano()))
	le.PutUint64(b[16:], s.MemUsed)
	le.PutUint64(b[24:], s.MemAvailable)
	le.PutUint64(b[32:], s.SwapUsed)
	le.PutUint64(b[40:], s.ProcRSS)
	le.PutUint64(b[48:], math.Float64bits(s.DiskReadBps))
	le.PutUint64(b[56:], math.Float64bits(s.DiskWriteBps))
	le.PutUint32(b[64:], math.Float32bits(float32(s.CPUBusy)))
	le.PutUint32(b[68:], math.Float32bits(float32(s.Load1)))
	le.PutUint32(b[72:], math.Float32bits(float32(s.ProcCPU)))
	cores := min(len(s.CPUPerCore), r.layout.cores)
	le.PutUint16(b[76:], uint16(cores))
	for i, v := range s.CPUPerCore[:cores] {
		le.PutUint16(b[recFixed+2*i:], uint16(math.Round(min(max(v, 0), 100)*100)))
	}
	n := len(b)
	le.PutUint32(b[n-4:], crc32.Checksum(b[:n-4], castagnoli))
	slot := int64((seq - 1) % uint64(r.layout.capacity))
	if _, err := r.f.WriteAt(b, ringHeaderSize+slot*int64(r.layout.recSize)); err != nil {
		return fmt.Errorf("perf: ring: write: %w", err)
	}
	r.nextSeq++
	return nil
}

func decodeRecord(rec []byte, cores int) (seq uint64, s report.PerfSample, ok bool) {
	le := binary.LittleEndian
	seq = le.Uint64(rec)
	s.T = time.Unix(0, int64(le.Uint64(rec[8:]))).UTC()
	s.MemUsed = le.Uint64(rec[16:])
	s.MemAvailable = le.Uint64(rec[24:])
	s.SwapUsed = le.Uint64(rec[32:])
	s.ProcRSS = le.Uint64(rec[40:])
	s.DiskReadBps = math.Float64frombits(le.Uint64(rec[48:]))
	s.DiskWriteBps = math.Float64frombits(le.Uint64(rec[56:]))
	// Stored as float32; samples carry 0.01 resolution (see round2).
	s.CPUBusy = round2(float64(math.Float32frombits(le.Uint32(rec[64:]))))
	s.Load1 = round2(float64(math.Float32frombits(le.Uint32(rec[68:]))))
	s.ProcCPU = round2(float64(math.Float32frombits(le.Uint32(rec[72:]))))
	n := int(le.Uint16(rec[76:]))
	// The CRC guards against damage, not against a foreign writer: values
	// that JSON cannot carry make the record invalid.
	for _, f := range []float64{s.DiskReadBps, s.DiskWriteBps, s.CPUBusy, s.Load1, s.ProcCPU} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, s, false
		}
	}
	if n > cores {
		return 0, s, false
	}
	if n > 0 {
		s.CPUPerCore = make([]float64, n)
		for i := range n {
			s.CPUPerCore[i] = float64(le.Uint16(rec[recFixed+2*i:])) / 100
		}
	}
	return seq, s, true
}

// samples returns the valid records with time in [from, to] (zero bound =
// unbounded) in the order they were recorded.
func (r *ring) samples(from, to time.Time) ([]report.PerfSample, error) {
	type seqSample struct {
		seq uint64
		s   report.PerfSample
	}
	var got []seqSample
	fromNS, toNS := int64(math.MinInt64), int64(math.MaxInt64)
	if !from.IsZero() {
		fromNS = from.UnixNano()
	}
	if !to.IsZero() {
		toNS = to.UnixNano()
	}
	err := r.scan(func(rec []byte) {
		t := int64(binary.LittleEndian.Uint64(rec[8:]))
		if t < fromNS || t > toNS {
			return
		}
		if seq, s, ok := decodeRecord(rec, r.layout.cores); ok {
			got = append(got, seqSample{seq, s})
		}
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(got, func(a, b seqSample) int {
		switch {
		case a.seq < b.seq:
			return -1
		case a.seq > b.seq:
			return 1
		}
		return 0
	})
	out := make([]report.PerfSample, len(got))
	for i := range got {
		out[i] = got[i].s
	}
	return out, nil
}

func (r *ring) close() error { return r.f.Close() }
