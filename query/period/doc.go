// Package period reads the periods of a graph's time: --since and --until
// bounds (dates at day, month or year precision, or spans counted back
// from a reference day such as 30d or 2w) and period arguments
// ("1987-03", "1987-03..1987-04"), and finds a graph's newest dated day.
package period
