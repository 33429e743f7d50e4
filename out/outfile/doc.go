// Package outfile writes the outputs of commands (graph files, diagrams,
// exports) to the path the user gave, doing what that path means:
//
//   - "-", /dev/stdout and /dev/stderr (also as /dev/fd/1, /proc/self/fd/1
//     and so on) are the command's own streams;
//   - a device, a FIFO or a socket (/dev/null, a named pipe, a process
//     substitution such as >(gzip > out.gz), which is /dev/fd/63) is
//     opened and written directly, never replaced;
//   - a regular file is written atomically: to a temporary file in the
//     same folder, synced, then renamed over it, so that an interrupted or
//     failed write leaves the previous file intact. A new file gets the
//     permissions the umask allows (0666 minus the umask), an existing
//     file keeps its permissions (and, for root, its owner);
//   - a symbolic link is written through: the file it names is replaced,
//     the link stays. A link to nothing is refused, not followed blindly;
//   - a folder is refused;
//   - a path that is one of the command's inputs (`build a.txt -o a.txt`,
//     `export -g g.json -o g.json`) is refused before anything is written.
//
// Write errors are returned, so a full disk is a failure (exit 1), and a
// write is stopped between two writes when its context is done (the
// temporary file is removed).
package outfile
