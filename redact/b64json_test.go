package redact

import "testing"

// A JSON object in base64 is scanned decoded: an OAuth state, a cookie,
// a client-data header.
func TestBase64JSON(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"GET /sync X-Client-Data: eyJ1c2VyIjoia29maV9tIiwiaG9zdCI6InN0dWRpby1wYyJ9 200", "eyJ1c2VyIjoia29maV9tIiwiaG9zdCI6InN0dWRpby1wYyJ9"},                                                                         // {"user":"kofi_m","host":"studio-pc"}
		{"redirect https://auth.example.com/cb?code=x&state=eyJyZXR1cm5UbyI6Ii9saWJyYXJ5IiwiZW1haWwiOiJhbWEub3d1c3VAZXhhbXBsZS5naCJ9 ok", "eyJyZXR1cm5UbyI6Ii9saWJyYXJ5IiwiZW1haWwiOiJhbWEub3d1c3VAZXhhbXBsZS5naCJ9"}, // URL-safe, unpadded: an email
		{"restore session=eyJwYXRoIjoiQzpcXFVzZXJzXFxOZ296aSBBZGV5ZW1pXFxNdXNpY1xcc2V0LmFscyIsIm4iOjJ9; deck 2", "eyJwYXRoIjoiQzpcXFVzZXJzXFxOZ296aSBBZGV5ZW1pXFxNdXNpY1xcc2V0LmFscyIsIm4iOjJ9"},                      // a home path
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	s := newSession(t, Config{})
	s.Learn([]byte("X-Client-Data: eyJ1c2VyIjoia29maV9tIiwiaG9zdCI6InN0dWRpby1wYyJ9\n"))
	mustNotContain(t, "learned", s.ScrubString("later kofi_m on studio-pc"), "kofi_m", "studio-pc")
	for _, keep := range []string{
		"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", // a JWT header alone
		"build=eyJ2IjoiMS4yLjMiLCJhcmNoIjoieDY0IiwiZGVjayI6Mn0=",
		"eyJustAWordThatIsLong enough",
	} {
		mustKeepTwice(t, keep)
	}
}
