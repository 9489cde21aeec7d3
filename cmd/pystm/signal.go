package main

// This file defines the command's SIGINT behaviour, CPython's: while the
// program runs, SIGINT raises KeyboardInterrupt in its main thread (at the
// next bytecode boundary, or in the sleep or lock wait it is blocked in);
// a program that ends with an uncaught KeyboardInterrupt prints its
// traceback and then ends the process by SIGINT with the default action,
// so that a shell or parent sees a death by signal (status 130).

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/pystm/pystm/runtime"
)

// watchInterrupt turns SIGINT into in.Interrupt until the returned
// function is called. Like CPython, it leaves SIGINT alone when the
// process started with SIGINT ignored (a background job of a shell).
func watchInterrupt(in *runtime.Interpreter) (stop func()) {
	if signal.Ignored(os.Interrupt) {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				in.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// dieBySIGINT ends the process as CPython's exit_sigint does: SIGINT with
// the default action, or status 130 if the process somehow survives it.
func dieBySIGINT() {
	signal.Reset(os.Interrupt)
	if !signal.Ignored(os.Interrupt) {
		_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
		// The signal is delivered to some thread of the process; give it
		// a moment before falling back to the exit status.
		time.Sleep(100 * time.Millisecond)
	}
	os.Exit(runtime.StatusKeyboardInterrupt)
}
