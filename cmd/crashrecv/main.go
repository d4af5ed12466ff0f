// Command crashrecv is the bundled crash report receiver; see receiver.Main.
package main

import (
	"os"

	"crashd/receiver"
)

func main() { os.Exit(receiver.Main(os.Args[1:], os.Stdout, os.Stderr)) }
