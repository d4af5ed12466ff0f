// Command crashd is the crash and performance reporter's daemon and CLI.
package main

import (
	"os"

	"crashd/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
