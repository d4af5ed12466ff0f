package minidump

import "fmt"

// Context flags' CPU type bits.
const (
	ctxX86      = 0x00010000
	ctxAMD64    = 0x00100000
	ctxARM      = 0x40000000
	ctxARM64    = 0x00400000
	ctxARM64Old = 0x80000000
	ctxCPUMask  = 0xffffff00
	maxContext  = 4096
)

// Register is one named register value.
type Register struct {
	Name  string
	Value uint64
}

// Context is a decoded CPU context: the registers the unwinder and a
// reader of the report need, in the order the architecture lists them.
type Context struct {
	Arch    string // amd64, 386, arm64, arm
	PtrSize int
	PC, SP  uint64
	FP, LR  uint64 // frame pointer; link register (arm, arm64)
	Regs    []Register
}

// ReadContext decodes the context record at loc. The CPU is taken from
// SystemInfo when present, else from the record's flags and size.
func (f *File) ReadContext(loc Location) (*Context, error) {
	if loc.Size <= 0 || loc.Size > maxContext {
		return nil, formatErr(loc.Off, "context size out of range", loc.Size)
	}
	b, err := f.read(loc.Off, loc.Size)
	if err != nil {
		return nil, err
	}
	switch f.contextArch(b) {
	case "amd64":
		return contextAMD64(b, loc.Off)
	case "386":
		return context386(b, loc.Off)
	case "arm64":
		return contextARM64(b, loc.Off)
	case "arm":
		return contextARM(b, loc.Off)
	}
	return nil, formatErr(loc.Off, "unsupported CPU context", f.contextArch(b))
}

// contextArch tells a context record's CPU: SystemInfo's when present,
// else the record's flags and size.
func (f *File) contextArch(b []byte) string {
	arch := ""
	if f.SystemInfo != nil {
		arch = f.SystemInfo.ArchName()
	}
	if arch != "amd64" && arch != "386" && arch != "arm64" && arch != "arm" && len(b) >= 4 {
		switch fl := le32(b); {
		case fl&ctxCPUMask == ctxAMD64 || len(b) == 1232:
			arch = "amd64"
		case fl&ctxCPUMask == ctxX86 || len(b) == 716:
			arch = "386"
		case fl&ctxCPUMask == ctxARM64 || fl&ctxCPUMask == ctxARM64Old || len(b) == 912:
			arch = "arm64"
		case fl&ctxCPUMask == ctxARM:
			arch = "arm"
		}
	}
	return arch
}

// VectorArea returns the bytes [start, end) of the context record at loc,
// relative to loc.Off, that hold x87/vector register contents and the
// reserved tail of the FXSAVE image, or ok false for a layout it does not
// know. No unwinder reads them, and a thread's string and copy routines
// leave pieces of its data there (a path, a user name): Breakpad and
// Windows write the whole save area, stale bytes included.
func (f *File) VectorArea(loc Location) (start, end int64, ok bool) {
	if loc.Size <= 0 || loc.Size > maxContext {
		return 0, 0, false
	}
	b, err := f.read(loc.Off, min(loc.Size, 8))
	if err != nil {
		return 0, 0, false
	}
	switch f.contextArch(b) {
	case "amd64":
		// FltSave (XMM_SAVE_AREA32) at 0x100: its 32-byte control and
		// status header stays; x87, XMM, reserved bytes and the
		// VectorRegister array follow, up to VectorControl at 0x4a0.
		start, end = 0x120, 0x4a0
	case "386":
		// ExtendedRegisters (an FXSAVE image) at 0xcc, to the end
		start, end = 0xcc+32, 716
	case "arm64":
		// V0..V31: after pc (Windows, Crashpad) or after pc and cpsr and
		// fpsr/fpcr (Breakpad's old layout)
		start = 272
		if len(b) >= 4 && le32(b)&ctxCPUMask == ctxARM64Old {
			start = 284
		}
		end = start + 32*16
	default:
		return 0, 0, false
	}
	end = min(end, loc.Size)
	if start >= end {
		return 0, 0, false
	}
	return start, end, true
}

func contextAMD64(b []byte, off int64) (*Context, error) {
	if len(b) < 256 {
		return nil, formatErr(off, "amd64 context too short", len(b))
	}
	names := []string{"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip"}
	c := &Context{Arch: "amd64", PtrSize: 8}
	for i, n := range names {
		c.Regs = append(c.Regs, Register{n, le64(b[120+8*i:])})
	}
	c.Regs = append(c.Regs, Register{"eflags", uint64(le32(b[68:]))})
	c.PC, c.SP, c.FP = le64(b[248:]), le64(b[152:]), le64(b[160:])
	return c, nil
}

func context386(b []byte, off int64) (*Context, error) {
	if len(b) < 204 {
		return nil, formatErr(off, "x86 context too short", len(b))
	}
	c := &Context{Arch: "386", PtrSize: 4}
	for _, r := range []struct {
		n string
		o int
	}{{"eax", 176}, {"ebx", 164}, {"ecx", 172}, {"edx", 168}, {"esi", 160}, {"edi", 156}, {"ebp", 180}, {"esp", 196}, {"eip", 184}, {"eflags", 192}} {
		c.Regs = append(c.Regs, Register{r.n, uint64(le32(b[r.o:]))})
	}
	c.PC, c.SP, c.FP = uint64(le32(b[184:])), uint64(le32(b[196:])), uint64(le32(b[180:]))
	return c, nil
}

// contextARM64 reads both Breakpad's old layout (64-bit flags) and the
// Windows/Crashpad one; x0..sp and pc sit at the same offsets in both.
func contextARM64(b []byte, off int64) (*Context, error) {
	if len(b) < 276 {
		return nil, formatErr(off, "arm64 context too short", len(b))
	}
	c := &Context{Arch: "arm64", PtrSize: 8}
	for i := 0; i < 29; i++ {
		c.Regs = append(c.Regs, Register{fmt.Sprintf("x%d", i), le64(b[8+8*i:])})
	}
	c.FP, c.LR, c.SP, c.PC = le64(b[240:]), le64(b[248:]), le64(b[256:]), le64(b[264:])
	cpsr := uint64(le32(b[4:]))
	if le32(b)&ctxCPUMask == ctxARM64Old {
		cpsr = uint64(le32(b[272:]))
	}
	c.Regs = append(c.Regs, Register{"fp", c.FP}, Register{"lr", c.LR}, Register{"sp", c.SP}, Register{"pc", c.PC}, Register{"cpsr", cpsr})
	return c, nil
}

func contextARM(b []byte, off int64) (*Context, error) {
	if len(b) < 72 {
		return nil, formatErr(off, "arm context too short", len(b))
	}
	c := &Context{Arch: "arm", PtrSize: 4}
	for i := 0; i < 16; i++ {
		n := fmt.Sprintf("r%d", i)
		switch i {
		case 11:
			n = "fp"
		case 13:
			n = "sp"
		case 14:
			n = "lr"
		case 15:
			n = "pc"
		}
		c.Regs = append(c.Regs, Register{n, uint64(le32(b[4+4*i:]))})
	}
	c.Regs = append(c.Regs, Register{"cpsr", uint64(le32(b[68:]))})
	c.FP, c.SP, c.LR, c.PC = uint64(le32(b[48:])), uint64(le32(b[56:])), uint64(le32(b[60:])), uint64(le32(b[64:]))
	return c, nil
}

// Get returns the named register.
func (c *Context) Get(name string) (uint64, bool) {
	for _, r := range c.Regs {
		if r.Name == name {
			return r.Value, true
		}
	}
	return 0, false
}
