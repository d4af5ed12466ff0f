package platform

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"time"
	"unsafe"

	"github.com/shirou/gopsutil/v4/cpu"
	"github.com/shirou/gopsutil/v4/disk"
	"github.com/shirou/gopsutil/v4/mem"
	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"

	"crashd/report"
)

// Device setup classes.
var (
	classDisplay = windows.GUID{Data1: 0x4d36e968, Data2: 0xe325, Data3: 0x11ce, Data4: [8]byte{0xbf, 0xc1, 0x08, 0x00, 0x2b, 0xe1, 0x03, 0x18}}
	classMedia   = windows.GUID{Data1: 0x4d36e96c, Data2: 0xe325, Data3: 0x11ce, Data4: [8]byte{0xbf, 0xc1, 0x08, 0x00, 0x2b, 0xe1, 0x03, 0x18}}
	classMonitor = windows.GUID{Data1: 0x4d36e96e, Data2: 0xe325, Data3: 0x11ce, Data4: [8]byte{0xbf, 0xc1, 0x08, 0x00, 0x2b, 0xe1, 0x03, 0x18}}
	// DEVPKEY_Device_BusReportedDeviceDesc: the product string the device reports.
	busReportedDesc = windows.DEVPROPKEY{
		FmtID: windows.DEVPROPGUID{Data1: 0x540b947e, Data2: 0x8b40, Data3: 0x45bc, Data4: [8]byte{0xa8, 0xa2, 0x6a, 0x0b, 0x89, 0x4c, 0xbd, 0xa2}},
		PID:   4,
	}
)

func collect(ctx context.Context, log *slog.Logger) (*report.System, error) {
	s := &report.System{OS: report.OSInfo{Arch: nativeArch()}}
	rec := winRecord{
		CurrentVersion: readValues(log, `SOFTWARE\Microsoft\Windows NT\CurrentVersion`,
			"ProductName", "DisplayVersion", "ReleaseId", "CurrentBuild", "CurrentBuildNumber", "UBR",
			"CurrentMajorVersionNumber", "CurrentMinorVersionNumber", "CurrentVersion", "EditionID"),
		CPU:  readValues(log, `HARDWARE\DESCRIPTION\System\CentralProcessor\0`, "ProcessorNameString", "VendorIdentifier", "~MHz"),
		BIOS: readValues(log, `HARDWARE\DESCRIPTION\System\BIOS`, "SystemManufacturer", "SystemProductName", "SystemVersion"),
	}
	rec.Display = presentDevices(log, &classDisplay, "", true, false)
	rec.Media = presentDevices(log, &classMedia, "", true, false)
	rec.Monitor = presentDevices(log, &classMonitor, "", false, true)
	rec.USB = presentDevices(log, nil, "USB", false, false)
	rec.apply(s)

	s.CPU.Features = goCPUFeatures()
	s.CPU.Threads = runtime.NumCPU()
	if n, err := cpu.CountsWithContext(ctx, true); err == nil && n > 0 {
		s.CPU.Threads = n // all processor groups, not only this process's
	}
	if n, err := cpu.CountsWithContext(ctx, false); err == nil {
		s.CPU.Cores = n
	}
	if v, err := mem.VirtualMemoryWithContext(ctx); err == nil { // GlobalMemoryStatusEx
		s.Memory.TotalBytes, s.Memory.AvailableBytes = v.Total, v.Available
	} else {
		log.Warn("platform: memory", "err", err)
	}
	if sw, err := mem.SwapMemoryWithContext(ctx); err == nil {
		s.Memory.SwapTotalBytes = sw.Total
	}
	drive := os.Getenv("SystemDrive")
	if len(drive) != 2 || drive[1] != ':' {
		drive = "C:"
	}
	if u, err := disk.UsageWithContext(ctx, drive+`\`); err == nil {
		s.Disks = []report.Disk{{Mount: drive, SizeBytes: u.Total, FreeBytes: u.Free}}
	}
	s.UptimeSec = uint64(windows.DurationSinceBoot() / time.Second)
	if langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME); err == nil && len(langs) > 0 {
		s.Locale = normLocale(langs[0])
	}
	s.Power = powerStatus()
	if s.Memory.TotalBytes == 0 && s.OS.Version == "" {
		return nil, errors.New("no memory or version information")
	}
	return s, nil
}

// nativeArch is the machine's architecture, also when this binary runs
// emulated (x64 on Windows on Arm).
func nativeArch() string {
	var process, native uint16
	if err := windows.IsWow64Process2(windows.CurrentProcess(), &process, &native); err == nil {
		switch native {
		case 0xaa64:
			return "arm64"
		case 0x8664:
			return "amd64"
		case 0x14c:
			return "386"
		}
	}
	return runtime.GOARCH
}

// readValues reads the named values of an HKLM key (only those: keys such
// as CurrentVersion also hold the product key and the owner's name).
func readValues(log *slog.Logger, path string, names ...string) winValues {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, path, registry.QUERY_VALUE)
	if err != nil {
		log.Debug("platform: registry", "key", path, "err", err)
		return winValues{}
	}
	defer k.Close()
	return regValues(k, names)
}

func regValues(k registry.Key, names []string) winValues {
	out := winValues{}
	for _, n := range names {
		_, typ, err := k.GetValue(n, nil)
		if err != nil {
			continue
		}
		switch typ {
		case registry.SZ, registry.EXPAND_SZ:
			if s, _, err := k.GetStringValue(n); err == nil {
				out[n] = s
			}
		case registry.DWORD, registry.QWORD:
			if v, _, err := k.GetIntegerValue(n); err == nil {
				out[n] = v
			}
		case registry.MULTI_SZ:
			if v, _, err := k.GetStringsValue(n); err == nil {
				out[n] = v
			}
		case registry.BINARY:
			if v, _, err := k.GetBinaryValue(n); err == nil {
				out[n] = v
			}
		}
	}
	return out
}

// driverValues are the values read from a device's driver key.
var driverValues = []string{"DriverDesc", "DriverVersion", "ProviderName", "HardwareInformation.qwMemorySize", "HardwareInformation.MemorySize"}

// presentDevices lists connected devices of a setup class (or of an
// enumerator, all classes) through SetupAPI; the registry's Enum and
// class keys also keep devices unplugged long ago.
func presentDevices(log *slog.Logger, class *windows.GUID, enumerator string, withDriver, withEDID bool) []winDevice {
	flags := windows.DIGCF_PRESENT
	if class == nil {
		flags |= windows.DIGCF_ALLCLASSES
	}
	set, err := windows.SetupDiGetClassDevsEx(class, enumerator, 0, flags, 0, "")
	if err != nil {
		log.Debug("platform: setupapi", "enumerator", enumerator, "err", err)
		return nil
	}
	defer set.Close()
	var out []winDevice
	for i := 0; i < 1024; i++ {
		data, err := set.EnumDeviceInfo(i)
		if err != nil {
			break // ERROR_NO_MORE_ITEMS
		}
		d := winDevice{
			HardwareIDs:   propStrings(set, data, windows.SPDRP_HARDWAREID),
			CompatibleIDs: propStrings(set, data, windows.SPDRP_COMPATIBLEIDS),
			DeviceDesc:    propString(set, data, windows.SPDRP_DEVICEDESC),
			FriendlyName:  propString(set, data, windows.SPDRP_FRIENDLYNAME),
			Mfg:           propString(set, data, windows.SPDRP_MFG),
			Service:       propString(set, data, windows.SPDRP_SERVICE),
		}
		if v, err := windows.SetupDiGetDeviceProperty(set, data, &busReportedDesc); err == nil {
			d.BusDesc, _ = v.(string)
		}
		if withDriver || withEDID {
			keyType, names := windows.DIREG_DRV, driverValues
			if withEDID {
				keyType, names = windows.DIREG_DEV, []string{"EDID"}
			}
			if h, err := set.OpenDevRegKey(data, windows.DICS_FLAG_GLOBAL, 0, keyType, windows.KEY_READ); err == nil {
				vals := regValues(registry.Key(h), names)
				registry.Key(h).Close()
				if withEDID {
					d.EDID, _ = vals["EDID"].([]byte)
				} else {
					d.Driver = vals
				}
			}
		}
		out = append(out, d)
	}
	return out
}

func propString(set windows.DevInfo, data *windows.DevInfoData, p windows.SPDRP) string {
	v, err := set.DeviceRegistryProperty(data, p)
	if err != nil {
		return ""
	}
	switch x := v.(type) {
	case string:
		return x
	case []string:
		if len(x) > 0 {
			return x[0]
		}
	}
	return ""
}

func propStrings(set windows.DevInfo, data *windows.DevInfoData, p windows.SPDRP) []string {
	v, err := set.DeviceRegistryProperty(data, p)
	if err != nil {
		return nil
	}
	switch x := v.(type) {
	case []string:
		return x
	case string:
		return []string{x}
	}
	return nil
}

var procGetSystemPowerStatus = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetSystemPowerStatus")

func powerStatus() *report.Power {
	// SYSTEM_POWER_STATUS
	var st struct {
		ACLineStatus, BatteryFlag, BatteryLifePercent, SystemStatusFlag byte
		BatteryLifeTime, BatteryFullLifeTime                            uint32
	}
	if r, _, _ := procGetSystemPowerStatus.Call(uintptr(unsafe.Pointer(&st))); r == 0 {
		return nil
	}
	return winPower(st.ACLineStatus, st.BatteryFlag, st.BatteryLifePercent)
}

// deviceEvents on Windows would need a window or service control handler
// for WM_DEVICECHANGE; the cache refreshes on its timer instead.
func deviceEvents(context.Context, *slog.Logger) (<-chan struct{}, error) {
	return nil, errors.New("platform: no device events on windows")
}

func osIdentity(id *identity) {
	log := slog.New(slog.DiscardHandler)
	for _, v := range []struct{ key, name string }{
		{`SOFTWARE\Microsoft\Cryptography`, "MachineGuid"},
		{`SOFTWARE\Microsoft\Windows NT\CurrentVersion`, "ProductId"},
		{`SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate`, "SusClientId"},
		{`SOFTWARE\Microsoft\SQMClient`, "MachineId"},
	} {
		id.addSecret(readValues(log, v.key, v.name).str(v.name))
	}
	cn := readValues(log, `SYSTEM\CurrentControlSet\Control\ComputerName\ComputerName`, "ComputerName")
	id.addHost(cn.str("ComputerName"))
	tcp := readValues(log, `SYSTEM\CurrentControlSet\Services\Tcpip\Parameters`, "Hostname", "Domain")
	id.addHost(tcp.str("Hostname"))
	if owner := readValues(log, `SOFTWARE\Microsoft\Windows NT\CurrentVersion`, "RegisteredOwner").str("RegisteredOwner"); owner != "" && !strings.Contains(owner, "@") {
		id.addUser(owner)
	}
	// USB instance ids end in the device's serial number.
	if set, err := windows.SetupDiGetClassDevsEx(nil, "USB", 0, windows.DIGCF_PRESENT|windows.DIGCF_ALLCLASSES, 0, ""); err == nil {
		for i := 0; i < 1024; i++ {
			data, err := set.EnumDeviceInfo(i)
			if err != nil {
				break
			}
			if inst, err := set.DeviceInstanceID(data); err == nil {
				id.addSecret(winInstanceSerial(inst))
			}
		}
		set.Close()
	}
	drive := os.Getenv("SystemDrive")
	if drive == "" {
		drive = "C:"
	}
	if ents, err := os.ReadDir(drive + `\Users`); err == nil {
		for _, e := range ents {
			switch n := e.Name(); {
			case !e.IsDir(), n == "Public", n == "Default", n == "Default User", n == "All Users", strings.HasPrefix(n, "defaultuser"):
			default:
				id.addUser(n)
			}
		}
	}
}
