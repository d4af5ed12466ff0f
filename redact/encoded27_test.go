package redact

import "testing"

// Leak: a URL's "?name=" of two or three capitalised words is a person's
// ("?name=Efua%20Boateng"), but one with a letter outside ASCII,
// percent-encoded as UTF-8, was read as no name: "Jos%C3%A9%20Garc%C3%ADa",
// "%C5%81ukasz%20Wi%C5%9Bniewski" stayed. Such letters count as letters
// now (pctLetter), capital first letters too.
func TestEncodedQueryNameOutsideASCII(t *testing.T) {
	in := "2026-12-01 10:11:12 GET https://api.example.com/v1/profile?name=Jos%C3%A9%20Garc%C3%ADa&country=ES 200\n" +
		"GET /invite?name=%C5%81ukasz%20Wi%C5%9Bniewski\n" +
		"POST /pay?qty=1&name=Zo%C3%AB+Kowalska 302\n" +
		"GET /card?name=%D0%94%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9%20%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2\n"
	checkAllEncodings(t, "queryname", in, []string{"Jos%C3%A9", "Garc%C3%ADa", "%C5%81ukasz", "Wi%C5%9Bniewski", "Kowalska",
		"%D0%94%D0%BC"}, "later José García and Łukasz Wiśniewski and Дмитрий Иванов")
	checkBothPaths(t, in, "Garc%C3%ADa")
	keep := "GET /api/playlist?name=Caf%C3%A9%20Mix&id=3\nGET /x?name=M%C3%BCnchen\nGET /y?name=%C3%9Cbersicht%20Playlist\n" +
		"GET /z?name=Na%C3%AFve%20Set%20Vol%202\nGET /q?name=%C3%97%20Close\n"
	mustKeepTwice(t, keep)
}
