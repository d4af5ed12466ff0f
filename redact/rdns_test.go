package redact

import "testing"

// TestReverseDNSNames: host names that spell an IPv4 address with dashes
// (an ISP's or a cloud's reverse DNS) are replaced whole: the address is
// the subscriber's and the labels after it often name the town.
func TestReverseDNSNames(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"peer pool-71-105-13-4.nycmny.fios.verizon.net:443 closed", "71-105-13-4"},
		{"from c-73-15-201-9.hsd1.ca.comcast.net", "73-15-201-9"},
		{"host ip-10-0-0-5.ec2.internal up", "10-0-0-5"},
		{"rdns host86-150-12-3.range86-150.btcentralplus.com", "86-150-12-3"},
		{"resolver dynamic-089-012-034-056.89.12.pool.telefonica.de", "089-012-034-056"},
		{"node ec2-54-210-12-8.compute-1.amazonaws.com", "54-210-12-8"},
		{"connected to 192-168-1-5.ip.example.net", "192-168-1-5"},
	} {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret, "nycmny"}, "")
	}
	// dashed numbers that are no address: dates and versions in file
	// names, archives
	out := scrubTwice(t, "wrote crash-2024-03-04-12-30-45.log, open libfoo-1-2-3-4.so.6, pkg x-1-2-3-4.tar.gz, build 10-0-22631-3296.amd64.release")
	mustKeep(t, "no address", out, "crash-2024-03-04-12-30-45.log", "libfoo-1-2-3-4.so.6", "x-1-2-3-4.tar.gz", "10-0-22631-3296.amd64.release")
}
