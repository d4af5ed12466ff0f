package elfcore

import "encoding/binary"

// Register indices in Thread.Regs.
const (
	// x86_64 user_regs_struct
	amd64R15, amd64R14, amd64R13, amd64R12, amd64RBP, amd64RBX, amd64R11, amd64R10   = 0, 1, 2, 3, 4, 5, 6, 7
	amd64R9, amd64R8, amd64RAX, amd64RCX, amd64RDX, amd64RSI, amd64RDI, amd64OrigRAX = 8, 9, 10, 11, 12, 13, 14, 15
	amd64RIP, amd64CS, amd64EFLAGS, amd64RSP, amd64SS, amd64FSBase, amd64GSBase      = 16, 17, 18, 19, 20, 21, 22
	amd64DS, amd64ES, amd64FS, amd64GS                                               = 23, 24, 25, 26

	// arm64 user_pt_regs: x0..x30, sp, pc, pstate
	arm64FP, arm64LR, arm64SP, arm64PC, arm64PState = 29, 30, 31, 32, 33
)

var amd64RegNames = [...]string{
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx", "rdx",
	"rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base", "gs_base",
	"ds", "es", "fs", "gs",
}

// pcSP returns a thread's program counter, stack pointer and frame pointer.
func (f *File) pcSP(t *Thread) (pc, sp, fp uint64) {
	switch f.arch {
	case ArchAMD64:
		return t.Regs[amd64RIP], t.Regs[amd64RSP], t.Regs[amd64RBP]
	case ArchARM64:
		return t.Regs[arm64PC], t.Regs[arm64SP], t.Regs[arm64FP]
	}
	return 0, 0, 0
}

// stripPAC removes arm64 pointer-authentication bits from a return
// address when the stripped value lands in code.
func (f *File) stripPAC(a uint64) uint64 {
	if f.arch == ArchARM64 && a>>48 != 0 && f.isCode(a&0x0000ffffffffffff) {
		return a & 0x0000ffffffffffff
	}
	return a
}

// maxStackWalk bounds how far above SP a frame chain may go.
const maxStackWalk = 8 << 20

// unwind returns the thread's return addresses, innermost first: the PC,
// then a frame-pointer walk through the core's stack memory; when frame
// pointers give nothing (code built without them), a bounded scan of the
// stack for words that point into executable mappings.
func (f *File) unwind(t *Thread) []uint64 {
	pc, sp, fp := f.pcSP(t)
	pcs := []uint64{pc}
	if f.arch == ArchARM64 {
		if lr := f.stripPAC(t.Regs[arm64LR]); lr != pc && f.isCode(lr) {
			pcs = append(pcs, lr)
		}
	}
	first := len(pcs)
	for len(pcs) < maxFrames {
		if fp < sp || fp-sp > maxStackWalk || fp%8 != 0 {
			break
		}
		next, ok1 := f.readU64(fp)
		ret, ok2 := f.readU64(fp + 8)
		if !ok1 || !ok2 {
			break
		}
		ret = f.stripPAC(ret)
		if !f.isCode(ret) {
			break
		}
		// arm64's first frame record often repeats LR.
		if !(len(pcs) == first && f.arch == ArchARM64 && first == 2 && ret == pcs[1]) {
			pcs = append(pcs, ret)
		}
		if next <= fp {
			break
		}
		fp = next
	}
	if len(pcs) <= first {
		pcs = append(pcs, f.scanStack(sp, maxFrames-len(pcs))...)
	}
	return pcs
}

// scanStack reads up to stackScanSize bytes above sp and returns the words
// that look like return addresses (they point into executable mappings).
func (f *File) scanStack(sp uint64, max int) []uint64 {
	n := f.memAvail(sp)
	if n > stackScanSize {
		n = stackScanSize
	}
	n &^= 7
	if n == 0 || max <= 0 {
		return nil
	}
	buf := make([]byte, n)
	if !f.ReadMemory(sp, buf) {
		return nil
	}
	var out []uint64
	for i := 0; i+8 <= len(buf) && len(out) < max && len(out) < 64; i += 8 {
		v := f.stripPAC(binary.LittleEndian.Uint64(buf[i:]))
		if v != 0 && f.isCode(v) {
			out = append(out, v)
		}
	}
	return out
}
