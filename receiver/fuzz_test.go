package receiver

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"crashd/receiver/store"
)

// FuzzIngest drives the whole ingest path (decompression, envelope
// decoding, event conversion, storage) with arbitrary bodies. Whatever
// the input, the answer is a well-formed status and the server keeps its
// memory budget balanced.
func FuzzIngest(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/envelope-*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0))
		f.Add(zstdBytes(f, b), uint8(1))
		var gz bytes.Buffer
		w := gzip.NewWriter(&gz)
		w.Write(b)
		w.Close()
		f.Add(gz.Bytes(), uint8(2))
	}
	f.Add(crashdEnvelope(f, richReport(eventID(1), "9Y0M-P568-PDH"), map[string][]byte{"a.dmp": []byte("MDMP")}), uint8(0))
	f.Add([]byte("MDMP"), uint8(4))

	st, err := store.Open(f.TempDir(), nil)
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	srv, err := NewServer(Options{Store: st, ProjectID: "1", PublicKey: testKey, SupportToken: testToken, RateLimit: -1,
		MaxBody: 1 << 20, MaxDecompressed: 4 << 20})
	if err != nil {
		f.Fatal(err)
	}
	h := srv.Handler()
	encodings := []string{"", "zstd", "gzip", "deflate", ""}
	f.Fuzz(func(t *testing.T, body []byte, enc uint8) {
		path := "/api/1/envelope/"
		ctype := ""
		if enc%5 == 4 {
			path, ctype = "/api/1/minidump/", "multipart/form-data; boundary=xYzZY"
		}
		req := httptest.NewRequest(http.MethodPost, path+"?sentry_key="+testKey, bytes.NewReader(body))
		if e := encodings[enc%5]; e != "" {
			req.Header.Set("Content-Encoding", e)
		}
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		switch w.Code {
		case 200, 400, 413, 415:
		default:
			t.Fatalf("status %d: %s", w.Code, w.Body.String())
		}
		if srv.budget.used != 0 {
			t.Fatalf("budget not released: %d", srv.budget.used)
		}
	})
}
