package redact

import (
	"bytes"
	"testing"
)

// A machine account named after a tool (the Cloud SDK image's cloudsdk,
// docker, cargo) is also the first word of that tool's environment
// variables: CLOUDSDK_PYTHON= in a dump's environ block is a variable's
// name, not the account, and stays. The account is still scrubbed
// everywhere else, in values too.
func TestEnvNameKeepsAccountWord(t *testing.T) {
	cfg := Config{Identity: Identity{UserNames: []string{"cloudsdk", "docker"}, HostNames: []string{"studio"}}}
	in := "CLOUDSDK_PYTHON=/usr/bin/python3\x00HOME=/home/cloudsdk\x00PATH=/home/cloudsdk/bin\n" +
		"export GOOGLE_CLOUDSDK_DIR=/opt DOCKER_HOST=unix:///run/docker.sock STUDIO_ROOT=/srv\n" +
		"env [\"CLOUDSDK_AUTH=1\"] echo $CLOUDSDK_CONFIG ${DOCKER_CONFIG} %STUDIO_HOME%\n" +
		"user cloudsdk logged in; CLOUDSDK logged in; USER=CLOUDSDK; on studio\n"
	s := newSession(t, cfg)
	out := s.ScrubString(in)
	mustKeep(t, "env names", out, "CLOUDSDK_PYTHON=/usr/bin/python3\x00HOME=/home/<user-1>\x00", "GOOGLE_CLOUDSDK_DIR=",
		"DOCKER_HOST=", "STUDIO_ROOT=", "[\"CLOUDSDK_AUTH=1\"]", "$CLOUDSDK_CONFIG", "${DOCKER_CONFIG}", "%STUDIO_HOME%",
		"user <user-1> logged in; <user-1> logged in; USER=<user-1>; on <host-1>")
	if again := s.ScrubString(out); again != out {
		t.Errorf("not idempotent:\n once  %q\n twice %q", out, again)
	}
	// the same in binary (a minidump's environ block), same length
	bin := []byte(in)
	newSession(t, cfg).ScrubSameLength(bin)
	mustKeep(t, "env names/binary", string(bin), "CLOUDSDK_PYTHON=/usr/bin/python3\x00", "DOCKER_HOST=", "$CLOUDSDK_CONFIG")
	if bytes.Contains(bin, []byte("/home/cloudsdk")) {
		t.Errorf("env names/binary: account kept in a path: %q", bin)
	}
}
