package query

import "context"

// WithContext returns a copy of q whose queries stop when ctx is done:
// rankings, communities, paths and figures then return ctx.Err() (or,
// where a query returns no error, a partial result that the caller
// discards after looking at ctx.Err()). Open gives the graph it opens the
// context it was called with.
func (q *Graph) WithContext(ctx context.Context) *Graph {
	c := *q
	c.ctx = ctx
	return &c
}

// Context returns the context the queries of q run under
// (context.Background() when none was given).
func (q *Graph) Context() context.Context {
	if q.ctx == nil {
		return context.Background()
	}
	return q.ctx
}

// Cancellable runs f in a goroutine and returns what it returns, or
// ctx.Err() as soon as ctx is done. It is for steps that can block in the
// kernel (opening a FIFO, reading stdin or a slow device), which nothing
// can interrupt: f then runs on in the background until it returns, as the
// command ends.
func Cancellable[T any](ctx context.Context, f func() (T, error)) (T, error) {
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
