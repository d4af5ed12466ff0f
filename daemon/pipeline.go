package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/klauspost/compress/zstd"

	"crashd/collector"
	"crashd/collector/apple"
	"crashd/collector/elfcore"
	"crashd/collector/minidump"
	"crashd/collector/textlog"
	"crashd/config"
	"crashd/perf"
	"crashd/redact"
	mdscrub "crashd/redact/minidump"
	"crashd/report"
)

// Source is one input file, already opened safely.
type Source struct {
	File    *os.File
	Size    int64
	Path    string // local only
	ModTime time.Time
	Format  collector.Format
	Kind    string // the watch kind ("crash" or "perf"), "" when handed in directly
	// Comment is the user's own words about the crash (the local API's
	// comment), scrubbed with the report: see Process.
	Comment string
}

// Processed is a parsed and scrubbed report with its scrubbed artifacts.
// Attachment paths point into the pipeline's WorkDir; the caller removes
// them (Cleanup) once they are spooled or written out.
type Processed struct {
	Report *report.Report
}

// Cleanup removes the scrubbed artifact files.
func (p *Processed) Cleanup() {
	for _, a := range p.Report.Attachments {
		if a.Path != "" {
			os.Remove(a.Path)
		}
	}
}

// Pipeline turns a crash dump or log into a redacted report. It is shared
// by the daemon and the offline commands (preview, redact), so they show
// exactly what the daemon would send.
type Pipeline struct {
	Redact  redact.Config
	System  func(ctx context.Context) *report.System // nil: no snapshot
	WorkDir string
	Log     *slog.Logger
}

// ErrUnsupported is returned for files of no known format.
var ErrUnsupported = errors.New("unsupported file format")

// Process parses src, scrubs the report and writes the scrubbed artifact.
// On error nothing is left in WorkDir.
func (p *Pipeline) Process(ctx context.Context, src Source) (_ *Processed, err error) {
	sess, err := redact.NewSession(p.Redact)
	if err != nil {
		return nil, fmt.Errorf("daemon: %w", err)
	}
	var r *report.Report
	var att report.Attachment
	var extra report.Attachment // a second artifact: an apport report's core, as a minidump
	cleanup := []string{}
	defer func() {
		for _, f := range cleanup {
			os.Remove(f)
		}
		if err != nil && att.Path != "" {
			os.Remove(att.Path)
		}
		if err != nil && extra.Path != "" {
			os.Remove(extra.Path)
		}
	}()
	rd := io.NewSectionReader(src.File, 0, src.Size)
	// The system snapshot first: the names people give their devices
	// ("Thandeka's AirPods Pro", a Bluetooth MIDI controller) are learned
	// before any attachment is scrubbed, so that a log naming the device
	// loses the name too.
	var sys *report.System
	if p.System != nil {
		if s := p.System(ctx); s != nil {
			cp := *s
			sys = &cp
			sess.LearnReport(&report.Report{System: sys})
		}
	}

	// The comment in the same session as the rest: a name it gives ("Thanks,
	// Thandiwe Mokoena") goes from the attachments too, an account the
	// dump teaches ("kai.o here again") from the comment, each with one
	// pseudonym. It is learned from now and scrubbed last, with the report.
	if src.Comment != "" {
		sess.LearnProse(src.Comment)
	}
	switch string(src.Format) {
	case "minidump":
		f, perr := minidump.NewFile(rd, src.Size)
		if perr != nil {
			return nil, perr
		}
		r = f.Report()
		if err := mdscrub.Learn(rd, src.Size, sess); err != nil {
			return nil, err
		}
		sess.LearnReport(r)
		att, err = p.writeArtifact("minidump.dmp", report.AttachmentMinidump, "application/x-dmp", func(w *os.File) error {
			return mdscrub.Scrub(w, rd, src.Size, sess, mdscrub.Policy{KeepStacks: true})
		})
	case "elfcore":
		f, perr := elfcore.NewFile(rd, src.Size)
		if perr != nil {
			return nil, perr
		}
		defer f.Close() // a systemd-coredump (zstd) core is decompressed to a temp file
		r = f.Report()
		// The raw core never leaves: derive a minidump, then scrub that.
		tmp, terr := os.CreateTemp(p.WorkDir, "core2md-*.dmp")
		if terr != nil {
			return nil, fmt.Errorf("daemon: %w", terr)
		}
		cleanup = append(cleanup, tmp.Name())
		defer tmp.Close()
		if err := f.WriteMinidump(tmp); err != nil {
			return nil, err
		}
		st, serr := tmp.Stat()
		if serr != nil {
			return nil, fmt.Errorf("daemon: %w", serr)
		}
		if err := mdscrub.Learn(tmp, st.Size(), sess); err != nil {
			return nil, err
		}
		sess.LearnReport(r)
		att, err = p.writeArtifact("core.dmp", report.AttachmentMinidump, "application/x-dmp", func(w *os.File) error {
			return mdscrub.Scrub(w, tmp, st.Size(), sess, mdscrub.Policy{KeepStacks: true})
		})
	case "apple-ips", "apple-crash":
		r, err = apple.Parse(rd, src.Size)
		if err != nil {
			return nil, err
		}
		name, ctype := "crash.crash", "text/plain"
		var scrub func(io.Writer, io.Reader, jsonScrub) error // nil: plain text
		if src.Format == "apple-ips" {
			name, ctype = "crash.ips", "application/json"
			scrub = func(w io.Writer, in io.Reader, json jsonScrub) error { return json(w, in) }
		}
		att, err = p.textArtifact(sess, r, rd, name, ctype, scrub)
	case "textlog":
		// A big log is read by the parser and the scrubber at once, each
		// through its own reader: the parser finds little to learn that
		// the scrubber, which reads every byte, would not.
		type parsed struct {
			r   *report.Report
			err error
		}
		pc := make(chan parsed, 1)
		go func() {
			r, err := textlog.Parse(io.NewSectionReader(src.File, 0, src.Size), src.Size)
			pc <- parsed{r, err}
		}()
		body := rd
		var core *apportCore
		var head [16]byte
		if n, _ := rd.ReadAt(head[:], 0); textlog.IsApport(head[:n]) {
			// an apport report: its binary fields (the whole core) are
			// left out before anything else reads it for upload
			stripped, serr := p.stripApport(rd)
			if serr != nil {
				<-pc
				return nil, serr
			}
			cleanup = append(cleanup, stripped.Name())
			defer stripped.Close()
			st, serr := stripped.Stat()
			if serr != nil {
				<-pc
				return nil, fmt.Errorf("daemon: %w", serr)
			}
			body = io.NewSectionReader(stripped, 0, st.Size())
			// its core, when it has one, goes as the minidump the
			// elfcore path derives (learned from before the text)
			core = p.apportMinidump(sess, rd)
			if core != nil {
				cleanup = append(cleanup, core.path)
				defer core.file.Close()
			}
		}
		att, err = p.logArtifact(sess, body)
		res := <-pc
		switch {
		case core != nil:
			r = core.report // threads, registers and modules from the core
		case res.err != nil:
			return nil, res.err
		default:
			r = res.r
		}
		sess.LearnReport(r) // for the report's own fields
		if err == nil && core != nil {
			extra, err = p.writeArtifact("core.dmp", report.AttachmentMinidump, "application/x-dmp", func(w *os.File) error {
				return mdscrub.Scrub(w, core.file, core.size, sess, mdscrub.Policy{KeepStacks: true})
			})
		}
	case "perflog":
		sum, perr := perf.Summarize(rd, perf.SummaryOptions{})
		if perr != nil {
			return nil, perr
		}
		r = &report.Report{Kind: report.KindPerformance, Format: "perflog", Platform: "native", PerfSummary: sum}
		if perf.HangEvents(sum) {
			r.Kind = report.KindHang
		}
		if !sum.To.IsZero() {
			r.CrashedAt = sum.To
		}
		att, err = p.textArtifact(sess, r, rd, "perf.jsonl.zst", "application/zstd", func(w io.Writer, in io.Reader, json jsonScrub) error {
			zw, zerr := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
			if zerr != nil {
				return zerr
			}
			if err := json(zw, in); err != nil {
				zw.Close()
				return err
			}
			return zw.Close()
		})
	default:
		return nil, fmt.Errorf("daemon: %s: %w", filepath.Base(src.Path), ErrUnsupported)
	}
	if err != nil {
		return nil, err
	}
	if r.Kind == "" {
		r.Kind = report.KindCrash
	}
	if r.Format == "" {
		r.Format = string(src.Format)
	}
	if r.CrashedAt.IsZero() {
		r.CrashedAt = src.ModTime
	}
	r.SourcePath = src.Path
	r.System = sys
	r.UserComment = src.Comment
	sess.ScrubReport(r)
	r.Attachments = []report.Attachment{att}
	if extra.Path != "" {
		r.Attachments = append(r.Attachments, extra)
	}
	r.Redaction = sess.Summary()
	return &Processed{Report: r}, nil
}

// stripApport writes an apport report without its binary fields into a
// temporary file in WorkDir (see textlog.StripBinary), for the caller to
// remove.
func (p *Pipeline) stripApport(rd *io.SectionReader) (*os.File, error) {
	f, err := os.CreateTemp(p.WorkDir, "apport-*.crash")
	if err != nil {
		return nil, fmt.Errorf("daemon: %w", err)
	}
	n, err := textlog.StripBinary(f, io.NewSectionReader(rd, 0, rd.Size()))
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	if n > 0 {
		p.Log.Info("apport report: binary fields left out (a raw core is never sent)", "fields", n)
	}
	return f, nil
}

// apportCore is the minidump derived from an apport report's core.
type apportCore struct {
	path   string
	file   *os.File
	size   int64
	report *report.Report
}

// apportMinidump derives a minidump from the core an apport report holds,
// in WorkDir, and teaches sess what it names. The core itself is only a
// temporary file, removed here. A report without a core, or whose core
// cannot be read, gives nil: its text is still sent.
func (p *Pipeline) apportMinidump(sess *redact.Session, rd *io.SectionReader) *apportCore {
	raw, err := os.CreateTemp(p.WorkDir, "apport-core-*")
	if err != nil {
		p.Log.Warn("apport core", "err", err)
		return nil
	}
	defer func() {
		raw.Close()
		os.Remove(raw.Name())
	}()
	has, err := textlog.ExtractCore(raw, io.NewSectionReader(rd, 0, rd.Size()), elfcore.DefaultMaxDecompressed)
	if !has {
		return nil
	}
	if err != nil {
		p.Log.Warn("apport core not read; its text is sent without it", "err", err)
		return nil
	}
	st, err := raw.Stat()
	if err != nil {
		p.Log.Warn("apport core", "err", err)
		return nil
	}
	f, err := elfcore.NewFile(raw, st.Size())
	if err != nil {
		p.Log.Warn("apport core not read; its text is sent without it", "err", err)
		return nil
	}
	defer f.Close()
	md, err := os.CreateTemp(p.WorkDir, "apport-core2md-*.dmp")
	if err != nil {
		p.Log.Warn("apport core", "err", err)
		return nil
	}
	c := &apportCore{path: md.Name(), file: md, report: f.Report()}
	fail := func(err error) *apportCore {
		p.Log.Warn("apport core not converted; its text is sent without it", "err", err)
		md.Close()
		os.Remove(md.Name())
		return nil
	}
	if err := f.WriteMinidump(md); err != nil {
		return fail(err)
	}
	mst, err := md.Stat()
	if err != nil {
		return fail(err)
	}
	c.size = mst.Size()
	if err := mdscrub.Learn(md, c.size, sess); err != nil {
		return fail(err)
	}
	return c
}

// jsonScrub is ScrubJSON, or what stands for it in a scrub that may have
// to be done again (scrubJSONOnce).
type jsonScrub func(io.Writer, io.Reader) error

// textArtifact scrubs a text attachment. Plain text (scrub nil) takes one
// pass that learns as it goes, a second only when the text teaches a name
// after its first chunk (redact.Session.ScrubTextRewind). JSON (scrub
// writes through the jsonScrub it is given) is learned from as text,
// then scrubbed (scrubJSONOnce). r, when not nil, is learned from before
// the text.
func (p *Pipeline) textArtifact(sess *redact.Session, r *report.Report, rd *io.SectionReader, name, ctype string, scrub func(io.Writer, io.Reader, jsonScrub) error) (report.Attachment, error) {
	if r != nil {
		sess.LearnReport(r)
	}
	if scrub == nil {
		return p.writeArtifact(name, report.AttachmentGeneric, ctype, func(f *os.File) error {
			passes, err := sess.ScrubTextRewind(f, io.NewSectionReader(rd, 0, rd.Size()))
			p.Log.Debug("scrubbed text", "name", name, "bytes", rd.Size(), "passes", passes)
			return err
		})
	}
	if err := sess.LearnReader(io.NewSectionReader(rd, 0, rd.Size())); err != nil {
		return report.Attachment{}, err
	}
	return p.writeArtifact(name, report.AttachmentGeneric, ctype, func(f *os.File) error {
		return scrubJSONOnce(sess, f, func(json jsonScrub) error {
			return scrub(f, io.NewSectionReader(rd, 0, rd.Size()), json)
		})
	})
}

// scrubJSONOnce runs write, which writes f from its start through the
// jsonScrub it is given, once with redact.Session.TryScrubJSON: where the
// JSON taught the session nothing the text had not (the usual case), that
// output stands. Otherwise f is emptied and write runs again with
// ScrubJSON, the session now knowing what the JSON taught: the bytes of
// learning from the JSON first (LearnJSON), without that pass over it
// where it would teach nothing.
func scrubJSONOnce(sess *redact.Session, f *os.File, write func(jsonScrub) error) error {
	stands := true
	err := write(func(w io.Writer, in io.Reader) error {
		var err error
		stands, err = sess.TryScrubJSON(w, in)
		return err
	})
	if err != nil || stands {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("daemon: %w", err)
	}
	if err := f.Truncate(0); err != nil {
		return fmt.Errorf("daemon: %w", err)
	}
	return write(sess.ScrubJSON)
}

var bomUTF8 = []byte{0xef, 0xbb, 0xbf}

// xmlArtifact scrubs an XML log (a Windows event export, a WER report, an
// Apple property list) with ScrubXML, learned from first, so that it stays
// well-formed for the tools that read it: a pseudonym written bare
// (<user-1>) would read as a tag.
func (p *Pipeline) xmlArtifact(sess *redact.Session, rd *io.SectionReader) (report.Attachment, error) {
	if err := sess.LearnXML(io.NewSectionReader(rd, 0, rd.Size())); err != nil {
		return report.Attachment{}, err
	}
	return p.writeArtifact("crash.xml", report.AttachmentGeneric, "application/xml", func(f *os.File) error {
		return sess.ScrubXML(f, io.NewSectionReader(rd, 0, rd.Size()))
	})
}

// logArtifact scrubs a text log. A log whose content is JSON (one
// document, or JSON Lines; jsonlog.go decides, and any UTF-8 mark is kept
// but not shown to the JSON scrubber) is learned from, then scrubbed by
// ScrubJSON, so keys count and JSON stays JSON: it is sent as
// application/json or application/x-ndjson when it is JSON throughout.
// An XML document goes to xmlArtifact. Other logs take the plain-text path (textArtifact).
func (p *Pipeline) logArtifact(sess *redact.Session, rd *io.SectionReader) (report.Attachment, error) {
	head := make([]byte, min(rd.Size(), jsonLogHead))
	n, err := rd.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return report.Attachment{}, fmt.Errorf("daemon: %w", err)
	}
	head = head[:n]
	if redact.IsXML(head) {
		return p.xmlArtifact(sess, rd)
	}
	var skip int64
	if bytes.HasPrefix(head, bomUTF8) {
		skip = int64(len(bomUTF8))
	}
	body := io.NewSectionReader(rd, skip, rd.Size()-skip)
	var hc jsonCheck
	hc.Write(head[skip:])
	switch {
	case !hc.bad && hc.first != 0:
		// JSON as far as the head goes: learn from the whole log while
		// checking the rest
		c := &jsonCheck{}
		if err := sess.LearnReader(io.TeeReader(io.NewSectionReader(body, 0, body.Size()), c)); err != nil {
			return report.Attachment{}, err
		}
		c.finish()
		if !c.json() {
			// a later line ScrubJSON would not read whole as text: plain
			// text it is (learned from already, so one pass)
			p.Log.Debug("log starts as JSON but is not; scrubbed as text", "offset", skip+c.badAt)
			break
		}
		name, ctype := c.contentType()
		out := &jsonCheck{}
		att, err := p.writeArtifact(name, report.AttachmentGeneric, ctype, func(f *os.File) error {
			return scrubJSONOnce(sess, f, func(json jsonScrub) error {
				*out = jsonCheck{}
				if skip > 0 {
					if _, err := f.Write(bomUTF8); err != nil {
						return fmt.Errorf("daemon: %w", err)
					}
				}
				return json(io.MultiWriter(f, out), io.NewSectionReader(body, 0, body.Size()))
			})
		})
		if err != nil {
			return att, err
		}
		out.finish()
		if c.pure() && (!out.pure() || out.values != c.values) {
			// never expected: say what the bytes are rather than claim JSON
			p.Log.Warn("scrubbed JSON log is no longer JSON; sent as text", "offset", out.badAt)
			att.Name, att.ContentType = "crash.log", "text/plain"
		}
		return att, nil
	}
	return p.textArtifact(sess, nil, rd, "crash.log", "text/plain", nil)
}

// writeArtifact writes one scrubbed artifact into WorkDir.
func (p *Pipeline) writeArtifact(name, typ, ctype string, write func(*os.File) error) (report.Attachment, error) {
	f, err := os.CreateTemp(p.WorkDir, "artifact-*-"+strings.ReplaceAll(name, "/", "_"))
	if err != nil {
		return report.Attachment{}, fmt.Errorf("daemon: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(f.Name())
		return report.Attachment{}, err
	}
	st, err := f.Stat()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return report.Attachment{}, fmt.Errorf("daemon: %w", err)
	}
	return report.Attachment{Name: name, Type: typ, ContentType: ctype, Size: st.Size(), Path: f.Name()}, nil
}

// NewPipeline builds the pipeline from config: extra patterns and the
// allow-list from the file, plus this machine's own identifiers.
func NewPipeline(cfg *config.Config, ident redact.Identity, system func(context.Context) *report.System, workDir string, log *slog.Logger) *Pipeline {
	rc := redact.Config{Allow: cfg.Redact.Allow, Identity: ident}
	for _, p := range cfg.Redact.Patterns {
		rc.Patterns = append(rc.Patterns, redact.Pattern{Name: p.Name, Regex: p.Regex})
	}
	return &Pipeline{Redact: rc, System: system, WorkDir: workDir, Log: log}
}

// OpenSource opens path safely (no symlinks, no FIFOs or devices, identity
// checked) and sniffs its format.
func OpenSource(path string) (Source, error) {
	f, fi, err := collector.Open(path)
	if err != nil {
		return Source{}, err
	}
	head := make([]byte, 4096)
	n, _ := f.ReadAt(head, 0)
	src := Source{File: f, Size: fi.Size(), Path: path, ModTime: fi.ModTime(), Format: collector.Sniff(head[:n], filepath.Base(path))}
	if src.Format == "" {
		f.Close()
		return Source{}, fmt.Errorf("daemon: %s: %w", path, ErrUnsupported)
	}
	return src, nil
}

// AttachedSystem returns the system snapshot exactly as it would be
// attached to a report: taken now and passed through the redactor.
func AttachedSystem(ctx context.Context, p *Pipeline) (*report.System, error) {
	if p.System == nil {
		return nil, errors.New("daemon: no system snapshot source")
	}
	sys := p.System(ctx)
	if sys == nil {
		return nil, errors.New("daemon: system snapshot unavailable")
	}
	sess, err := redact.NewSession(p.Redact)
	if err != nil {
		return nil, fmt.Errorf("daemon: %w", err)
	}
	cp := *sys
	r := &report.Report{System: &cp}
	sess.ScrubReport(r)
	return r.System, nil
}

func (p *Pipeline) session() (*redact.Session, error) { return redact.NewSession(p.Redact) }
