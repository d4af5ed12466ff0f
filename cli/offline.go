package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"crashd/collector/textlog"
	"crashd/daemon"
	"crashd/daemon/upload"
	"crashd/platform"
	"crashd/report"
)

// offlinePipeline builds the same pipeline the daemon uses, writing
// artifacts into workDir.
func offlinePipeline(e *env, cfgPath, workDir string) (*daemon.Pipeline, error) {
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	log := logger(e.stderr, slogLevelWarn)
	sys := func(ctx context.Context) *report.System {
		s, err := platform.Snapshot(ctx, log)
		if err != nil {
			log.Warn("system snapshot", "err", err)
			return nil
		}
		return s
	}
	return daemon.NewPipeline(cfg, platform.LocalIdentity(), sys, workDir, log), nil
}

// tempPipeline is offlinePipeline writing into a temporary directory that
// done removes.
func tempPipeline(e *env, cfgPath string) (p *daemon.Pipeline, done func(), err error) {
	work, err := os.MkdirTemp("", "crashd-offline-")
	if err != nil {
		return nil, nil, err
	}
	done = func() { os.RemoveAll(work) }
	if p, err = offlinePipeline(e, cfgPath, work); err != nil {
		done()
		return nil, nil, err
	}
	return p, done, nil
}

func cmdRedact(e *env, args []string) int {
	fs, cfgPath := flags(e, "redact")
	pos, code, ok := parseN(e, fs, args, 2)
	if !ok {
		return code
	}
	in, out := pos[0], pos[1]
	if abs(in) == abs(out) {
		fmt.Fprintln(e.stderr, "crashd redact: OUT must differ from IN (the original is never modified)")
		return exitUsage
	}
	toStdout := out == "-"
	if !toStdout {
		// OUT is replaced by a rename: a symlink, device or FIFO there
		// (/dev/stdout, a named pipe) would be swapped for a regular file
		if fi, err := os.Lstat(out); err == nil && !fi.Mode().IsRegular() {
			fmt.Fprintf(e.stderr, "crashd redact: OUT %s is not a regular file (%s); name a file, or - for standard output\n", out, kindOf(fi.Mode()))
			return exitUsage
		}
	}
	var p *daemon.Pipeline
	var err error
	if toStdout {
		var done func()
		if p, done, err = tempPipeline(e, *cfgPath); err != nil {
			return fail(e, err)
		}
		defer done()
	} else if p, err = offlinePipeline(e, *cfgPath, filepath.Dir(abs(out))); err != nil {
		return fail(e, err)
	}
	src, err := daemon.OpenSource(in)
	if err != nil {
		return fail(e, err)
	}
	defer src.File.Close()
	res, err := p.Process(context.Background(), src)
	if err != nil {
		return fail(e, processError(in, err))
	}
	defer res.Cleanup()
	if toStdout {
		att := res.Report.Attachments[0]
		// the whole artifact exists before a byte is written: a failure
		// above leaves stdout empty
		if err := copyFile(e.stdout, att.Path); err != nil {
			return fail(e, err)
		}
		for _, a := range res.Report.Attachments[1:] {
			fmt.Fprintf(e.stderr, "also sent: %s (%d bytes, %s); name an OUT file to get it as OUT.%s\n", a.Name, a.Size, a.Type, a.Name)
		}
		printSummary(e.stderr, res.Report.Redaction)
		return exitOK
	}
	// A second artifact (an apport report's core, as a minidump) goes
	// beside OUT as OUT.NAME; all are in place, or none.
	atts := res.Report.Attachments
	dsts := []string{out}
	for _, a := range atts[1:] {
		d := out + "." + a.Name
		if fi, err := os.Lstat(d); err == nil && !fi.Mode().IsRegular() {
			return fail(e, fmt.Errorf("%s is not a regular file (%s)", d, kindOf(fi.Mode())))
		}
		dsts = append(dsts, d)
	}
	for k := len(atts) - 1; k >= 0; k-- { // OUT last
		if err := os.Chmod(atts[k].Path, 0o644); err != nil {
			return fail(e, err)
		}
		if err := os.Rename(atts[k].Path, dsts[k]); err != nil {
			for _, d := range dsts[k+1:] {
				os.Remove(d)
			}
			return fail(e, err)
		}
	}
	for k, a := range atts {
		res.Report.Attachments[k].Path = ""
		fmt.Fprintf(e.stdout, "wrote %s (%d bytes, %s, %s)\n", dsts[k], a.Size, res.Report.Format, a.Type)
	}
	printSummary(e.stdout, res.Report.Redaction)
	return exitOK
}

// processError says why IN gave no report. A text file without a crash
// in it is no fault of the file's: the user is told what that means
// rather than which parser gave up where.
func processError(in string, err error) error {
	if errors.Is(err, textlog.ErrNotCrashLog) {
		return fmt.Errorf("%s: %v; nothing would be uploaded", in, textlog.ErrNotCrashLog)
	}
	return fmt.Errorf("%s: %w", in, err)
}

// kindOf names a file mode that is not a regular file's.
func kindOf(m os.FileMode) string {
	switch {
	case m&os.ModeSymlink != 0:
		return "a symlink"
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

func copyFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func printSummary(w io.Writer, sum map[string]int) {
	if len(sum) == 0 {
		fmt.Fprintln(w, "removed: nothing identifying found")
		return
	}
	parts := []string{}
	for _, k := range sortedKeys(sum) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, sum[k]))
	}
	fmt.Fprintln(w, "removed:", strings.Join(parts, " "))
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// Preview is what `crashd preview --json` prints.
type Preview struct {
	Event       json.RawMessage     `json:"event"`
	Attachments []report.Attachment `json:"attachments"`
	Redaction   map[string]int      `json:"redaction"`
}

func cmdPreview(e *env, args []string) int {
	fs, cfgPath := flags(e, "preview")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseN(e, fs, args, 1)
	if !ok {
		return code
	}
	p, done, err := tempPipeline(e, *cfgPath)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	src, err := daemon.OpenSource(pos[0])
	if err != nil {
		return fail(e, err)
	}
	defer src.File.Close()
	res, err := p.Process(context.Background(), src)
	if err != nil {
		return fail(e, processError(pos[0], err))
	}
	r := res.Report
	// Ticket and event id are made at capture; a preview shows placeholders
	// of the right shape so the event is complete.
	r.EventID = "00000000000000000000000000000000"
	r.Ticket = "0000-0000-000"
	r.CapturedAt = time.Now().UTC()
	ev, err := upload.EventJSON(r) // exactly the bytes that go on the wire
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return printJSON(e.stdout, Preview{Event: ev, Attachments: r.Attachments, Redaction: r.Redaction})
	}
	printReport(e.stdout, r)
	fmt.Fprintln(e.stdout, "\nAttachments that would be sent:")
	for _, a := range r.Attachments {
		fmt.Fprintf(e.stdout, "  %-16s %-18s %d bytes\n", a.Name, a.Type, a.Size)
	}
	printSummary(e.stdout, r.Redaction)
	return exitOK
}

func cmdSysinfo(e *env, args []string) int {
	fs, cfgPath := flags(e, "sysinfo")
	asJSON := fs.Bool("json", false, "print JSON")
	_, code, ok := parseN(e, fs, args, 0)
	if !ok {
		return code
	}
	p, done, err := tempPipeline(e, *cfgPath)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	sys, err := daemon.AttachedSystem(context.Background(), p)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return printJSON(e.stdout, sys)
	}
	printSystem(e.stdout, sys)
	return exitOK
}

func printReport(w io.Writer, r *report.Report) { r.WriteText(w) }

func printSystem(w io.Writer, s *report.System) { s.WriteText(w) }
