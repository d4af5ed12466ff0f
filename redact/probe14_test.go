package redact

import "testing"

// Findings of a probe of system tools' output and app logs attached to
// crash reports (PowerShell transcripts, ipconfig, systeminfo,
// Get-ComputerInfo, dxdiag, netsh, event XML, hostnamectl, journalctl,
// dmidecode, loginctl, Chromium and Electron logs).

// Leak: Chromium's id of the signed-in Google account, logged as
// "gaia_id=1082…", stayed beside the e-mail address that went. Other
// words under the key and short numbers stay.
func TestProbe14GaiaID(t *testing.T) {
	in := "[info] (main) account changed -> gaia_id=108234567890123456789, email=priya.raman@gmail.com\n" +
		"{\"gaiaId\": \"108234567890123456789\"}\n"
	checkAllEncodings(t, "gaia", in, []string{"108234567890123456789", "priya.raman"}, "")
	in = "gaia_id=0 gaia=Terra\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Get-ComputerInfo's "WindowsRegisteredOrganization" (systeminfo's
// "Registered Organization") stayed beside the owner that went.
func TestProbe14ComputerInfoOrg(t *testing.T) {
	in := "WindowsRegisteredOrganization : Fabrikam Studios\nWindowsRegisteredOwner        : Kai Nakamura\n"
	checkAllEncodings(t, "org", in, []string{"Fabrikam", "Nakamura"}, "")
	mustKeep(t, "org", scrubTwice(t, in), "WindowsRegisteredOrganization : <org-1>\n")
}

// Leak: a PowerShell transcript's header names the computer ("Machine:
// KAI-STUDIO (Microsoft Windows NT 10.0.19045.0)"), and the transcript's
// file name again: both stayed when the account was a domain's. Other
// "Machine:" lines stay.
func TestProbe14TranscriptMachine(t *testing.T) {
	in := "**********************\nWindows PowerShell transcript start\nStart time: 20261205143012\n" +
		"Username: CONTOSO\\kai.nakamura\nRunAs User: CONTOSO\\kai.nakamura\nConfiguration Name: \n" +
		"Machine: KAI-STUDIO (Microsoft Windows NT 10.0.19045.0)\n" +
		"Transcript started, output file is C:\\Users\\kai.nakamura\\Documents\\PowerShell_transcript.KAI-STUDIO.Xy7pQ2aB.20261205143012.txt\n" +
		"Machine: ravenwood (Unix 6.8.0.49)\n"
	checkAllEncodings(t, "psmachine", in, []string{"KAI-STUDIO", "ravenwood", "kai.nakamura"}, "")
	mustKeep(t, "psmachine", scrubTwice(t, in), "Machine: <host-2> (Microsoft Windows NT 10.0.19045.0)\n", "Machine: <host-3> (Unix ")
	in = "Machine: x86_64\nMachine: BUILD-07\nMachine: (Microsoft Windows NT 10.0)\nMachine: Unix (Unix box)\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: dsregcmd /status's "WorkplaceTenantName" (its "TenantName" of a
// work account) stayed, or lost only the word learned as the domain.
func TestProbe14WorkplaceTenant(t *testing.T) {
	in := "                DomainName : FABRIKAM\n                TenantName : Fabrikam Studios GmbH\n" +
		"       WorkplaceTenantName : Fabrikam Studios GmbH\n"
	checkAllEncodings(t, "tenant", in, []string{"Fabrikam", "Studios"}, "")
	mustKeep(t, "tenant", scrubTwice(t, in), "WorkplaceTenantName : <org-1>\n")
}

// Leak: OneDrive for Business and SharePoint Online URLs named the
// organisation (its tenant, "fabrikam-my.sharepoint.com") and the
// account (its UPN as a folder, /personal/kai_nakamura_fabrikam_com/).
// Other paths there and other public hosts stay.
func TestProbe14OneDriveBusiness(t *testing.T) {
	in := "GET https://fabrikam-my.sharepoint.com/personal/kai_nakamura_fabrikam_com/Documents/x.docx\n" +
		"sync root https://fabrikam.sharepoint.com/sites/Design\n"
	checkAllEncodings(t, "sharepoint", in, []string{"fabrikam", "kai_nakamura"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "sharepoint", out, "/personal/<user-1>/Documents/x.docx\n", "/sites/Design\n")
	// the tenant's word is not learned: Microsoft's is "microsoft"
	out = scrubTwice(t, "https://microsoft.sharepoint.com/teams/x\nC:\\Program Files\\Microsoft Office\\root\n")
	mustKeep(t, "sharepoint", out, "https://<host-1>/teams/x\n", "\\Microsoft Office\\")
	in = "https://sharepoint.com/personal/x https://www.microsoft.com/personal/kai_nakamura/ https://learn.microsoft.com/en-us/sharepoint/\n" +
		"C:\\Program Files\\Microsoft Office\\root\nFabrikam Studios\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}
