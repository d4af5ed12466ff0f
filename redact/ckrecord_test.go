package redact

import (
	"bytes"
	"strings"
	"testing"
)

// CloudKit's id of the iCloud account's user record: "_" and 32 hex
// digits, under the user id keys and CloudKit's own (userRecordID).
func TestCloudKitUserRecordID(t *testing.T) {
	const id = "_4c9f1e8b2a7d6c3e5f0a1b2c3d4e5f6a"
	for _, in := range []string{
		"[CloudKit] userRecordID: " + id + "\n",
		"sync: userID=" + id + " container=iCloud.com.pioneerdj.rekordbox\n",
		`{"userRecordName": "` + id + `", "status": "available"}` + "\n",
	} {
		mustNotContain(t, in, scrubTwice(t, in), id[1:])
	}
	s, _ := NewSession(Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(`{"userRecordID":"`+id+`","zone":"_defaultZone"}`)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", out.String(), id[1:])
	for _, keep := range []string{
		"userID=__defaultOwner__\n",
		"zoneID=_defaultZone:__defaultOwner__\n",
		"build_id=_4c9f1e8b\n",
	} {
		mustKeepTwice(t, keep)
	}
}
