package main

import "context"

// cancellable runs f in a goroutine and returns what it returns, or
// ctx.Err() as soon as ctx is done. It is for reading inputs that can block
// in the kernel (a FIFO with no writer, stdin): nothing interrupts such a
// read, so f runs on in the background while the command ends.
func cancellable[T any](ctx context.Context, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := f()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
