package receiver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Client talks to a receiver's support API.
type Client struct {
	Server string // base URL, e.g. https://crash.example.com
	Token  string
	HTTP   *http.Client
}

// APIError is a non-2xx answer from the support API.
type APIError struct {
	Status int
	Msg    string
}

func (e *APIError) Error() string {
	if e.Status == http.StatusUnauthorized {
		return "support token refused (401): " + e.Msg
	}
	return fmt.Sprintf("%s (%d)", e.Msg, e.Status)
}

func (c *Client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.Server, "/")+path, nil)
	if err != nil {
		return nil, fmt.Errorf("receiver: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 5 * time.Minute}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("receiver: %w", err)
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		var e apiError
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		if json.Unmarshal(b, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(b))
		}
		return nil, &APIError{resp.StatusCode, e.Error}
	}
	return resp, nil
}

func (c *Client) getJSON(ctx context.Context, path string, v any) error {
	resp, err := c.do(ctx, http.MethodGet, path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 512<<20)).Decode(v); err != nil {
		return fmt.Errorf("receiver: reading answer: %w", err)
	}
	return nil
}

// List returns recent reports, newest first.
func (c *Client) List(ctx context.Context, limit int) ([]ReportSummary, error) {
	var out struct {
		Reports []ReportSummary `json:"reports"`
	}
	err := c.getJSON(ctx, fmt.Sprintf("/api/support/reports?limit=%d", limit), &out)
	return out.Reports, err
}

// Get returns one report by ticket or event id. The key is checked
// locally first so a mistyped ticket never goes over the wire.
func (c *Client) Get(ctx context.Context, key string) (*ReportResponse, error) {
	k, err := LookupKey(key)
	if err != nil {
		return nil, err
	}
	out := &ReportResponse{}
	if err := c.getJSON(ctx, "/api/support/reports/"+url.PathEscape(k), out); err != nil {
		return nil, err
	}
	return out, nil
}

// Attachment opens one attachment's bytes.
func (c *Client) Attachment(ctx context.Context, eventID string, seq int) (io.ReadCloser, error) {
	resp, err := c.do(ctx, http.MethodGet, fmt.Sprintf("/api/support/reports/%s/attachments/%d", url.PathEscape(eventID), seq))
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// Delete erases one report by ticket or event id.
func (c *Client) Delete(ctx context.Context, key string) error {
	k, err := LookupKey(key)
	if err != nil {
		return err
	}
	resp, err := c.do(ctx, http.MethodDelete, "/api/support/reports/"+url.PathEscape(k))
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// IsNotFound reports whether err is the API's 404.
func IsNotFound(err error) bool {
	var e *APIError
	return errors.As(err, &e) && e.Status == http.StatusNotFound
}
