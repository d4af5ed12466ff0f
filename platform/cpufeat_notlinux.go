//go:build !linux

package platform

import (
	"runtime"

	xcpu "golang.org/x/sys/cpu"
)

// goCPUFeatures is the running CPU's features as the Go runtime detects
// them, in keepCPUFeatures' vocabulary; used where no /proc/cpuinfo exists.
func goCPUFeatures() []string {
	var f []string
	add := func(ok bool, name string) {
		if ok {
			f = append(f, name)
		}
	}
	switch runtime.GOARCH {
	case "amd64", "386":
		x := xcpu.X86
		add(x.HasSSE42, "sse4_2")
		add(x.HasAVX, "avx")
		add(x.HasAVX2, "avx2")
		add(x.HasFMA, "fma")
		add(x.HasAVX512F, "avx512f")
		add(x.HasAVX512BW, "avx512bw")
		add(x.HasAVX512VL, "avx512vl")
		add(x.HasAVXVNNI, "avx_vnni")
		add(x.HasF16C, "f16c")
		add(x.HasAES, "aes")
	case "arm64":
		a := xcpu.ARM64
		add(a.HasASIMD, "asimd")
		add(a.HasASIMDDP, "asimddp")
		add(a.HasFPHP, "fphp")
		add(a.HasASIMDHP, "asimdhp")
		add(a.HasSVE, "sve")
		add(a.HasSVE2, "sve2")
		add(a.HasI8MM, "i8mm")
		add(a.HasSHA2, "sha2")
		add(a.HasAES, "aes")
	}
	return keepCPUFeatures(f)
}
