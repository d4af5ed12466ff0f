package receiver

import (
	"fmt"
	"io"

	"crashd/collector/minidump"
	"crashd/report"
)

// parseMinidump derives crash facts from an uploaded dump. The upload is
// hostile input: a parser panic is turned into an error so one bad dump
// costs only its facts, never the server.
func parseMinidump(r io.ReaderAt, size int64) (rep *report.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			rep, err = nil, fmt.Errorf("receiver: minidump parser panic: %v", p)
		}
	}()
	f, err := minidump.NewFile(r, size)
	if err != nil {
		return nil, err
	}
	return f.Report(), nil
}
