// Package timeline counts an actor graph's activity per day, week or
// month: the documents of each period, the mentions of an actor or the
// co-mentions of a pair, and the support, opposition and neutral
// statements among them, for tables, JSON and charts.
package timeline
