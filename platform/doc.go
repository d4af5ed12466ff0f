// Package platform describes the machine crashd runs on: a system and
// hardware snapshot (report.System), per-OS default paths, and the local
// identifiers the redaction engine must scrub.
//
// It is the only OS-specific package. The parsers of OS sources (sysfs and
// procfs trees, system_profiler JSON, registry values, EDID blocks) live in
// untagged files so they are tested on every OS against recorded samples;
// the _linux, _darwin and _windows files only make the calls.
//
// A snapshot never carries an identifier: no host name, serial, UUID, MAC,
// IP or user name is copied from any source. Identifiers are read only by
// LocalIdentity, for the redactor.
package platform
