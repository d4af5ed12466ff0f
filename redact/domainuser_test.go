package redact

import "testing"

// TestDomainAccounts: DOMAIN\account after "for", "as", "by"; Azure AD's
// AzureAD\Name anywhere; Event Viewer's "Account Domain" (a local
// account's is the machine).
func TestDomainAccounts(t *testing.T) {
	for _, c := range []struct {
		name, in string
		secrets  []string
	}{
		{"azure line start", "AzureAD\\KaiOkonkwo and more\n", []string{"KaiOkonkwo"}},
		{"azure after owner", "owner is AzureAD\\KaiOkonkwo\n", []string{"KaiOkonkwo"}},
		{"for", "access denied for CONTOSO\\kmbonsu on share\n", []string{"kmbonsu", "CONTOSO"}},
		{"as", "task ran as KAI-STUDIO\\kai\n", []string{"KAI-STUDIO", "\\kai"}},
		{"account domain", "Account Name:\t\tkmbonsu\n\tAccount Domain:\t\tKAI-STUDIO\n", []string{"kmbonsu", "KAI-STUDIO"}},
	} {
		s := newSession(t, Config{})
		mustNotContain(t, c.name, s.ScrubString(c.in), c.secrets...)
		if c.name != "account domain" {
			checkAllEncodings(t, c.name, c.in, c.secrets, "")
		}
	}
	out := scrubTwice(t, "running as NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators, search for SRC\\main.c\n")
	mustKeep(t, "system accounts", out, "NT AUTHORITY\\SYSTEM", "BUILTIN\\Administrators", "SRC\\main.c")
}
