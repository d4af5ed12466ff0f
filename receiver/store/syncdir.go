package store

import "crashd/atomicfile"

// syncDir makes a rename or create in dir durable.
func syncDir(dir string) error { return atomicfile.SyncDir(dir) }
