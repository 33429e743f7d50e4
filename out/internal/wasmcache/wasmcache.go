package wasmcache

// NoCache is what Prepare returns when no private cache can be used:
// go-graphviz cannot make its folder under a device, so wazero compiles in
// memory.
const NoCache = "/dev/null"
