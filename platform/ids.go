package platform

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// idTable names PCI or USB vendor/device ids from the pci.ids / usb.ids
// tables that many distributions install. The files are a few MB, so they
// are scanned on demand, once per snapshot, for only the ids asked for.
type idTable struct {
	paths []string // candidate files; the first that opens is used
}

// maxIDFileBytes bounds the scan of an ids file (pci.ids is about 1.5 MB).
const maxIDFileBytes = 16 << 20

// idNames holds names found by idTable.lookup: vendor "10de" and device
// "10de:2684" keys.
type idNames map[string]string

// lookup finds the names of the given "vvvv:dddd" pairs (lower-case hex).
// A missing table gives an empty result: ids alone are still useful.
func (t idTable) lookup(pairs []string) idNames {
	out := idNames{}
	if len(pairs) == 0 {
		return out
	}
	want := map[string]map[string]bool{}
	for _, p := range pairs {
		v, d, _ := strings.Cut(p, ":")
		if want[v] == nil {
			want[v] = map[string]bool{}
		}
		want[v][d] = true
	}
	for _, path := range t.paths {
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		scanIDs(io.LimitReader(f, maxIDFileBytes), want, out)
		f.Close()
		break
	}
	return out
}

// scanIDs reads the ids format: "vvvv  Vendor" lines, then "\tdddd  Device"
// lines under them ("\t\t" subsystem lines are skipped). The vendor list
// ends where the class list ("C xx  ...") starts.
func scanIDs(r io.Reader, want map[string]map[string]bool, out idNames) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 4096)
	var vendor string // the current vendor, if wanted
	remaining := 0
	for _, ds := range want {
		remaining += 1 + len(ds)
	}
	for sc.Scan() && remaining > 0 {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "C ") {
			return
		}
		if line[0] != '\t' {
			vendor = ""
			id, name, ok := splitIDLine(line)
			if ok && want[id] != nil {
				vendor = id
				out[id] = name
				remaining--
			}
			continue
		}
		if vendor == "" || strings.HasPrefix(line, "\t\t") {
			continue
		}
		if id, name, ok := splitIDLine(line[1:]); ok && want[vendor][id] {
			out[vendor+":"+id] = name
			remaining--
		}
	}
}

// splitIDLine splits "10de  NVIDIA Corporation".
func splitIDLine(line string) (id, name string, ok bool) {
	if len(line) < 7 || line[4] != ' ' || hexID(line[:4], 4) == "" {
		return "", "", false
	}
	return strings.ToLower(line[:4]), strings.TrimSpace(line[5:]), true
}

// pciVendorFallback names the vendors of nearly every GPU, for machines
// without pci.ids.
var pciVendorFallback = map[string]string{
	"10de": "NVIDIA Corporation",
	"1002": "Advanced Micro Devices, Inc. [AMD/ATI]",
	"1022": "Advanced Micro Devices, Inc. [AMD]",
	"8086": "Intel Corporation",
	"106b": "Apple Inc.",
	"1af4": "Red Hat, Inc.",
	"1234": "QEMU",
	"15ad": "VMware",
	"80ee": "InnoTek Systemberatung GmbH",
	"1414": "Microsoft Corporation",
	"5143": "Qualcomm",
	"1a03": "ASPEED Technology, Inc.",
	"102b": "Matrox Electronics Systems Ltd.",
	"1b36": "Red Hat, Inc.",
}

// gpuModelName prefers the marketing name in brackets that pci.ids gives
// ("AD102 [GeForce RTX 4090]" → "GeForce RTX 4090").
func gpuModelName(s string) string {
	if i := strings.LastIndexByte(s, '['); i >= 0 {
		if j := strings.IndexByte(s[i:], ']'); j > 1 {
			return strings.TrimSpace(s[i+1 : i+j])
		}
	}
	return s
}
