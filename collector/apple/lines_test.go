package apple

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"crashd/internal/testfixtures"
)

// sameAsRegexp fails when a matcher decided t and said other than its
// regexp does.
func sameAsRegexp(t *testing.T, line string) (frameDecided, imageDecided bool) {
	t.Helper()
	if m, ok := frameMatch(line); ok {
		if want := reFrame.FindStringSubmatch(line); !slices.Equal(m, want) {
			t.Fatalf("frameMatch(%q) = %q, reFrame gives %q", line, m, want)
		}
		frameDecided = true
	}
	if m, ok := imageMatch(line); ok {
		if want := reImage.FindStringSubmatch(line); !slices.Equal(m, want) {
			t.Fatalf("imageMatch(%q) = %q, reImage gives %q", line, m, want)
		}
		imageDecided = true
	}
	if got, want := baseOffMatch(line), reBaseOff.FindStringSubmatch(line); !slices.Equal(got, want) {
		t.Fatalf("baseOffMatch(%q) = %q, reBaseOff gives %q", line, got, want)
	}
	if got, want := symOffMatch(line), reSymOff.FindStringSubmatch(line); !slices.Equal(got, want) {
		t.Fatalf("symOffMatch(%q) = %q, reSymOff gives %q", line, got, want)
	}
	if got, want := fileLineIndex(line), reFileLine.FindStringSubmatchIndex(line); !slices.Equal(got, want) {
		t.Fatalf("fileLineIndex(%q) = %v, reFileLine gives %v", line, got, want)
	}
	if got, want := imageVersIndex(line), reImageVers.FindStringSubmatchIndex(line); !slices.Equal(got, want) {
		t.Fatalf("imageVersIndex(%q) = %v, reImageVers gives %v", line, got, want)
	}
	return
}

var lineSeeds = []string{
	"0   libsystem_kernel.dylib        0x00007fff2036c92e __pthread_kill + 10",
	"12  Serato DJ Pro                 0x000000010a2b3c4d AudioEngine::render(float*, unsigned int) + 882",
	"3   ???                           0x0000000000000000 0 + 0",
	"4   libdyld.dylib  \t 0x00007fff20204f5d start + 1 (file.c:12)",
	"5 0x1 0x2 x",
	"6    0x1234 x",
	"7  a\t0x1\t",
	"       0x10a2b3000 -        0x10a7fffff +Serato DJ Pro x86_64 (3.0.1) <9F1C2D3E-4B5A-6978-8F9E-0A1B2C3D4E5F> /Applications/Serato DJ Pro.app/Contents/MacOS/Serato DJ Pro",
	"0x7fff20300000 - 0x7fff2032ffff libsystem_kernel.dylib (7195.81.3) <a1b2c3d4e5f60718293a4b5c6d7e8f90> /usr/lib/system/libsystem_kernel.dylib",
	"0x1 - ??? + <0123456789abcdef0123456789abcdef>",
	"0x1 - 0x2 +  <0123456789abcdef0123456789abcdef> /x",
	"0x1 - 0x2 name <0123456789abcdef0123456789abcdef0> /x <0123456789abcdef0123456789abcdef> y",
	"0x1 - 0x2 a b  <0123456789abcdef-0123456789abcdef>",
	"0x1-0x2 n <0123456789ABCDEF0123456789ABCDEF>",
	"0x00007fff2036c92e + 10", "0x1 + 42 (sym + 3)", "0x1 + 42\n(x)", "0x1 + 42 ()", "0x1 + 4a", "0x1 +  4",
	"start + 1", "a + 1 + 2", " + 7", "a\nb + 1", "+ 1", "main + 12 (file.c:34)", "f (a:b:12)", "f  \t(x:1)",
	"f (:1)", "f (a:)", "f (a(b):1)", "f (a)b:1)", "libfoo.dylib x86_64 (3.0.1)", "x ()", "x (a)(b)", "(v)", ")",
}

// Every frame and Binary Images line of the Apple fixtures, and odd
// spellings: where the matchers decide, they say what the regexps say, and
// they decide the fixtures' frames and images.
func TestLineMatchersSameAsRegexps(t *testing.T) {
	for _, l := range lineSeeds {
		sameAsRegexp(t, l)
	}
	files, _ := filepath.Glob(filepath.Join(testfixtures.Dir(t), "apple", "*.crash"))
	frames, images, decided := 0, 0, 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			line := sc.Text()
			fd, id := sameAsRegexp(t, line)
			isFrame, isImage := reFrame.MatchString(line), reImage.MatchString(line)
			if isFrame {
				frames++
			}
			if isImage {
				images++
			}
			if isFrame && fd || isImage && id {
				decided++
			}
		}
		fh.Close()
	}
	if frames+images == 0 || decided < (frames+images)*9/10 {
		t.Errorf("the matchers decided %d of %d frame and image lines", decided, frames+images)
	}
}

func FuzzLineMatchers(f *testing.F) {
	for _, l := range lineSeeds {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, line string) {
		sameAsRegexp(t, line)
	})
}
