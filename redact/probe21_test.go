package redact

import (
	"testing"
)

// Leak: an asset tag holding its owner's name in capitals ("Asset Tag:
// KWESI BOATENG") kept the surname: only "Kwesi Boateng" was read as a
// name. Two words in capitals ending the line are now a name too;
// placeholders in capitals stay.
func TestProbe21AssetTagCaps(t *testing.T) {
	in := "Chassis Information\n\tManufacturer: Dell Inc.\n\tAsset Tag: KWESI BOATENG\n\tSerial Number: 5CD1234XYZ\n"
	checkAllEncodings(t, "dmi", in, []string{"KWESI", "BOATENG"}, "Boateng's laptop")
	mustKeep(t, "dmi", scrubTwice(t, in), "\tAsset Tag: <user-1>\n")
	in = "\tAsset Tag: kwesi-laptop\n"
	checkAllEncodings(t, "host", in, []string{"kwesi"}, "")
	for _, js := range []string{`{"asset_tag":"Kwesi Boateng","note":"Boateng's laptop"}`, `{"Asset Tag":"KWESI BOATENG","note":"Boateng's laptop"}`,
		`[{"handle":"0x0003","type":3,"description":"Chassis Information","values":{"manufacturer":"Dell Inc.","asset_tag":"Kwesi Boateng"}}]`} {
		mustNotContain(t, "json", scrubJSONString(t, js), "Kwesi", "Boateng")
	}
	keep := "\tAsset Tag: NO ASSET TAG\n\tAsset Tag: NOT SPECIFIED\n\tAsset Tag: DEFAULT STRING\n\tAsset Tag: NONE\n" +
		"\tAsset Tag: No Asset Tag\n\tAsset Tag: To Be Filled By O.E.M.\n\tAsset Tag: Default string\n\tAsset Tag: Not Specified\n" +
		"\tAsset Tag: None\n\tAsset Tag: NOT AVAILABLE\n\tAsset Tag: TO BE FILLED BY O.E.M.\n"
	if out := scrubTwice(t, keep); out != keep {
		t.Errorf("keep: %q", out)
	}
}
