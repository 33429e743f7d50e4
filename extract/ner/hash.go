package ner

// Feature keys are 64-bit hashes. Strings are hashed with FNV-1a
// (http://www.isthe.com/chongo/tech/comp/fnv/) and combined with the
// splitmix64 finaliser (Steele, Lea and Flood 2014), which spreads every input
// bit over the whole word.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes returns the FNV-1a hash of b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix combines two hashes into one.
func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9E3779B97F4A7C15 + (a << 6) + (a >> 2))
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return h
}
