// Command genlog writes a varied, realistic app/crash log for benchmarks:
// stack traces, paths with a user name in several encodings, JSON lines,
// hex dumps, syslog lines. Deterministic for a given seed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
)

func main() {
	size := flag.Int64("size", 64<<20, "bytes to write")
	out := flag.String("out", "app.log", "output file")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlog:", err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(*seed, 2))
	users := []string{"zoe.k", "aroha", "mkowalski", "dj_lucia"}
	funcs := []string{"AudioEngine::process", "std::vector<float>::at", "Deck::loadTrack", "juce::AudioDeviceManager::audioDeviceIOCallback", "Cafe::Add", "main"}
	var n int64
	for n < *size {
		u := users[r.IntN(len(users))]
		var line string
		switch r.IntN(10) {
		case 0:
			line = fmt.Sprintf("  #%d 0x%012x in %s (/home/%s/src/engine/deck.cpp:%d)", r.IntN(40), r.Uint64()>>16, funcs[r.IntN(len(funcs))], u, r.IntN(4000))
		case 1:
			line = fmt.Sprintf(`{"ts":"2026-12-04T10:%02d:%02dZ","level":"info","msg":"loaded track","path":"C:\\Users\\%s\\Music\\set %d.mp3","bpm":%d}`, r.IntN(60), r.IntN(60), u, r.IntN(99), 90+r.IntN(60))
		case 2:
			line = fmt.Sprintf("%08x  %02x %02x %02x %02x %02x %02x %02x %02x  %02x %02x %02x %02x %02x %02x %02x %02x", r.IntN(1<<30), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256))
		case 3:
			line = fmt.Sprintf("Dec  4 10:%02d:%02d studio-rig-%d pulseaudio[%d]: underrun on sink alsa_output.usb-Pioneer_DDJ-400-00.analog-stereo, %d frames", r.IntN(60), r.IntN(60), r.IntN(9), 1000+r.IntN(9000), r.IntN(2048))
		case 4:
			line = fmt.Sprintf("opened file:///Users/%s/Library/Application%%20Support/DJApp/cache/%d.db version 10.%d.%d.%d", u, r.IntN(1e6), r.IntN(20), r.IntN(20000), r.IntN(999))
		case 5:
			line = fmt.Sprintf("user=%s email=%s@example.com session=%016x ip=192.168.%d.%d", u, u, r.Uint64(), r.IntN(255), r.IntN(255))
		case 6:
			line = fmt.Sprintf("Thread %d Crashed:: Dispatch queue: com.apple.main-thread\n%d   libsystem_kernel.dylib        \t0x%016x __pthread_kill + %d", r.IntN(30), r.IntN(30), r.Uint64()>>8, r.IntN(100))
		default:
			line = fmt.Sprintf("[%06d] audio callback took %.3f ms (budget %.3f ms), buffer %d samples @ %d Hz", r.IntN(1e6), r.Float64()*12, 5.333, 256, 48000)
		}
		k, err := w.WriteString(line + "\n")
		if err != nil {
			fmt.Fprintln(os.Stderr, "genlog:", err)
			os.Exit(1)
		}
		n += int64(k)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genlog:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "genlog:", err)
		os.Exit(1)
	}
}
