package graph

// yen finds up to k shortest loopless paths.
func yen(n *Network, from, to, k int) []Path { return yenGonum(n, from, to, k) }
